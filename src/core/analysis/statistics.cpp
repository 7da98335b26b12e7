// GSL's statistics and Student t distribution. gsl_cdf_tdist_Q gives the upper tail directly, which
// keeps small p-values accurate (1 − P would lose them to rounding).

#include "analysis/statistics.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics_double.h>
#include <limits>

namespace cairn::analysis {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

Description describe(std::vector<double> values) {
    if (values.empty()) throw InvalidInput("no values to describe");
    std::sort(values.begin(), values.end());
    const auto* data = values.data();
    const auto n = values.size();
    Description d;
    d.n = static_cast<std::int64_t>(n);
    d.mean = gsl_stats_mean(data, 1, n);
    d.median = gsl_stats_median_from_sorted_data(data, 1, n);
    d.sd = n > 1 ? gsl_stats_sd_m(data, 1, n, d.mean) : kNaN;
    d.min = values.front();
    d.max = values.back();
    return d;
}

PairedTest pairedTTest(const std::vector<double>& before, const std::vector<double>& after) {
    if (before.size() != after.size())
        throw InvalidInput("a paired test needs as many values before as after");
    std::vector<double> differences(before.size());
    for (std::size_t i = 0; i < before.size(); ++i)
        differences[i] = after[i] - before[i];
    PairedTest test;
    test.n = static_cast<std::int64_t>(differences.size());
    test.ciLow = test.ciHigh = test.t = test.p = test.sdDifference = kNaN;
    test.df = static_cast<double>(test.n - 1);
    if (test.n == 0) {
        test.meanDifference = kNaN;
        return test;
    }
    const auto n = differences.size();
    test.meanDifference = gsl_stats_mean(differences.data(), 1, n);
    if (n < 2) return test;
    test.sdDifference = gsl_stats_sd_m(differences.data(), 1, n, test.meanDifference);
    const double se = test.sdDifference / std::sqrt(static_cast<double>(n));
    if (!(se > 0)) return test;
    const double critical = gsl_cdf_tdist_Pinv(0.975, test.df);
    test.ciLow = test.meanDifference - critical * se;
    test.ciHigh = test.meanDifference + critical * se;
    test.t = test.meanDifference / se;
    test.p = std::min(1.0, 2 * gsl_cdf_tdist_Q(std::abs(test.t), test.df));
    return test;
}

} // namespace cairn::analysis
