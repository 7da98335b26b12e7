#pragma once
// Crosstab: codes × the values of one case attribute (status: refugee, asylum seeker, resettled…).
// Each cell counts the cases with that value where the code applies (or, as an option, the sources),
// next to the percentage of all cases (or sources) with that value.

#include "analysis/coded_evidence.h"
#include "analysis/table.h"
#include "store/case_store.h"

namespace cairn::analysis {

enum class CrosstabUnit { Cases, Sources };

struct CrosstabOptions {
    store::AttributeRow attribute; // the columns
    CrosstabUnit unit = CrosstabUnit::Cases;
    CodingScope scope;
};

/// Columns: code, then for each value V: V (count) and "V %" (of the cases, or sources, with V). The
/// first row, code "(all)", holds those denominators. A code applies to a case when one of the
/// code's or its sub-codes' codings belongs to the case (store::codingCaseLinks); a source counts under
/// V when such a coding is in it and belongs to a case with V. The denominator for sources is the
/// sources linked to a case with V, directly or through a speaker.
Table crosstab(store::Database& db, const CrosstabOptions& options);

} // namespace cairn::analysis
