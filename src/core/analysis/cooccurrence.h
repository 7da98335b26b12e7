#pragma once
// Co-occurrence: codes × codes, how often two codes apply to the same text. Codes are taken as applied
// (no roll-up: a parent would trivially co-occur with its own sub-codes), and only codes with codings
// in scope appear.

#include "analysis/coded_evidence.h"
#include "analysis/table.h"

namespace cairn::analysis {

enum class CooccurrenceUnit {
    Passages, // passages where both codes apply (a coding applies to each passage it overlaps)
    Spans     // pairs of overlapping codings, one of each code, in the same source
};

struct CooccurrenceOptions {
    CooccurrenceUnit unit = CooccurrenceUnit::Passages;
    bool jaccard = false; // passages only: |A ∩ B| / |A ∪ B| instead of |A ∩ B|
    CodingScope scope;
};

/// Columns: code, then one per code (named by its path), in codebook order. The diagonal holds the
/// passages (or codings) of the code itself (1 with Jaccard). Throws InvalidInput for Jaccard of spans,
/// which have no sets to compare.
Table cooccurrence(store::Database& db, const CooccurrenceOptions& options);

} // namespace cairn::analysis
