#pragma once
// The coded data an analysis counts, read once: the codings in scope with the cases they belong to
// (store::codingCaseLinks, the rule `cairn codings --case` uses) and, when asked, the passages they
// overlap. Every analysis starts here, so they all agree on what "in scope" and "in a case" mean.

#include "coding/code_tree.h"
#include "store/coding_store.h"
#include "store/sqlite.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cairn::analysis {

/// Which codings count. Empty or unset fields do not filter.
struct CodingScope {
    std::string sourceKind;
    std::optional<std::int64_t> attributeId; // with attributeValue: codings of cases with this value
    store::SqlValue attributeValue;
    std::optional<std::int64_t> coderId;
    std::string from; // ISO date or time; codings created on or after it
    std::string to;   // ISO date or time; codings created on or before it (a date includes its whole day)
    // Cases that leave every count (participants who withdrew): a coding counts for its other cases,
    // and not at all when it belonged only to these; a source counts only while one of its cases remains
    // (or it has none).
    std::set<std::int64_t> excludedCases;
};

/// Per coding, by its position in `codings` (not by id: a lookup per coding in a map of 100,000 was a
/// measurable part of every analysis).
struct CodedEvidence {
    std::vector<store::CodedSpan> codings;             // in source and text order
    std::vector<std::vector<std::int64_t>> casesOf;    // case ids, ascending
    std::vector<std::vector<std::int64_t>> passagesOf; // passage ids it overlaps (empty unless asked)
};

/// Whether the source leaves the counts: it has cases and every one of them is excluded.
bool sourceExcluded(const CodingScope& scope, const std::vector<std::int64_t>& sourceCaseIds);

/// Reads the codings in scope; `withPassages` also finds the passages each one overlaps.
CodedEvidence loadEvidence(store::Database& db, const CodingScope& scope, bool withPassages);

/// The code and every code above it: where a coding of `id` counts when sub-codes roll up.
std::vector<std::int64_t> codeAndAncestors(const coding::CodeTree& tree, std::int64_t id);

/// The cases an analysis counts out of: every case, or those with the scope's attribute value.
std::int64_t countCasesInScope(store::Database& db, const CodingScope& scope);

/// Whether a coding made at `createdAt` falls in the scope's date range.
bool inDateRange(const CodingScope& scope, const std::string& createdAt);

} // namespace cairn::analysis
