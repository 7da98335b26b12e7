#include "privacy/publication.h"

#include "text/fold.h"
#include "text/utf.h"

#include <algorithm>

namespace cairn::privacy {

ConsentDecision consentDecision(const std::vector<std::string>& consents) {
    if (std::find(consents.begin(), consents.end(), "withdrawn") != consents.end())
        return {Disclosure::Withheld, "withdrawn"};
    if (std::find(consents.begin(), consents.end(), "none") != consents.end())
        return {Disclosure::Withheld, "not to be quoted"};
    // Quoting someone whose consent nobody recorded is the one mistake that cannot be undone after
    // publication, so an unrecorded state withholds until the researcher records one.
    if (std::find(consents.begin(), consents.end(), "unknown") != consents.end())
        return {Disclosure::Withheld, "consent not recorded"};
    if (!consents.empty() &&
        std::all_of(consents.begin(), consents.end(), [](const std::string& c) { return c == "quote"; }))
        return {Disclosure::Attributed, {}};
    return {Disclosure::Anonymous, {}};
}

void PublicationTally::add(const PublicationTally& other) {
    published += other.published;
    withheldWithdrawn += other.withheldWithdrawn;
    withheldNoConsent += other.withheldNoConsent;
    withheldUnrecorded += other.withheldUnrecorded;
    pseudonyms += other.pseudonyms;
    redactions += other.redactions;
}

std::string caseLabel(const PrivacyRules& rules, std::int64_t caseId) {
    if (const auto pseudonym = rules.casePseudonyms.find(caseId); pseudonym != rules.casePseudonyms.end())
        return bracketed(pseudonym->second);
    const auto name = rules.caseNames.find(caseId);
    return name == rules.caseNames.end() ? std::string() : name->second;
}

std::string publishableLabel(const PrivacyRules& rules, const std::string& label,
                             const std::string& fallback) {
    const auto folded = text::fold(label);
    for (const auto& name : rules.foldedNames)
        if (!name.empty() && folded.find(name) != std::string::npos) return fallback;
    return label;
}

std::string bracketed(std::string_view text) {
    if (text.size() >= 2 && text.front() == '[' && text.back() == ']') return std::string(text);
    return "[" + std::string(text) + "]";
}

std::string applyReplacements(std::string_view text, std::vector<Replacement> replacements,
                              PublicationTally& tally) {
    // Redactions first, then longer spans first: whatever is chosen first keeps its span, and anything
    // overlapping it is dropped (its text is already gone).
    std::sort(replacements.begin(), replacements.end(), [](const Replacement& a, const Replacement& b) {
        if (a.kind != b.kind) return a.kind == Replacement::Kind::Redaction;
        if (a.cpEnd - a.cpStart != b.cpEnd - b.cpStart) return a.cpEnd - a.cpStart > b.cpEnd - b.cpStart;
        return a.cpStart < b.cpStart;
    });
    std::vector<const Replacement*> chosen;
    for (const auto& r : replacements) {
        const bool overlaps = std::any_of(chosen.begin(), chosen.end(), [&r](const Replacement* c) {
            return r.cpStart < c->cpEnd && c->cpStart < r.cpEnd;
        });
        if (!overlaps) chosen.push_back(&r);
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const Replacement* a, const Replacement* b) { return a->cpStart < b->cpStart; });
    const auto length = text::codePointCount(text);
    std::string out;
    std::int64_t at = 0;
    for (const auto* r : chosen) {
        const auto start = std::clamp<std::int64_t>(r->cpStart, 0, length);
        const auto end = std::clamp<std::int64_t>(r->cpEnd, start, length);
        out += text::sliceCodePoints(text, at, start);
        out += bracketed(r->text);
        at = end;
        ++(r->kind == Replacement::Kind::Redaction ? tally.redactions : tally.pseudonyms);
    }
    out += text::sliceCodePoints(text, at, length);
    return out;
}

PublishedSpan publishSpan(const PrivacyRules& rules, const SpanRequest& request, bool includeIdentifying,
                          PublicationTally& tally) {
    PublishedSpan out;
    std::vector<std::string> consents;
    for (const auto id : request.caseIds) {
        const auto consent = rules.consentByCase.find(id);
        consents.push_back(consent == rules.consentByCase.end() ? "unknown" : consent->second);
    }
    const auto raw = text::sliceCodePoints(request.sourceText, request.cpStart, request.cpEnd);
    if (includeIdentifying) {
        out.decision = {request.caseIds.empty() ? Disclosure::Anonymous : Disclosure::Attributed, {}};
        out.text = std::string(raw);
        for (const auto id : request.caseIds)
            out.attribution.push_back(rules.caseNames.contains(id) ? rules.caseNames.at(id) : std::string());
        ++tally.published;
        return out;
    }
    out.decision = consentDecision(consents);
    if (out.decision.disclosure == Disclosure::Withheld) {
        if (out.decision.reason == "withdrawn")
            ++tally.withheldWithdrawn;
        else if (out.decision.reason == "consent not recorded")
            ++tally.withheldUnrecorded;
        else
            ++tally.withheldNoConsent;
        return out;
    }
    // Replacements reaching into the span cover their whole extent, so half a name never shows; the
    // span is widened to them and the replacements shifted into its coordinates.
    std::int64_t start = request.cpStart, end = request.cpEnd;
    std::vector<Replacement> inside;
    if (const auto found = rules.replacementsBySource.find(request.sourceId);
        found != rules.replacementsBySource.end()) {
        for (const auto& r : found->second)
            if (r.cpStart < request.cpEnd && request.cpStart < r.cpEnd) {
                inside.push_back(r);
                start = std::min(start, r.cpStart);
                end = std::max(end, r.cpEnd);
            }
    }
    for (auto& r : inside) {
        r.cpStart -= start;
        r.cpEnd -= start;
    }
    out.text =
        applyReplacements(text::sliceCodePoints(request.sourceText, start, end), std::move(inside), tally);
    if (out.decision.disclosure == Disclosure::Attributed)
        for (const auto id : request.caseIds)
            out.attribution.push_back(caseLabel(rules, id));
    ++tally.published;
    return out;
}

} // namespace cairn::privacy
