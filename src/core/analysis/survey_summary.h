#pragma once
// Survey summaries of numeric case attributes (from a survey import or typed by hand): the usual
// descriptive statistics with the distribution of values, overall or by the values of another
// attribute; and, for two measures of the same people (friends at arrival and now), the paired
// difference with its 95% confidence interval and the paired t-test.

#include "analysis/table.h"
#include "store/case_store.h"

#include <optional>

namespace cairn::analysis {

struct SummaryOptions {
    store::AttributeRow attribute;             // integer or decimal
    std::optional<store::AttributeRow> by;     // one row per value of this attribute, after "(all)"
    std::optional<store::AttributeRow> paired; // the second measure: summarise paired − attribute
};

/// Without `paired`: columns group, n, missing, mean, median, sd, min, max, then (when the attribute
/// takes at most 20 distinct values) one column per value, "= V", counting cases with it.
/// With `paired`: columns group, n, mean_<attribute>, mean_<paired>, mean_difference, ci_low, ci_high,
/// t, df, p, over the cases having both values. Throws InvalidInput for a non-numeric attribute.
Table surveySummary(store::Database& db, const SummaryOptions& options);

} // namespace cairn::analysis
