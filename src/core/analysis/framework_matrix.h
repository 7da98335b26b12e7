#pragma once
// The framework matrix NVivo users know: cases as rows, codes as columns, and in each cell either how
// many codings of the code belong to the case, or the coded text itself, each piece prefixed with its
// source's name so every quote stays traceable.

#include "analysis/coded_evidence.h"
#include "analysis/table.h"
#include "privacy/publication.h"

namespace cairn::analysis {

enum class MatrixCell { Count, Text };

struct MatrixOptions {
    MatrixCell cell = MatrixCell::Count;
    std::int64_t maxChars = 200; // text cells: at most this many characters (code points), then "…"
    CodingScope scope;
    bool includeIdentifying = false;            // text cells: raw text, privacy rules not applied
    privacy::PublicationTally* tally = nullptr; // when given, receives what was withheld and replaced
};

/// Rows: every case, by name (a case without codings has zeros or empty cells). Columns: case, then
/// each code with codings in scope, as applied (no roll-up), in codebook order. Text cells join
/// "[source] coded text" pieces with " | ", in source and text order. Text cells publish each piece
/// through privacy::publishSpan (consent, pseudonyms, redactions; withheld pieces are left out and
/// counted in the notes), name cases by their pseudonyms and sources by kind when their names hold a
/// registered name.
Table frameworkMatrix(store::Database& db, const MatrixOptions& options);

} // namespace cairn::analysis
