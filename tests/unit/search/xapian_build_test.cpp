// A rebuild in parallel shards (search/xapian_build.h) gives the index one writer gives: the same
// documents under the same docids, the spelling counts summed across shards, the versions recorded;
// more shards than passages leave empty shards that merge away; a cancel at any point leaves the index
// that was there and no scratch directory.

#include "search/xapian_build.h"
#include "search/xapian_index.h"
#include "xapian_fixture.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <thread>
#include <xapian.h>

using namespace cairn;
using namespace cairn::test;

namespace {

// Every document's terms with their wdf and positions, by docid.
using Snapshot = std::map<Xapian::docid, std::vector<std::string>>;

Snapshot snapshotOf(const std::filesystem::path& database) {
    const Xapian::Database index(database.string());
    Snapshot out;
    for (auto p = index.postlist_begin(""); p != index.postlist_end(""); ++p) {
        auto& terms = out[*p];
        const auto doc = index.get_document(*p);
        for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
            std::string line = *t + " wdf " + std::to_string(t.get_wdf()) + " at";
            for (auto pos = t.positionlist_begin(); pos != t.positionlist_end(); ++pos)
                line += " " + std::to_string(*pos);
            terms.push_back(line);
        }
    }
    return out;
}

// How often the spelling dictionary has seen `word` (Xapian 1.4 gives it through the word list).
Xapian::doccount spellingFrequency(const Xapian::Database& index, const std::string& word) {
    for (auto w = index.spellings_begin(); w != index.spellings_end(); ++w)
        if (*w == word) return w.get_termfreq();
    return 0;
}

int directoriesIn(const std::filesystem::path& root) {
    int n = 0;
    for (const auto& entry : std::filesystem::directory_iterator(root))
        n += entry.is_directory() ? 1 : 0;
    return n;
}

void addCorpus(XapianFixture& f) {
    for (int s = 0; s < 6; ++s) {
        std::vector<PassageSpec> passages;
        for (int p = 0; p < 5; ++p)
            passages.emplace_back(
                p % 2
                    ? "Mae'r gwersi Cymraeg yn y llyfrgell, rhif " + std::to_string(s * 5 + p)
                    : "Housing waiting lists in Newport, English classes number " + std::to_string(s * 5 + p),
                p % 2 ? "cy" : "en");
        f.addSource("source " + std::to_string(s), passages);
    }
}

} // namespace

TEST_CASE("a rebuild in shards gives the index one writer gives", "[search][xapian][build]") {
    XapianFixture f;
    addCorpus(f);
    const auto sharded = search::rebuildXapianIndex(f.project->db(), f.guid, {}, 4);
    const auto inShards = snapshotOf(sharded.database);
    Xapian::doccount wordFrequency = 0;
    {
        const Xapian::Database index(sharded.database.string());
        CHECK(index.get_doccount() == 30);
        CHECK(index.get_metadata("cairn:applied_seq") == std::to_string(sharded.appliedSeq));
        CHECK(index.get_metadata("cairn:layout") == std::to_string(search::kXapianLayoutVersion));
        wordFrequency = spellingFrequency(index, "housing");
        CHECK(index.get_spelling_suggestion("housng") == "housing");
    }
    // Summed over the four shards, not the count of one of them.
    CHECK(wordFrequency == 18); // three English passages in each of six sources
    CHECK(directoriesIn(search::xapianIndexRoot(f.guid)) == 1); // the shards are gone
    CHECK(f.check().empty());
    CHECK(f.viaXapian("\"gwersi Cymraeg\"") == f.viaFts("\"gwersi Cymraeg\""));

    const auto single = search::rebuildXapianIndex(f.project->db(), f.guid, {}, 1);
    CHECK(snapshotOf(single.database) == inShards);
    CHECK(spellingFrequency(Xapian::Database(single.database.string()), "housing") == wordFrequency);
}

TEST_CASE("more shards than passages leave empty shards that merge away", "[search][xapian][build]") {
    XapianFixture f;
    f.addSource("notes", {{"Volunteers run English classes at the library."}, {"The bus pass helps."}});
    const auto built = search::rebuildXapianIndex(f.project->db(), f.guid, {}, 5);
    CHECK(Xapian::Database(built.database.string()).get_doccount() == 2);
    CHECK(f.check().empty());
    CHECK(f.viaXapian("library") == std::set<std::string>{"notes[0]"});
}

TEST_CASE("a cancelled sharded rebuild leaves the index that was there", "[search][xapian][build]") {
    XapianFixture f;
    addCorpus(f);
    const auto before = search::rebuildXapianIndex(f.project->db(), f.guid);
    f.addSource("late", {{"A late passage about the library."}});
    const auto root = search::xapianIndexRoot(f.guid);
    // Cancelled before the shards start, and again once they have all written (the last report).
    for (const bool atTheEnd : {false, true}) {
        const auto cancel = [atTheEnd](std::int64_t done, std::int64_t total, const std::string&) {
            if (atTheEnd == (done == total && total > 0)) throw std::runtime_error("cancelled");
        };
        CHECK_THROWS_WITH(search::rebuildXapianIndex(f.project->db(), f.guid, cancel, 3), "cancelled");
        CHECK(directoriesIn(root) == 1);
        CHECK(search::syncXapianIndex(f.project->db(), f.guid, false).database == before.database);
    }
    // The old index catches up as before.
    const auto caughtUp = search::syncXapianIndex(f.project->db(), f.guid);
    CHECK_FALSE(caughtUp.rebuilt);
    CHECK(f.viaXapian("library") == std::set<std::string>{"late[0]"});
}

TEST_CASE("the shard count follows the project's size", "[search][xapian][build]") {
    CHECK(search::detail::defaultShardCount(0) == 1);
    CHECK(search::detail::defaultShardCount(19999) == 1);
    const unsigned cores = std::max(1U, std::thread::hardware_concurrency());
    CHECK(search::detail::defaultShardCount(40'000) == std::min(2U, cores));
    CHECK(search::detail::defaultShardCount(1'000'000) == std::min(4U, cores));
}
