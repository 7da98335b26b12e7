// Privacy end to end through Project: cases in every consent state, a withdrawn participant, names in
// mutated and inflected forms, a redaction and a sensitive attribute. The outputs that carry quote text
// must hold none of the real names, withdrawn passages or sensitive values.

#include "analysis/table_writers.h"
#include "common/error.h"
#include "project_fixture.h"

#include <catch2/catch.hpp>

using namespace cairn;

namespace {

struct PrivacyFixture : test::ProjectFixture {
    PrivacyFixture() {
        import("amira", "Amira: Dw i'n byw yng Nghaerdydd nawr, gyda fy mrawd Yusuf.\n", "interview",
               "Amira");
        import("ben", "Ben: Amira's English class in Newport was full, so she went to Refugee Action.\n",
               "interview", "Ben");
        import("karim", "Karim: I left the study. My story of the boat stays with me.\n", "interview",
               "Karim");
        import("dana", "Dana: The waiting list for English was two years.\n", "interview", "Dana");
        import("eli", "Eli: English lessons at the library helped.\n", "interview", "Eli");
        project->setConsent("Amira", "anonymous", "2026-01-10");
        project->setConsent("Ben", "quote", "2026-01-11");
        project->setConsent("Karim", "withdrawn", "2026-02-01", "asked by phone");
        project->setConsent("Dana", "none");
        project->addCode("Language");
        for (const auto* source : {"amira", "ben", "karim", "dana", "eli"})
            code(source, 0, static_cast<std::int64_t>(project->source(source).chars) - 1, "Language");
        project->setCaseAttribute("Amira", "ho_ref", "B1234567");
        project->setCaseAttribute("Amira", "age", "34");
        project->addPseudonym("Amira", "Participant 7", "case");
        project->addPseudonym("Caerdydd", "city in Wales");
        project->addPseudonym("Newport", "town in Wales");
        project->addPseudonym("Yusuf", "brother");
        project->addPseudonym("Refugee Action", "support organisation");
    }
    // The cells and the notes, as they are written out.
    std::string matrixText() {
        const auto table = project->frameworkMatrix({.text = true, .maxChars = 1000});
        auto out = analysis::toJson(table);
        for (const auto& note : table.notes)
            out += "\n" + note;
        return out;
    }
};

} // namespace

TEST_CASE("withdrawn is a consent state of its own, read back and undone", "[project][privacy]") {
    PrivacyFixture f;
    const auto cases = f.project->cases();
    const auto karim =
        std::find_if(cases.begin(), cases.end(), [](const auto& c) { return c.name == "Karim"; });
    CHECK(karim->consent == "withdrawn");
    CHECK(karim->consentNote == "asked by phone");
    f.project->setConsent("Karim", "anonymous");
    CHECK(f.count("consent_withdrawals") == 0);
    REQUIRE(f.project->undo());
    CHECK(f.count("consent_withdrawals") == 1);
    const auto log = f.project->privacyLog();
    CHECK(std::any_of(log.begin(), log.end(), [](const auto& r) {
        return r.action == "consent" && r.detail.find("withdrawn") != std::string::npos;
    }));
}

TEST_CASE("suggest finds mutated and inflected names; apply makes exports replace them",
          "[project][privacy]") {
    PrivacyFixture f;
    const auto suggested = f.project->suggestPseudonyms();
    std::vector<std::string> texts;
    for (const auto& m : suggested)
        texts.push_back(m.text);
    CHECK(std::count(texts.begin(), texts.end(), "Nghaerdydd") == 1);
    CHECK(std::count(texts.begin(), texts.end(), "Amira") >= 1); // "Amira's": the word, without "'s"
    CHECK(std::count(texts.begin(), texts.end(), "Refugee Action") == 1);
    // Before apply, exports are unchanged by the registry (apart from the case's attribution name).
    CHECK(f.matrixText().find("Nghaerdydd") != std::string::npos);
    CHECK(f.project->applyPseudonyms() == static_cast<std::int64_t>(suggested.size()));
    CHECK(f.project->pseudonymMatches("suggested").empty());
    const auto json = f.matrixText();
    for (const auto* secret : {"Amira", "Nghaerdydd", "Caerdydd", "Newport", "Yusuf", "Refugee Action",
                               "boat", "waiting list", "B1234567"})
        CHECK(json.find(secret) == std::string::npos);
    CHECK(json.find("[city in Wales]") != std::string::npos);
    CHECK(json.find("[Participant 7]") != std::string::npos);
    CHECK(json.find("withdrew") != std::string::npos);
    // Eli's consent was never recorded: withheld, and the notes say why.
    CHECK(json.find("English lessons") == std::string::npos);
    CHECK(json.find("no consent is recorded") != std::string::npos);
    // The source text itself is never changed.
    CHECK(f.project->sourceText("amira").find("Nghaerdydd") != std::string::npos);
    // Suggesting again proposes nothing already applied.
    CHECK(f.project->suggestPseudonyms().empty());
}

