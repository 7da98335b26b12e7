// Reading the coded data once per analysis: listCodedSpans for the filters the store already applies,
// the date range here (ISO strings compare as dates), and one pass over each coded source's passages.

#include "analysis/coded_evidence.h"

#include "store/case_store.h"
#include "store/source_store.h"

#include <algorithm>
#include <unordered_map>

namespace cairn::analysis {

bool inDateRange(const CodingScope& scope, const std::string& createdAt) {
    if (!scope.from.empty() && createdAt < scope.from) return false;
    // "2026-03-01" as an upper bound includes codings made during that day: compare its length only.
    if (!scope.to.empty() && createdAt.substr(0, scope.to.size()) > scope.to) return false;
    return true;
}

std::vector<std::int64_t> codeAndAncestors(const coding::CodeTree& tree, std::int64_t id) {
    std::vector<std::int64_t> ids{id};
    for (auto parent = tree.code(id).parentId; parent; parent = tree.code(*parent).parentId)
        ids.push_back(*parent);
    return ids;
}

namespace {

// Passages of a source in text order; a coding overlaps those from the first ending after its start
// to the last starting before its end.
void addPassages(std::vector<store::PassageSpan>& passages, const std::vector<std::size_t>& codings,
                 CodedEvidence& evidence) {
    std::sort(passages.begin(), passages.end(),
              [](const auto& a, const auto& b) { return a.cpStart < b.cpStart; });
    for (const auto at : codings) {
        const auto& coding = evidence.codings[at];
        auto& ids = evidence.passagesOf[at];
        auto first = std::partition_point(passages.begin(), passages.end(),
                                          [&](const auto& p) { return p.cpEnd <= coding.start; });
        for (auto p = first; p != passages.end() && p->cpStart < coding.end; ++p)
            if (p->cpEnd > coding.start && p->cpEnd > p->cpStart) ids.push_back(p->id);
    }
}

// Removes the excluded cases from every coding, and the codings that belonged to them alone.
void dropExcludedCases(const std::set<std::int64_t>& excluded, CodedEvidence& evidence) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < evidence.codings.size(); ++i) {
        auto& cases = evidence.casesOf[i];
        const bool hadCases = !cases.empty();
        std::erase_if(cases, [&](std::int64_t id) { return excluded.contains(id); });
        if (hadCases && cases.empty()) continue;
        if (kept != i) {
            evidence.codings[kept] = std::move(evidence.codings[i]);
            evidence.casesOf[kept] = std::move(cases);
        }
        ++kept;
    }
    evidence.codings.resize(kept);
    evidence.casesOf.resize(kept);
}

} // namespace

bool sourceExcluded(const CodingScope& scope, const std::vector<std::int64_t>& sourceCaseIds) {
    if (scope.excludedCases.empty() || sourceCaseIds.empty()) return false;
    return std::all_of(sourceCaseIds.begin(), sourceCaseIds.end(),
                       [&](std::int64_t id) { return scope.excludedCases.contains(id); });
}

CodedEvidence loadEvidence(store::Database& db, const CodingScope& scope, bool withPassages) {
    store::CodingFilter filter;
    filter.sourceKind = scope.sourceKind;
    filter.attributeId = scope.attributeId;
    filter.attributeValue = scope.attributeValue;
    filter.coderId = scope.coderId;
    CodedEvidence evidence;
    evidence.codings = store::listCodedSpans(db, filter);
    std::erase_if(evidence.codings, [&](const auto& c) { return !inDateRange(scope, c.createdAt); });
    const auto n = evidence.codings.size();

    // Links come ordered by coding id, so each coding's cases arrive ascending.
    std::unordered_map<std::int64_t, std::size_t> position;
    position.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        position.emplace(evidence.codings[i].id, i);
    evidence.casesOf.resize(n);
    for (const auto& [codingId, caseId] : store::codingCaseLinks(db))
        if (const auto found = position.find(codingId); found != position.end())
            evidence.casesOf[found->second].push_back(caseId);
    if (!scope.excludedCases.empty()) dropExcludedCases(scope.excludedCases, evidence);

    if (withPassages) {
        evidence.passagesOf.resize(n);
        std::unordered_map<std::int64_t, std::vector<std::size_t>> bySource; // source id → positions
        for (std::size_t i = 0; i < n; ++i)
            bySource[evidence.codings[i].sourceId].push_back(i);
        std::unordered_map<std::int64_t, std::vector<store::PassageSpan>> passages;
        for (const auto& p : store::listPassageSpans(db))
            if (bySource.count(p.sourceId)) passages[p.sourceId].push_back(p);
        for (const auto& [sourceId, codings] : bySource)
            addPassages(passages[sourceId], codings, evidence);
    }
    return evidence;
}

std::int64_t countCasesInScope(store::Database& db, const CodingScope& scope) {
    std::string name;
    if (scope.attributeId)
        for (const auto& a : store::listAttributes(db))
            if (a.id == *scope.attributeId) name = a.name;
    std::int64_t n = 0;
    for (const auto& c : store::listCases(db)) {
        if (scope.excludedCases.contains(c.id)) continue;
        if (!scope.attributeId) {
            ++n;
            continue;
        }
        const auto found = c.attributes.find(name);
        if (found != c.attributes.end() && found->second == scope.attributeValue) ++n;
    }
    return n;
}

} // namespace cairn::analysis
