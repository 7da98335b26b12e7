// The quotes of a report: approved quotes when the project reviews quotes, else its coded passages.
// Attribution follows consent: "quote" names the case (its pseudonym when registered) and, when the
// case has a place attribute that is not sensitive and holds no registered name, the place; otherwise
// "anonymous" and the kind of source.

#include "analysis/coded_evidence.h"
#include "coding/code_tree.h"
#include "project/report_parts.h"
#include "store/case_store.h"
#include "store/source_store.h"
#include "text/utf.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace cairn::project::report {

namespace {

bool isPlaceAttribute(std::string name) {
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return name == "place" || name == "location" || name == "area" || name == "town";
}

// The case id → place text, for cases whose place may be published.
std::map<std::int64_t, std::string> casePlaces(store::Database& db, const privacy::PrivacyRules& rules,
                                               bool includeIdentifying) {
    std::map<std::int64_t, std::string> out;
    std::map<std::string, const store::AttributeRow*> attributes;
    const auto rows = store::listAttributes(db);
    for (const auto& a : rows)
        attributes[a.name] = &a;
    for (const auto& c : store::listCases(db))
        for (const auto& [name, value] : c.attributes) {
            const auto a = attributes.find(name);
            if (!isPlaceAttribute(name) || a == attributes.end()) continue;
            if (!includeIdentifying && rules.sensitiveAttributes.contains(a->second->id)) continue;
            const auto text = store::valueText(a->second->type, value);
            // A place that is a registered name (the participant's home town) would identify them.
            if (!includeIdentifying && privacy::publishableLabel(rules, text, "") != text) continue;
            if (!text.empty()) out[c.id] = text;
        }
    return out;
}

std::string attribution(privacy::Disclosure disclosure, const std::vector<std::string>& names,
                        const std::vector<std::int64_t>& caseIds,
                        const std::map<std::int64_t, std::string>& places, const std::string& kind) {
    auto kindInWords = kind; // "survey response", "workshop notes"
    std::replace(kindInWords.begin(), kindInWords.end(), '-', ' ');
    if (disclosure != privacy::Disclosure::Attributed) return "anonymous, " + kindInWords;
    std::string who;
    for (const auto& name : names)
        who += (who.empty() ? "" : ", ") + name;
    if (caseIds.size() == 1)
        if (const auto place = places.find(caseIds.front()); place != places.end())
            who += ", " + place->second;
    return who.empty() ? kindInWords : who;
}

} // namespace

std::vector<exporting::ReportQuote>
codedPassageQuotes(store::Database& db, const privacy::PrivacyRules& rules, std::int64_t codeId,
                   std::int64_t limit, bool includeIdentifying, privacy::PublicationTally& tally,
                   std::set<std::int64_t>& counted) {
    const auto tree = coding::CodeTree::load(db);
    const auto evidence = analysis::loadEvidence(db, {}, false);
    const auto places = casePlaces(db, rules, includeIdentifying);
    std::map<std::int64_t, std::string> texts;
    std::set<std::int64_t> usedSources;
    std::vector<exporting::ReportQuote> out;
    for (std::size_t i = 0; i < evidence.codings.size(); ++i) {
        const auto& c = evidence.codings[i];
        const auto up = analysis::codeAndAncestors(tree, c.codeId);
        if (std::find(up.begin(), up.end(), codeId) == up.end()) continue;
        auto [text, fresh] = texts.try_emplace(c.sourceId);
        if (fresh) text->second = store::sourceText(db, c.sourceId);
        const auto& caseIds = evidence.casesOf[i];
        // Every candidate goes through the rules, so the note counts all that were withheld.
        privacy::PublicationTally again; // for a coding an earlier theme already counted
        const auto published =
            privacy::publishSpan(rules, {c.sourceId, text->second, c.start, c.end, caseIds},
                                 includeIdentifying, counted.insert(c.id).second ? tally : again);
        if (published.decision.disclosure == privacy::Disclosure::Withheld) continue;
        if (static_cast<std::int64_t>(out.size()) >= limit || usedSources.contains(c.sourceId)) continue;
        usedSources.insert(c.sourceId);
        out.push_back({published.text, attribution(published.decision.disclosure, published.attribution,
                                                   caseIds, places, c.sourceKind)});
    }
    return out;
}

std::vector<exporting::ReportQuote> approvedThemeQuotes(Project& project, store::Database& db,
                                                        const privacy::PrivacyRules& rules,
                                                        std::int64_t codeId, std::int64_t limit,
                                                        bool includeIdentifying) {
    const auto tree = coding::CodeTree::load(db);
    std::vector<std::int64_t> codeIds;
    for (const auto& code : project.codebook()) {
        const auto up = analysis::codeAndAncestors(tree, code.code.id);
        if (std::find(up.begin(), up.end(), codeId) != up.end()) codeIds.push_back(code.code.id);
    }
    const auto places = casePlaces(db, rules, includeIdentifying);
    std::vector<exporting::ReportQuote> out;
    for (const auto& q : project.approvedQuotes(codeIds)) {
        if (static_cast<std::int64_t>(out.size()) >= limit) break;
        if (!includeIdentifying) {
            out.push_back(
                {q.text, attribution(q.disclosure, q.attribution, q.caseIds, places, q.quote.sourceKind)});
            continue;
        }
        // Identifying output: the span as written and the cases' own names.
        std::vector<std::string> names;
        for (const auto& c : store::listCases(db))
            if (std::find(q.caseIds.begin(), q.caseIds.end(), c.id) != q.caseIds.end())
                names.push_back(c.name);
        out.push_back(
            {std::string(text::sliceCodePoints(store::sourceText(db, q.quote.sourceId), q.quote.cpStart,
                                               q.quote.cpEnd)),
             attribution(privacy::Disclosure::Attributed, names, q.caseIds, places, q.quote.sourceKind)});
    }
    return out;
}

std::string withheldSentence(const privacy::PublicationTally& tally, bool includeIdentifying) {
    if (includeIdentifying)
        return "This report includes identifying data: consent, pseudonyms and redactions were not applied "
               "(--include-identifying), and the anonymisation log records that it was made.";
    std::string out =
        std::to_string(tally.withheld()) + " of " + std::to_string(tally.withheld() + tally.published) +
        " candidate passages were withheld: " + std::to_string(tally.withheldWithdrawn) +
        " because a participant withdrew from the study, " + std::to_string(tally.withheldNoConsent) +
        " because a participant did not consent to be quoted, " + std::to_string(tally.withheldUnrecorded) +
        " because no consent is recorded.";
    out += " " + std::to_string(tally.pseudonyms) +
           " names and identifying terms were replaced with pseudonyms and " +
           std::to_string(tally.redactions) + " passages redacted; both are shown in square brackets.";
    return out;
}

} // namespace cairn::project::report
