#pragma once
// Frequencies: for each code, how widely its codings spread, each count next to what it is out of,
// so "Language: 30 of 46 submissions" is one row. Sub-codes roll up into their ancestors: a coding of
// Barriers/Language/ESOL counts for Barriers/Language and Barriers too.

#include "analysis/coded_evidence.h"
#include "analysis/table.h"
#include "store/sqlite.h"

namespace cairn::analysis {

/// One row per code in codebook order. Columns: code (path), own_codings (of the code itself),
/// codings (with sub-codes), sources, sources_total, then for each source kind in the project K and
/// K_total, then cases, cases_total, passages, passages_total, coders, coders_total. Totals are the
/// sources (of that kind) and passages in the scope's source kind, the cases in the project (with the
/// scope's attribute value, when given), and the coders with a coding in scope.
Table frequencies(store::Database& db, const CodingScope& scope);

} // namespace cairn::analysis