TEST_CASE("a redaction replaces its span in exports and is one undo step", "[project][privacy]") {
    PrivacyFixture f;
    f.project->setConsent("Eli", "anonymous");
    const auto row =
        f.project->redact({.source = "eli", .start = 26, .end = 37, .replacement = "a public place"});
    CHECK(row.cpEnd == 37);
    const auto json = f.matrixText();
    CHECK(json.find("the library") == std::string::npos);
    CHECK(json.find("[a public place]") != std::string::npos);
    CHECK_THROWS_AS(f.project->redact({.source = "eli", .start = 5, .end = 500, .replacement = "x"}),
                    InvalidInput);
    REQUIRE(f.project->undo());
    CHECK(f.project->redactions().empty());
    CHECK(f.matrixText().find("the library") != std::string::npos);
}

TEST_CASE("sensitive attributes are refused by analyses and left out of REFI-QDA exports",
          "[project][privacy]") {
    PrivacyFixture f;
    f.project->setAttributeSensitive("ho_ref", true);
    CHECK(f.project->sensitiveAttributes().size() == 1);
    CHECK_THROWS_AS(f.project->crosstab({.attribute = "ho_ref"}), InvalidInput);
    const auto path = (f.dir / "out.qdpx").string();
    const auto report = f.project->exportQdpx(path);
    CHECK(std::any_of(report.problems.begin(), report.problems.end(),
                      [](const std::string& p) { return p.find("sensitive") != std::string::npos; }));
    f.project->setAttributeSensitive("ho_ref", false);
    CHECK_NOTHROW(f.project->crosstab({.attribute = "ho_ref"}));
}

TEST_CASE("the scan finds identifiers in sources and attribute values, masked", "[project][privacy]") {
    PrivacyFixture f;
    const auto result = f.import("fiona", "Fiona: my NHS number is 943 476 5919, email fi@example.org.\n");
    CHECK(result.identifiers.size() == 2);
    const auto found = f.project->scanIdentifiers();
    CHECK(std::any_of(found.begin(), found.end(), [](const auto& r) {
        return r.kind == privacy::IdentifierKind::HomeOfficeRef && r.attribute == "ho_ref" &&
               r.masked == "••••••67";
    }));
    CHECK(std::any_of(found.begin(), found.end(), [](const auto& r) {
        return r.kind == privacy::IdentifierKind::NhsNumber && r.source == "fiona";
    }));
}

TEST_CASE("the anonymisation log never holds the real text", "[project][privacy]") {
    PrivacyFixture f;
    f.project->suggestPseudonyms();
    f.project->applyPseudonyms();
    f.project->redact({.source = "eli", .start = 26, .end = 37, .replacement = "a public place"});
    std::string all;
    for (const auto& r : f.project->privacyLog())
        all += r.action + r.target + r.detail + "\n";
    for (const auto* secret : {"Amira", "Caerdydd", "Nghaerdydd", "Newport", "Yusuf", "library"})
        CHECK(all.find(secret) == std::string::npos);
    CHECK(all.find("pseudonym-apply") != std::string::npos);
    CHECK(all.find("redact") != std::string::npos);
    // The registry export is the only place the real names go.
    const auto path = (f.dir / "registry.csv").string();
    f.project->exportPseudonyms(path);
    CHECK(test::readFile(path).find("Caerdydd") != std::string::npos);
}

TEST_CASE("pseudonym entries are checked", "[project][privacy]") {
    PrivacyFixture f;
    CHECK_THROWS_AS(f.project->addPseudonym("Amira", "Someone else"), InvalidInput);
    CHECK_THROWS_AS(f.project->addPseudonym("Nobody", "P1", "case"), NotFound);
    CHECK_THROWS_AS(f.project->addPseudonym("Nobody", "P1", "speaker"), NotFound);
    f.import("talk", "Amira: I waited two years for English classes.\n\nBen: And what about housing?\n\n"
                     "Amira: It was damp and cold, and my English was poor.\n");
    CHECK_NOTHROW(f.project->addPseudonym("Ben", "Participant 2", "speaker"));
    f.project->removePseudonym("Participant 2");
    CHECK_THROWS_AS(f.project->removePseudonym("Participant 2"), NotFound);
}

TEST_CASE("suggest, apply and marking sensitive are each one undo step", "[project][privacy][undo]") {
    PrivacyFixture f;
    f.project->suggestPseudonyms();
    const auto suggested = f.count("pseudonym_matches");
    REQUIRE(suggested > 0);
    f.project->applyPseudonyms({f.project->pseudonymMatches("suggested").front().match.id});
    CHECK(f.project->pseudonymMatches("applied").size() == 1);
    REQUIRE(f.project->undo());
    CHECK(f.project->pseudonymMatches("applied").empty());
    REQUIRE(f.project->undo());
    CHECK(f.count("pseudonym_matches") == 0);
    f.project->setAttributeSensitive("age", true);
    REQUIRE(f.project->undo());
    CHECK(f.project->sensitiveAttributes().empty());
    CHECK_THROWS_AS(f.project->applyPseudonyms({424242}), NotFound);
}
