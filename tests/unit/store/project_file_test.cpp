#include "common/error.h"
#include "store/integrity.h"
#include "store/migrations.h"
#include "store/project_file.h"
#include "store/source_store.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace cairn;
using namespace cairn::store;
namespace fs = std::filesystem;

namespace {

NewPassage passage(std::int64_t start, std::int64_t end, std::string text, std::string speaker = {}) {
    NewPassage p;
    p.cpStart = start;
    p.cpEnd = end;
    p.text = std::move(text);
    p.speaker = std::move(speaker);
    p.lang = "en";
    return p;
}

OpenOptions readOnly() {
    OpenOptions o;
    o.readOnly = true;
    return o;
}

NewSource sampleSource(const std::string& name, const std::string& text = "Hello world.\n\nSecond passage.") {
    NewSource s;
    s.name = name;
    s.kind = "interview";
    s.format = "text";
    s.sha256 = name;
    s.text = text;
    s.passages = {passage(0, 12, "Hello world.", "Amira"), passage(14, 29, "Second passage.")};
    return s;
}

void addSource(ProjectFile& project, const std::string& name) {
    Transaction txn(project.db());
    insertSource(project, txn, sampleSource(name));
    txn.commit();
}

std::string fileBytes(const fs::path& p) {
    return test::readFile(p);
}

} // namespace

TEST_CASE("a new project carries Cairn's application id, the schema version and a GUID", "[store]") {
    test::TempDir dir;
    const auto path = (dir / "p.cairn").string();
    {
        auto project = ProjectFile::create(path, "Study");
        CHECK(project->name() == "Study");
        CHECK(project->schemaVersion() == currentSchemaVersion());
        CHECK(project->db().queryInt("PRAGMA application_id") == kApplicationId);
        CHECK(project->guid().size() == 36);
        CHECK(project->db().queryInt("PRAGMA foreign_keys") == 1);
    }
    auto reopened = ProjectFile::open(path);
    CHECK(reopened->name() == "Study");
    CHECK_FALSE(fs::exists(path + ".creating"));
    CHECK_THROWS_AS(ProjectFile::create(path, "again"), InvalidInput);
}

TEST_CASE("files that are not Cairn projects are refused without being changed", "[store][bad-input]") {
    test::TempDir dir;
    SECTION("missing") {
        CHECK_THROWS_AS(ProjectFile::open((dir / "none.cairn").string()), NotFound);
    }
    SECTION("empty") {
        test::writeFile(dir / "e.cairn", "");
        CHECK_THROWS_AS(ProjectFile::open((dir / "e.cairn").string()), Corrupt);
        CHECK(fileBytes(dir / "e.cairn").empty());
    }
    SECTION("not SQLite") {
        const std::string text = "Interviewer: hello\nAmira: hi\n";
        test::writeFile(dir / "t.cairn", text);
        CHECK_THROWS_AS(ProjectFile::open((dir / "t.cairn").string()), Corrupt);
        CHECK(fileBytes(dir / "t.cairn") == text);
    }
    SECTION("another program's SQLite database") {
        const auto path = (dir / "other.db").string();
        {
            Database db(path, Database::Mode::ReadWriteCreate);
            db.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1);");
        }
        const auto before = fileBytes(path);
        CHECK_THROWS_AS(ProjectFile::open(path), InvalidInput);
        CHECK(fileBytes(path) == before);
    }
    SECTION("truncated project") {
        const auto path = (dir / "p.cairn").string();
        {
            auto project = ProjectFile::create(path, "Study");
            for (int i = 0; i < 40; ++i)
                addSource(*project, "s" + std::to_string(i));
        }
        const auto whole = fileBytes(path);
        REQUIRE(whole.size() > 8192);
        test::writeFile(path, whole.substr(0, whole.size() / 2));
        CHECK_THROWS_AS(ProjectFile::open(path), Corrupt);
        CHECK(fileBytes(path).size() == whole.size() / 2);
    }
}

TEST_CASE("a project from a newer Cairn is refused naming both versions, and not written",
          "[store][bad-input]") {
    test::TempDir dir;
    const auto path = (dir / "new.cairn").string();
    { ProjectFile::create(path, "Study"); }
    {
        Database db(path, Database::Mode::ReadWrite);
        db.exec("PRAGMA user_version = 99");
    }
    const auto before = fileBytes(path);
    try {
        ProjectFile::open(path);
        FAIL("opened a newer project");
    } catch (const ProjectTooNew& e) {
        const std::string message = e.what();
        CHECK(message.find("99") != std::string::npos);
        CHECK(message.find(std::to_string(currentSchemaVersion())) != std::string::npos);
    }
    CHECK_THROWS_AS(ProjectFile::open(path, readOnly()), ProjectTooNew);
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(fs::exists(path + ".lock"));
}

TEST_CASE("a second writer is refused naming the holder; readers are not", "[store][lock]") {
    test::TempDir dir;
    const auto path = (dir / "p.cairn").string();
    auto first = ProjectFile::create(path, "Study");
    addSource(*first, "one");
    try {
        ProjectFile::open(path);
        FAIL("second writer allowed");
    } catch (const ProjectLocked& e) {
        const std::string message = e.what();
        CHECK(message.find("process " + std::to_string(getpid())) != std::string::npos);
        CHECK(message.find("since") != std::string::npos);
    }
    auto reader = ProjectFile::open(path, readOnly());
    CHECK(listSources(reader->db()).size() == 1);
    first.reset();
    CHECK_FALSE(fs::exists(path + ".lock"));
    CHECK_NOTHROW(ProjectFile::open(path));
}

