#include "privacy/publication.h"

#include <catch2/catch.hpp>

using namespace cairn::privacy;

TEST_CASE("consent decides whether a span is attributed, anonymous or withheld", "[privacy][consent]") {
    using V = std::vector<std::string>;
    CHECK(consentDecision(V{"quote"}).disclosure == Disclosure::Attributed);
    CHECK(consentDecision(V{"quote", "anonymous"}).disclosure == Disclosure::Anonymous);
    CHECK(consentDecision(V{"unknown"}).disclosure == Disclosure::Withheld);
    CHECK(consentDecision(V{"quote", "unknown"}).reason == "consent not recorded");
    CHECK(consentDecision(V{}).disclosure == Disclosure::Anonymous);
    CHECK(consentDecision(V{"quote", "none"}).reason == "not to be quoted");
    CHECK(consentDecision(V{"none", "withdrawn"}).reason == "withdrawn");
}

TEST_CASE("replacements cover whole names and redactions win", "[privacy][publish]") {
    PrivacyRules rules;
    rules.consentByCase = {{1, "quote"}, {2, "withdrawn"}, {3, "anonymous"}};
    rules.caseNames = {{1, "Amira"}, {2, "Karim"}, {3, "Ben"}};
    rules.casePseudonyms = {{1, "Participant 7"}};
    const std::string text = "Amira moved to Cardiff from Newport in 2019.";
    rules.replacementsBySource[5] = {{Replacement::Kind::Pseudonym, 0, 5, "Participant 7"},
                                     {Replacement::Kind::Pseudonym, 15, 22, "[city in Wales]"},
                                     {Replacement::Kind::Redaction, 28, 35, "town"},
                                     {Replacement::Kind::Pseudonym, 28, 35, "Newport pseudonym"}};
    PublicationTally tally;
    // The span starts inside "Amira": the whole name is replaced, never half of it.
    const auto quoted = publishSpan(rules, {5, text, 2, 44, {1}}, false, tally);
    CHECK(quoted.decision.disclosure == Disclosure::Attributed);
    CHECK(quoted.text == "[Participant 7] moved to [city in Wales] from [town] in 2019.");
    CHECK(quoted.attribution == std::vector<std::string>{"[Participant 7]"});
    CHECK(tally.pseudonyms == 2);
    CHECK(tally.redactions == 1);

    const auto withdrawn = publishSpan(rules, {5, text, 0, 44, {1, 2}}, false, tally);
    CHECK(withdrawn.decision.disclosure == Disclosure::Withheld);
    CHECK(withdrawn.text.empty());
    CHECK(tally.withheldWithdrawn == 1);

    const auto raw = publishSpan(rules, {5, text, 0, 5, {2}}, true, tally);
    CHECK(raw.text == "Amira");
    CHECK(raw.attribution == std::vector<std::string>{"Karim"});
}

TEST_CASE("labels holding a registered name fall back", "[privacy][publish]") {
    PrivacyRules rules;
    rules.foldedNames = {"amira"};
    CHECK(publishableLabel(rules, "Interview-AMIRA-2024", "interview") == "interview");
    CHECK(publishableLabel(rules, "sub04", "submission") == "sub04");
    CHECK(bracketed("x") == "[x]");
    CHECK(bracketed("[x]") == "[x]");
}
