#pragma once
// The framework matrix NVivo users know: cases as rows, codes as columns, and in each cell either how
// many codings of the code belong to the case, or the coded text itself, each piece prefixed with its
// source's name so every quote stays traceable.

#include "analysis/coded_evidence.h"
#include "analysis/table.h"

namespace cairn::analysis {

enum class MatrixCell { Count, Text };

struct MatrixOptions {
    MatrixCell cell = MatrixCell::Count;
    std::int64_t maxChars = 200; // text cells: at most this many characters (code points), then "…"
    CodingScope scope;
};

/// Rows: every case, by name (a case without codings has zeros or empty cells). Columns: case, then
/// each code with codings in scope, as applied (no roll-up), in codebook order. Text cells join
/// "[source] coded text" pieces with " | ", in source and text order.
Table frameworkMatrix(store::Database& db, const MatrixOptions& options);

} // namespace cairn::analysis