TEST_CASE("the lock of a process that died is taken over", "[store][lock]") {
    test::TempDir dir;
    const auto path = (dir / "p.cairn").string();
    { ProjectFile::create(path, "Study"); }
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        auto project = ProjectFile::open(path);
        _exit(0); // dies holding the project: no destructor runs, the lock file stays behind
    }
    int status = 0;
    waitpid(child, &status, 0);
    REQUIRE(fs::exists(path + ".lock"));
    auto project = ProjectFile::open(path);
    REQUIRE(project->staleLockHolder().has_value());
    CHECK(project->staleLockHolder()->pid == child);
}

TEST_CASE("a full disk fails the change cleanly and keeps everything saved before", "[store][faults]") {
    test::TempDir dir;
    const auto path = (dir / "p.cairn").string();
    { ProjectFile::create(path, "Study"); }
    OpenOptions capped;
    // Room for a few sources beyond the empty project, whatever the schema's size.
    capped.maxPageCount = ProjectFile::open(path)->db().queryInt("PRAGMA page_count") + 12;
    auto project = ProjectFile::open(path, capped);
    int saved = 0;
    bool full = false;
    for (int i = 0; i < 200 && !full; ++i) {
        try {
            auto source = sampleSource("s" + std::to_string(i), std::string(6000, 'x'));
            source.passages = {passage(0, 6000, std::string(6000, 'x'))};
            Transaction txn(project->db());
            insertSource(*project, txn, source);
            txn.commit();
            ++saved;
        } catch (const Io& e) {
            full = true;
            CHECK(std::string(e.what()).find("disk is full") != std::string::npos);
        }
    }
    REQUIRE(full);
    REQUIRE(saved > 0);
    project.reset();
    auto reopened = ProjectFile::open(path);
    CHECK(static_cast<int>(listSources(reopened->db()).size()) == saved);
    CHECK(checkProject(*reopened).empty());
}

TEST_CASE("a read-only folder gives a clear error for writing and still opens for reading",
          "[store][faults]") {
    if (geteuid() == 0) {
        // root ignores directory permissions; the read-only open is still exercised below.
        WARN("running as root: the permission refusal cannot be observed");
    }
    test::TempDir dir;
    const auto folder = dir / "ro";
    fs::create_directories(folder);
    const auto path = (folder / "p.cairn").string();
    { ProjectFile::create(path, "Study"); }
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
    if (geteuid() != 0) CHECK_THROWS_AS(ProjectFile::open(path), Io);
    auto reader = ProjectFile::open(path, readOnly());
    CHECK(reader->name() == "Study");
    fs::permissions(folder, fs::perms::owner_all);
}

TEST_CASE("every change is logged in the same transaction with an unbroken sequence", "[store][ops]") {
    test::TempDir dir;
    auto project = ProjectFile::create((dir / "p.cairn").string(), "Study");
    addSource(*project, "one");
    {
        Transaction txn(project->db());
        insertSource(*project, txn, sampleSource("rolled back"));
        // no commit: the source and its log entry vanish together
    }
    addSource(*project, "two");
    CHECK(project->db().queryInt("SELECT COUNT(*) FROM ops") == 2);
    CHECK(project->db().queryInt("SELECT MAX(seq) FROM ops") == 2);
    CHECK(listSources(project->db()).size() == 2);
    CHECK(checkProject(*project).empty());
}

TEST_CASE("check reports each broken invariant", "[store][check]") {
    test::TempDir dir;
    const auto path = (dir / "p.cairn").string();
    auto project = ProjectFile::create(path, "Study");
    addSource(*project, "one");
    REQUIRE(checkProject(*project).empty());
    auto& db = project->db();
    SECTION("passage text no longer matches its span") {
        db.exec("UPDATE passages SET text = 'Jello world.' WHERE idx = 0");
        const auto problems = checkProject(*project);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].check == "passage-text");
        CHECK_FALSE(problems[0].advice.empty());
    }
    SECTION("passage outside its source") {
        db.exec("UPDATE passages SET cp_end = 500 WHERE idx = 1");
        const auto problems = checkProject(*project);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].check == "passage-span");
    }
    SECTION("a gap in the operations log") {
        db.exec("INSERT INTO ops(seq, at, op, entity) VALUES (10, 'x', 'x', 'x')");
        const auto problems = checkProject(*project);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].check == "ops-sequence");
    }
    SECTION("a dangling reference") {
        db.exec("PRAGMA foreign_keys = OFF");
        db.exec("UPDATE passages SET source_id = 999 WHERE idx = 1");
        const auto problems = checkProject(*project);
        REQUIRE_FALSE(problems.empty());
        CHECK(problems[0].check == "foreign_key_check");
    }
}

TEST_CASE("a source with a passage outside its text is refused whole", "[store][bad-input]") {
    test::TempDir dir;
    auto project = ProjectFile::create((dir / "p.cairn").string(), "Study");
    auto source = sampleSource("bad");
    source.passages.push_back(passage(20, 99, "x"));
    {
        Transaction txn(project->db());
        CHECK_THROWS_AS(insertSource(*project, txn, source), InvalidInput);
    }
    CHECK(listSources(project->db()).empty());
    CHECK(project->db().queryInt("SELECT COUNT(*) FROM passages") == 0);
}
