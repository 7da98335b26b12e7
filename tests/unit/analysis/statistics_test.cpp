// Statistics against published reference values: R's t.test on its own `sleep` data, and summaries
// worked out by hand.

#include "analysis/statistics.h"
#include "common/error.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace cairn;
using namespace cairn::analysis;

TEST_CASE("the paired t-test matches R's t.test on the sleep data", "[analysis][statistics]") {
    // R: with(sleep, t.test(extra[group == 2], extra[group == 1], paired = TRUE))
    //   t = 4.0621, df = 9, p-value = 0.002833
    //   95 percent confidence interval: 0.7001142 2.4598858; mean difference 1.58
    const std::vector<double> group1{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    const std::vector<double> group2{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
    const auto test = pairedTTest(group1, group2);
    CHECK(test.n == 10);
    CHECK(test.meanDifference == Approx(1.58));
    CHECK(test.t == Approx(4.062128).epsilon(1e-6));
    CHECK(test.df == 9);
    CHECK(test.p == Approx(0.002832890).epsilon(1e-5));
    CHECK(test.ciLow == Approx(0.7001142).epsilon(1e-6));
    CHECK(test.ciHigh == Approx(2.4598858).epsilon(1e-6));

    const auto reversed = pairedTTest(group2, group1);
    CHECK(reversed.t == Approx(-4.062128).epsilon(1e-6));
    CHECK(reversed.p == Approx(test.p));
}

TEST_CASE("a paired test without spread or with one pair has no interval or p", "[analysis][statistics]") {
    const auto same = pairedTTest({1, 2, 3}, {2, 3, 4}); // every difference is 1
    CHECK(same.meanDifference == Approx(1.0));
    CHECK(std::isnan(same.t));
    CHECK(std::isnan(same.p));
    const auto one = pairedTTest({1}, {5});
    CHECK(one.meanDifference == Approx(4.0));
    CHECK(std::isnan(one.ciLow));
    CHECK_THROWS_AS(pairedTTest({1, 2}, {1}), InvalidInput);
}

TEST_CASE("descriptive statistics of a small sample", "[analysis][statistics]") {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, median 4.5, sample sd sqrt(32 / 7) = 2.13809.
    const auto d = describe({9, 4, 2, 4, 5, 4, 7, 5});
    CHECK(d.n == 8);
    CHECK(d.mean == Approx(5.0));
    CHECK(d.median == Approx(4.5));
    CHECK(d.sd == Approx(std::sqrt(32.0 / 7)));
    CHECK(d.min == 2);
    CHECK(d.max == 9);
    CHECK(describe({3}).median == 3);
    CHECK(std::isnan(describe({3}).sd));
    CHECK_THROWS_AS(describe({}), InvalidInput);
}
