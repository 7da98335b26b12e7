#pragma once
// Descriptive statistics and the paired t-test, computed with GSL (a maintained, tested library)
// rather than by hand. Plain functions over vectors, so the survey summary and the tests share them.

#include <cstdint>
#include <vector>

namespace cairn::analysis {

struct Description {
    std::int64_t n = 0;
    double mean = 0, median = 0, sd = 0, min = 0, max = 0; // sd: sample (n − 1); NaN when n < 2
};

/// Throws InvalidInput when `values` is empty.
Description describe(std::vector<double> values);

struct PairedTest {
    std::int64_t n = 0;
    double meanDifference = 0; // mean of (after − before)
    double sdDifference = 0;
    double ciLow = 0, ciHigh = 0; // 95% confidence interval of the mean difference
    double t = 0;
    double df = 0;
    double p = 0; // two-sided
};

/// The paired t-test of after − before, as R's t.test(after, before, paired = TRUE). With fewer than
/// two pairs, or pairs that all differ by the same amount, the interval, t and p are NaN.
PairedTest pairedTTest(const std::vector<double>& before, const std::vector<double>& after);

} // namespace cairn::analysis
