// A checkpoint copies pages from the WAL into the project file in page order, page 1 (whose header
// holds the new page count) first. A writer killed half-way leaves a file shorter than its header
// says, with the log still holding every page: that project is whole and must open, not be called
// truncated. (Found by the crash test once the search index made checkpoints longer.)

#include "common/error.h"
#include "store/integrity.h"
#include "store/project_file.h"
#include "store/source_store.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>

using namespace cairn;
using namespace cairn::store;
namespace fs = std::filesystem;

namespace {

NewSource bigSource(int n) {
    NewSource s;
    s.name = "s" + std::to_string(n);
    s.format = "text";
    s.sha256 = s.name;
    s.text = std::string(6000, static_cast<char>('a' + n % 26));
    NewPassage p;
    p.cpEnd = 6000;
    p.text = s.text;
    s.passages.push_back(p);
    return s;
}

void writeBigEndian32(std::string& bytes, std::size_t at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i)
        bytes[at + static_cast<std::size_t>(i)] = static_cast<char>((value >> (24 - 8 * i)) & 0xFF);
}

} // namespace

TEST_CASE("a writer killed during a checkpoint leaves a project that opens whole",
          "[store][crash][issue-4]") {
    test::TempDir dir;
    const auto path = (dir / "p.cairn").string();
    { ProjectFile::create(path, "Study"); }
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // Everything goes to the log (no checkpoint), and the process ends without closing.
        auto project = ProjectFile::open(path);
        project->db().exec("PRAGMA wal_autocheckpoint = 0");
        for (int n = 0; n < 20; ++n) {
            Transaction txn(project->db());
            insertSource(*project, txn, bigSource(n));
            txn.commit();
        }
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    REQUIRE(WIFEXITED(status));
    REQUIRE(fs::file_size(path + "-wal") > 0);

    // The state a checkpoint killed after writing page 1 leaves: a header counting pages the file
    // does not have yet (change counter and version-valid-for equal, so the count is believed).
    auto bytes = test::readFile(path);
    const std::uint32_t pageSize =
        (static_cast<unsigned char>(bytes[16]) << 8) | static_cast<unsigned char>(bytes[17]);
    writeBigEndian32(bytes, 28, static_cast<std::uint32_t>(bytes.size() / pageSize + 40));
    bytes.replace(92, 4, bytes.substr(24, 4));
    test::writeFile(path, bytes);

    auto project = ProjectFile::open(path);
    CHECK(listSources(project->db()).size() == 20);
    CHECK(checkProject(*project).empty());
    CHECK(project->db().queryInt("SELECT COUNT(*) FROM passages") == 20);
}

TEST_CASE("a project file shorter than its header without a log is still refused as truncated",
          "[store][bad-input]") {
    test::TempDir dir;
    const auto path = (dir / "p.cairn").string();
    { ProjectFile::create(path, "Study"); }
    REQUIRE_FALSE(fs::exists(path + "-wal"));
    auto bytes = test::readFile(path);
    const std::uint32_t pageSize =
        (static_cast<unsigned char>(bytes[16]) << 8) | static_cast<unsigned char>(bytes[17]);
    writeBigEndian32(bytes, 28, static_cast<std::uint32_t>(bytes.size() / pageSize + 40));
    bytes.replace(92, 4, bytes.substr(24, 4));
    test::writeFile(path, bytes);
    CHECK_THROWS_AS(ProjectFile::open(path), Corrupt);
}
