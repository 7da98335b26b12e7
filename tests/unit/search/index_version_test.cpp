#include "common/error.h"
#include "search_fixture.h"
#include "text/analyser.h"

#include <catch2/catch.hpp>

using namespace cairn;
using namespace cairn::test;

namespace {

std::int64_t hits(store::Database& db, const std::string& query) {
    return search::countPassages(db, {query, 0, 0, false});
}

// What an index built by another analyser looks like from here: another version, and (to see that it
// is rebuilt) no terms at all.
void makeStale(store::Database& db, const std::string& version) {
    store::Transaction txn(db);
    db.exec("INSERT INTO passages_fts(passages_fts) VALUES ('delete-all')");
    db.exec("INSERT INTO memos_fts(memos_fts) VALUES ('delete-all')");
    db.prepare("UPDATE project_meta SET value = ? WHERE key = 'analyser_version'").bind(1, version).run();
    txn.commit();
}

} // namespace

TEST_CASE("a new project has the full-text index and records the analyser version", "[search][index]") {
    SearchFixture f;
    auto& db = f.project->db();
    for (const char* name :
         {"passages_fts", "memos_fts", "passages_fts_content", "passages_fts_after_insert",
          "passages_fts_after_delete", "passages_fts_after_update", "memos_fts_after_insert",
          "memos_fts_after_delete", "memos_fts_after_update", "passages_by_lang"}) {
        INFO(name);
        CHECK(db.prepare("SELECT 1 FROM sqlite_schema WHERE name = ?").bind(1, name).step());
    }
    CHECK(search::indexAnalyserVersion(db) == text::Analyser::kVersion);
    CHECK(search::indexIsCurrent(db));
}

TEST_CASE("another analyser version rebuilds the index, with progress, in one transaction",
          "[search][index]") {
    SearchFixture f;
    std::vector<PassageSpec> passages;
    for (int i = 0; i < 1200; ++i)
        passages.emplace_back("passage " + std::to_string(i) + " yng Nghaerdydd", "cy");
    f.addSource("s", passages);
    auto& db = f.project->db();
    REQUIRE(hits(db, "Caerdydd") == 1200);
    makeStale(db, "0");
    CHECK_FALSE(search::indexIsCurrent(db));
    CHECK_THROWS_AS(hits(db, "Caerdydd"), ProjectTooNew); // never a wrong answer from a stale index

    SECTION("cancelled, nothing changes") {
        CancelToken cancel;
        cancel.cancel();
        CHECK_THROWS_AS(search::updateIndex(*f.project, {}, &cancel), Cancelled);
        CHECK(search::indexAnalyserVersion(db) == 0);
        CHECK(db.queryInt("SELECT COUNT(*) FROM passages_fts_data") <= 2); // still empty
    }
    SECTION("rebuilt, reporting progress up to the total") {
        std::vector<std::pair<std::int64_t, std::int64_t>> reports;
        CHECK(search::updateIndex(*f.project, [&](std::int64_t done, std::int64_t total, const std::string&) {
            reports.emplace_back(done, total);
        }));
        CHECK(search::indexIsCurrent(db));
        CHECK(hits(db, "Caerdydd") == 1200);
        REQUIRE(reports.size() >= 3);
        CHECK(reports.front() == std::pair<std::int64_t, std::int64_t>{0, 1200});
        CHECK(reports.back() == std::pair<std::int64_t, std::int64_t>{1200, 1200});
        db.exec("INSERT INTO passages_fts(passages_fts, rank) VALUES ('integrity-check', 1)");
        CHECK_FALSE(search::updateIndex(*f.project)); // current now: nothing to do
    }
}

TEST_CASE("an unreadable recorded version counts as another version", "[search][index]") {
    SearchFixture f;
    f.addSource("s", {{"visa", "en"}});
    makeStale(f.project->db(), "not a number");
    CHECK(search::indexAnalyserVersion(f.project->db()) == std::nullopt);
    CHECK(search::updateIndex(*f.project));
    CHECK(hits(f.project->db(), "visa") == 1);
}
