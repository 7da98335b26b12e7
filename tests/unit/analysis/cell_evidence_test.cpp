// The evidence behind a co-occurrence cell and the likely pair of a paired comparison, on rows made
// by hand.

#include "analysis/cell_evidence.h"

#include <catch2/catch.hpp>

using namespace cairn;

namespace {

store::CodingRow coding(std::int64_t id, const std::string& source, std::int64_t start, std::int64_t end) {
    store::CodingRow row;
    row.id = id;
    row.sourceGuid = source;
    row.start = start;
    row.end = end;
    return row;
}

store::PassageRow passage(std::int64_t start, std::int64_t end) {
    store::PassageRow row;
    row.cpStart = start;
    row.cpEnd = end;
    return row;
}

} // namespace

TEST_CASE("the codings behind a co-occurrence cell lie in passages both codes overlap", "[analysis][cell]") {
    // Source a: passages [0,10) [10,20) [20,30). Source b: one passage [0,50).
    const std::vector<store::CodingRow> first{coding(1, "a", 0, 5), coding(2, "a", 12, 25),
                                              coding(3, "b", 0, 4)};
    const std::vector<store::CodingRow> second{coding(4, "a", 15, 18), coding(5, "a", 2, 3),
                                               coding(6, "c", 0, 9)};
    int asked = 0;
    const analysis::PassagesOf passagesOf = [&](const std::string& source) {
        ++asked;
        if (source == "a") return std::vector{passage(0, 10), passage(10, 20), passage(20, 30)};
        return std::vector{passage(0, 50)};
    };
    const auto ids = analysis::codingsInSharedPassages(first, second, passagesOf);
    // [0,10): 1 and 5 both; [10,20): 2 and 4 both; [20,30): only 2. Source b has no coding of the second
    // code and c none of the first, so neither is read.
    CHECK(ids == std::set<std::int64_t>{1, 2, 4, 5});
    CHECK(asked == 1);
    CHECK(analysis::codingsInSharedPassages(first, {}, passagesOf).empty());
}

TEST_CASE("a coding touching a passage only at its end is not in it", "[analysis][cell]") {
    const std::vector<store::CodingRow> first{coding(1, "a", 0, 10)};
    const std::vector<store::CodingRow> second{coding(2, "a", 10, 12)};
    const auto ids = analysis::codingsInSharedPassages(first, second, [](const std::string&) {
        return std::vector{passage(0, 10), passage(10, 20)};
    });
    CHECK(ids.empty()); // half-open spans: [0,10) and [10,12) share no passage
}

TEST_CASE("the likely paired attributes share a stem, else they are the first two", "[analysis][cell]") {
    using Pair = std::pair<std::string, std::string>;
    CHECK(analysis::likelyPairedAttributes({"age", "friends_at_arrival", "income", "friends_now"}) ==
          Pair{"friends_at_arrival", "friends_now"});
    CHECK(analysis::likelyPairedAttributes({"age", "income", "score"}) == Pair{"age", "income"});
    CHECK(analysis::likelyPairedAttributes({"score_before", "age", "score"}) ==
          Pair{"score_before", "score"});
    CHECK(analysis::likelyPairedAttributes({"_a", "_b"}) == Pair{"_a", "_b"}); // no stem: the first two
    CHECK_FALSE(analysis::likelyPairedAttributes({"age"}));
    CHECK_FALSE(analysis::likelyPairedAttributes({}));
}
