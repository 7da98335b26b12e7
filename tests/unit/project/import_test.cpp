#include "common/error.h"
#include "common/hash.h"
#include "project/project.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"
#include "text/utf.h"

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

using namespace cairn;
namespace fs = std::filesystem;

namespace {

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<project::Project> project = project::Project::create((dir / "p.cairn").string(), "Study");

    std::string write(const std::string& name, const std::string& bytes) {
        test::writeFile(dir / name, bytes);
        return (dir / name).string();
    }
    project::ImportResult import(const std::string& path, const std::string& kind = "document") {
        project::ImportRequest request;
        request.path = path;
        request.kind = kind;
        return project->importFile(request);
    }
    std::int64_t count(const char* table) {
        return project->file().db().queryInt(std::string("SELECT COUNT(*) FROM ") + table);
    }
};

} // namespace

TEST_CASE("an import stores NFC text, passages with exact spans, speakers and the file's hash",
          "[project][import]") {
    Fixture f;
    // "é" arrives decomposed (e + U+0301) and with CRLF: it is stored NFC with LF.
    const auto bytes =
        std::string("Interviewer: Caf\x65\xCC\x81 or tea? \xF0\x9F\x98\x80\r\n\r\nAmira: Tea, please.\r\n\r\n"
                    "Interviewer: Where did you learn English?\r\n\r\nAmira: At the college.\r\n");
    const auto path = f.write("t.txt", bytes);
    const auto result = f.import(path, "interview");
    CHECK(result.layout == "name-colon");
    CHECK(result.source.sha256 == sha256Hex(bytes));
    const auto text = f.project->sourceText("t");
    CHECK(text.find("Caf\xC3\xA9") != std::string::npos);
    CHECK(text.find('\r') == std::string::npos);
    const auto passages = f.project->passages("t");
    REQUIRE(passages.size() == 4);
    CHECK(passages[0].speaker == "Interviewer");
    CHECK(passages[0].text == "Caf\xC3\xA9 or tea? \xF0\x9F\x98\x80");
    CHECK(passages[1].speaker == "Amira");
    for (const auto& p : passages)
        CHECK(text::sliceCodePoints(text, p.cpStart, p.cpEnd) == p.text);
    CHECK(f.project->check().empty());
}

TEST_CASE("bad files are refused with the file named and nothing written", "[project][import][bad-input]") {
    Fixture f;
    const auto opsBefore = f.count("ops");
    struct Row {
        std::string what;
        std::string path;
        std::string message;
    };
    const auto big = (f.dir / "huge.txt").string();
    {
        // A sparse 2 GiB file: refused from its size, never read.
        const int fd = ::open(big.c_str(), O_CREAT | O_WRONLY, 0644);
        REQUIRE(fd >= 0);
        REQUIRE(ftruncate(fd, std::int64_t{2} << 30) == 0);
        ::close(fd);
    }
    fs::create_directories(f.dir / "folder");
    for (const auto& [what, path, message] : std::vector<Row>{
             {"empty", f.write("empty.txt", ""), "empty"},
             {"missing", (f.dir / "nope.txt").string(), "no such file"},
             {"folder", (f.dir / "folder").string(), "folder"},
             {"huge", big, "MiB"},
             {"undecodable", f.write("bad.txt", std::string("ok \x81\x8D\x8F\x90\x9D\x00\x00 bad", 13)), ""},
             {"truncated docx", f.write("t.docx", "PK\x03\x04 truncated"), ""}}) {
        INFO(what);
        try {
            f.import(path);
            FAIL("imported " << what);
        } catch (const InvalidInput& e) {
            CHECK(std::string(e.what()).find(path) != std::string::npos);
            CHECK(std::string(e.what()).find(message) != std::string::npos);
        }
    }
    CHECK(f.count("sources") == 0);
    CHECK(f.count("ops") == opsBefore);
}

TEST_CASE("a duplicate import is refused unless allowed", "[project][import]") {
    Fixture f;
    const auto a = f.write("a.txt", "Same words.");
    f.import(a);
    CHECK_THROWS_AS(f.import(f.write("b.txt", "Same words.")), DuplicateInput);
    project::ImportRequest again;
    again.path = a;
    again.allowDuplicate = true;
    CHECK(f.project->importFile(again).source.name == "a");
    CHECK(f.count("sources") == 2);
}

TEST_CASE("imports link cases, force languages and refuse bad options", "[project][import]") {
    Fixture f;
    project::ImportRequest request;
    request.path = f.write("cy.txt", "Mae hi'n bwrw glaw yng Nghaerdydd heddiw.");
    request.caseName = "Participant 7";
    request.lang = "CY";
    const auto result = f.project->importFile(request);
    CHECK(result.source.lang == "cy");
    CHECK(f.project->passages("cy")[0].lang == "cy");
    const auto cases = f.project->cases();
    REQUIRE(cases.size() == 1);
    CHECK(cases[0].name == "Participant 7");
    CHECK(cases[0].sources == 1);

    request.path = f.write("x.txt", "Other words.");
    request.lang = "not a language!";
    CHECK_THROWS_AS(f.project->importFile(request), InvalidInput);
    request.lang.clear();
    request.kind = "novel";
    CHECK_THROWS_AS(f.project->importFile(request), InvalidInput);
    CHECK(f.count("sources") == 1);
}

TEST_CASE("a cancelled import leaves nothing behind", "[project][import]") {
    Fixture f;
    project::ImportRequest request;
    request.path = f.write("a.txt", "Words to import.");
    CancelToken cancel;
    cancel.cancel();
    CHECK_THROWS_AS(f.project->importFile(request, &cancel), Cancelled);
    CHECK(f.count("sources") == 0);
}

TEST_CASE("every file of the demo corpus imports and checks clean", "[project][import][corpus]") {
    Fixture f;
    int files = 0;
    for (const auto* folder : {"interviews", "submissions", "fieldnotes"}) {
        for (const auto& entry : fs::directory_iterator(test::corporaDir() / "demo" / folder)) {
            INFO(entry.path().string());
            const auto result = f.import(entry.path().string());
            CHECK(result.source.passages > 3);
            ++files;
        }
    }
    CHECK(files >= 35);
    CHECK(f.project->check().empty());
}

TEST_CASE("the shared domain reports import as prose", "[project][import][corpus]") {
    Fixture f;
    for (const auto& entry : fs::directory_iterator(test::sharedDir() / "domain")) {
        if (entry.path().extension() != ".txt") continue;
        INFO(entry.path().string());
        const auto result = f.import(entry.path().string(), "document");
        CHECK(result.layout.empty());
        CHECK(result.source.passages > 10);
        CHECK(result.source.lang == "en");
    }
}
