// The project keeps its search index current: a project created now records the analyser version,
// opening for writing rebuilds an index built by another version (with progress), and a read-only
// session refuses to search a stale index rather than answer from it.

#include "common/error.h"
#include "project/project.h"
#include "store/sqlite.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"
#include "text/analyser.h"

#include <catch2/catch.hpp>

using namespace cairn;

namespace {

std::unique_ptr<project::Project> projectWithSource(const std::string& path, const test::TempDir& dir) {
    auto project = project::Project::create(path, "Index");
    const auto file = dir / "welsh.txt";
    test::writeFile(file, "Dw i'n byw yng Nghaerdydd.\n\nMae fy mrawd ym Mangor.\n");
    project::ImportRequest request;
    request.path = file.string();
    request.lang = "cy";
    project->importFile(request);
    return project;
}

// An index as another analyser version left it: that version, and (to see the rebuild) emptied.
void makeStale(const std::string& path) {
    store::Database db(path, store::Database::Mode::ReadWrite);
    db.exec("BEGIN; INSERT INTO passages_fts(passages_fts) VALUES ('delete-all'); "
            "UPDATE project_meta SET value = '0' WHERE key = 'analyser_version'; COMMIT;");
}

} // namespace

TEST_CASE("opening for writing rebuilds an index built by another analyser version", "[project][search]") {
    test::TempDir dir;
    const auto path = (dir / "p.cairn").string();
    {
        auto project = projectWithSource(path, dir);
        CHECK(project->file().meta("analyser_version") == std::to_string(text::Analyser::kVersion));
        CHECK(project->searchCount({"Caerdydd", 20, 0, false}) == 1);
    }
    makeStale(path);
    {
        project::OpenOptions readOnly;
        readOnly.readOnly = true;
        auto reader = project::Project::open(path, readOnly);
        CHECK_FALSE(reader->searchIndexCurrent());
        CHECK_THROWS_AS(reader->search({"Caerdydd", 20, 0, false}), ProjectTooNew);
    }
    std::int64_t lastDone = -1, lastTotal = -1;
    auto project =
        project::Project::open(path, {}, [&](std::int64_t done, std::int64_t total, const std::string&) {
            lastDone = done;
            lastTotal = total;
        });
    CHECK(lastTotal == 2);
    CHECK(lastDone == 2);
    CHECK(project->searchIndexCurrent());
    CHECK(project->file().meta("analyser_version") == std::to_string(text::Analyser::kVersion));
    CHECK(project->searchCount({"Caerdydd", 20, 0, false}) == 1);
    CHECK(project->searchCount({"Bangor", 20, 0, false}) == 1);
    CHECK(project->check().empty());
}

TEST_CASE("memos are found through the project", "[project][search]") {
    test::TempDir dir;
    auto project = project::Project::create((dir / "p.cairn").string(), "Memos");
    project->addMemo("Method", "Interviews in Welsh were transcribed by a bilingual volunteer.");
    const auto hits = project->searchMemos("BILINGUAL");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].title == "Method");
}
