// The index's on-disk layout (version 3): a rebuild leaves one compacted database that keeps the passage
// ids as docids, the metadata and the spelling data, and stays writable, so the outbox is replayed into
// it and the check agrees; documents carry no data; the source order survives passage indexes and source
// ids past one byte; an index of an older layout is rebuilt.

#include "search/ranked_search.h"
#include "search/xapian_index.h"
#include "xapian_fixture.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <xapian.h>

using namespace cairn;
using namespace cairn::test;

namespace {

int databaseDirectories(const std::filesystem::path& root) {
    int n = 0;
    for (const auto& entry : std::filesystem::directory_iterator(root))
        n += entry.is_directory() ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("a rebuilt index is compacted, keeps passage ids, and replays the outbox into it",
          "[search][xapian][outbox]") {
    XapianFixture f;
    f.addSource("notes", {{"Housing waiting lists are long in Newport.", "en"},
                          {"Volunteers run English classes at the library.", "en"}});
    const auto built = search::rebuildXapianIndex(f.project->db(), f.guid);
    REQUIRE(built.rebuilt);
    // Only the compacted database is left: the directory it was built in is gone.
    CHECK(databaseDirectories(search::xapianIndexRoot(f.guid)) == 1);
    CHECK_FALSE(built.database.filename().string().ends_with(".build"));
    {
        const Xapian::Database index(built.database.string());
        CHECK(index.get_metadata("cairn:layout") == std::to_string(search::kXapianLayoutVersion));
        CHECK(index.get_metadata("cairn:applied_seq") == std::to_string(built.appliedSeq));
        CHECK(index.get_spelling_suggestion("housng") == "housing");
        auto ids = f.project->db().prepare("SELECT id FROM passages ORDER BY id");
        while (ids.step()) {
            const auto doc = index.get_document(static_cast<Xapian::docid>(ids.getInt(0)));
            CHECK(doc.get_data().empty());
        }
    }
    CHECK(f.check().empty());

    // Edits after the rebuild are replayed into the compacted database, not rebuilt.
    f.addSource("late", {{"Housing again, and the library on Saturdays.", "en"}});
    f.project->db().exec("UPDATE passages SET text = 'Volunteers run Welsh classes.' WHERE text LIKE "
                         "'Volunteers%'");
    const auto caughtUp = search::syncXapianIndex(f.project->db(), f.guid);
    CHECK(caughtUp.state == search::IndexState::Current);
    CHECK_FALSE(caughtUp.rebuilt);
    CHECK(caughtUp.database == built.database);
    CHECK(f.viaXapian("housing") == f.viaFts("housing"));
    CHECK(f.viaXapian("\"Welsh classes\"") == std::set<std::string>{"notes[1]"});
    CHECK(f.viaXapian("English").empty());
    CHECK(f.check().empty());
}

TEST_CASE("sorting by source keeps passage order past 255 passages and across sources", "[search][xapian]") {
    XapianFixture f;
    std::vector<PassageSpec> passages;
    for (int i = 0; i < 300; ++i)
        passages.emplace_back("passage about housing number " + std::to_string(i));
    f.addSource("b-long", passages);
    f.addSource("a-short", {{"housing first", "en"}, {"housing second", "en"}});
    search::RankedRequest request;
    request.search = {"housing", 0, 0, false};
    request.engine = search::Engine::Xapian;
    request.sort = search::SortOrder::Source;
    const auto result = search::rankedSearch(f.project->db(), f.guid, request);
    REQUIRE(result.hits.size() == 302);
    CHECK(result.hits[0].sourceName == "a-short");
    CHECK(result.hits[1].passageIndex == 1);
    for (std::size_t i = 2; i < result.hits.size(); ++i) {
        CHECK(result.hits[i].sourceName == "b-long");
        CHECK(result.hits[i].passageIndex == static_cast<std::int64_t>(i - 2));
    }
}

TEST_CASE("an index of an older layout is rebuilt", "[search][xapian][rebuild]") {
    XapianFixture f;
    f.addSource("notes", {{"Housing waiting lists are long in Newport.", "en"}});
    REQUIRE(f.viaXapian("housing").size() == 1);
    const auto current = search::syncXapianIndex(f.project->db(), f.guid, false);
    REQUIRE(current.state == search::IndexState::Current);
    {
        Xapian::WritableDatabase index(current.database.string(), Xapian::DB_OPEN);
        index.set_metadata("cairn:layout", std::to_string(search::kXapianLayoutVersion - 1));
        index.commit();
    }
    const auto stale = search::syncXapianIndex(f.project->db(), f.guid, false);
    CHECK(stale.state == search::IndexState::Missing);
    CHECK(stale.note.find("layout") != std::string::npos);
    CHECK(search::checkXapianIndex(f.project->db(), f.guid, 1).size() == 1);
    const auto rebuilt = search::syncXapianIndex(f.project->db(), f.guid);
    CHECK(rebuilt.rebuilt);
    CHECK(rebuilt.state == search::IndexState::Current);
    CHECK(f.check().empty());
}
