// `cairn codebook`, `code`, `uncode`, `codings`, `autocode`, `memo`, `undo` and `redo`: the JSON
// contracts, exit codes, and each operation undone from the command line.

#include "cli_harness.h"
#include "support/test_paths.h"
#include "text/utf.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

using namespace cairn;
using namespace cairn::test;
using nlohmann::json;

namespace {

const std::string kTranscript =
    "Interviewer: How long did you wait for English classes?\n\n"
    "Amira: Two years on the ESOL waiting list \xF0\x9F\x98\x9E. Then the college called.\n\n"
    "Interviewer: And your housing?\n\n"
    "Amira: The flat was damp, and the landlord never answered.\n";

struct Fixture {
    TempDir dir;
    std::string project = (dir / "study.cairn").string();
    Fixture() {
        REQUIRE(runCairn({"init", project}).exitCode == 0);
        writeFile(dir / "amira.txt", kTranscript);
        REQUIRE(runCairn({"import", project, (dir / "amira.txt").string(), "--kind", "interview"}).exitCode ==
                0);
    }
    ProcessResult ok(std::vector<std::string> args) {
        args.insert(args.begin() + 1, project);
        const auto result = runCairn(args);
        INFO(args[0] << ": " << result.err);
        REQUIRE(result.exitCode == 0);
        return result;
    }
    json okJson(std::vector<std::string> args) {
        args.push_back("--json");
        return json::parse(ok(args).out);
    }
    std::int64_t start(const std::string& word) {
        return text::byteToCodePoint(kTranscript, static_cast<std::int64_t>(kTranscript.find(word)));
    }
};

} // namespace

TEST_CASE("the codebook is built, listed as JSON and changed from the command line", "[cli][codebook]") {
    Fixture f;
    f.ok({"codebook", "add", "Barriers/Language/ESOL waiting list", "--color", "#2e86ab", "--definition",
          "Waiting for a place on an English course"});
    f.ok({"codebook", "add", "Barriers/Housing"});
    f.ok({"codebook", "add", "Enablers", "--folder"});
    const auto codes = f.okJson({"codebook", "list"});
    REQUIRE(codes.size() == 5);
    for (const auto* field : {"guid", "path", "name", "color", "codable", "codings"})
        CHECK(codes[0].contains(field));
    CHECK(codes[2]["path"] == "Barriers/Language/ESOL waiting list");
    CHECK(codes[2]["color"] == "#2E86AB");
    CHECK(codes[4]["codable"] == false);

    f.ok({"codebook", "rename", "Barriers/Housing", "Housing and home"});
    f.ok({"codebook", "move", "Barriers/Housing and home", "Enablers"});
    f.ok({"codebook", "set", "Enablers/Housing and home", "--include", "Damp, repairs, landlords"});
    const auto moved = f.okJson({"codebook", "list"});
    CHECK(moved[4]["path"] == "Enablers/Housing and home");
    CHECK(moved[4]["inclusion"] == "Damp, repairs, landlords");

    const auto clash = runCairn({"codebook", f.project, "add", "Barriers/Language"});
    CHECK(clash.exitCode == 1);
    CHECK(clash.err.find("already exists") != std::string::npos);
    const auto missing = runCairn({"codebook", f.project, "rename", "Nope", "X"});
    CHECK(missing.exitCode == 1);
    CHECK(runCairn({"codebook", f.project}).exitCode == 2);
}

TEST_CASE("spans are coded, listed with their text and removed", "[cli][coding]") {
    Fixture f;
    f.ok({"codebook", "add", "Barriers/Language/ESOL waiting list"});
    const auto esol = f.start("ESOL waiting list");
    const auto coded = f.okJson({"code", "--source", "amira", "--start", std::to_string(esol), "--end",
                                 std::to_string(esol + 17), "--code", "Barriers/Language/ESOL waiting list",
                                 "--coder", "ana", "--memo", "Two years"});
    CHECK(coded["text"] == "ESOL waiting list");
    // The emoji counts one code point; in UTF-16 units (--utf16) it counts two.
    const auto then = f.start("Then the college");
    const auto u16 = text::codePointToUtf16(kTranscript, then);
    f.ok({"code", "--source", "amira", "--start", std::to_string(u16), "--end", std::to_string(u16 + 4),
          "--utf16", "--code", "Barriers/Language"});

    const auto codings = f.okJson({"codings"});
    REQUIRE(codings.size() == 2);
    for (const auto* field : {"guid", "code", "source", "start", "end", "coder", "text", "memo"})
        CHECK(codings[0].contains(field));
    CHECK(codings[0]["text"] == "ESOL waiting list");
    CHECK(codings[0]["code"] == "Barriers/Language/ESOL waiting list");
    CHECK(codings[0]["source"] == "amira");
    CHECK(codings[0]["coder"] == "ana");
    CHECK(codings[0]["memo"] == "Two years");
    CHECK(codings[1]["text"] == "Then");
    CHECK(f.okJson({"codings", "--code", "Barriers/Language", "--no-subcodes"}).size() == 1);
    CHECK(f.okJson({"codings", "--coder", "ana"}).size() == 1);
    CHECK(f.ok({"codings", "--count", "--code", "Barriers"}).out == "2\n");

    const auto past = runCairn({"code", f.project, "--source", "amira", "--start", "0", "--end", "99999",
                                "--code", "Barriers/Language"});
    CHECK(past.exitCode == 1);
    CHECK(past.err.find("past the end") != std::string::npos);
    f.ok({"uncode", codings[0]["guid"].get<std::string>()});
    CHECK(f.okJson({"codings"}).size() == 1);
    CHECK(runCairn({"uncode", f.project, codings[0]["guid"].get<std::string>()}).exitCode == 1);
}

TEST_CASE("autocode previews, codes, and is one undo step", "[cli][coding][autocode]") {
    Fixture f;
    f.ok({"codebook", "add", "Language"});
    const auto preview = f.okJson({"autocode", "english OR esol", "--code", "Language", "--dry-run"});
    CHECK(preview["passages"] == 2);
    CHECK(preview["sources"] == 1);
    CHECK(preview["added"] == 0);
    CHECK(f.okJson({"codings"}).empty());
    const auto sentences = f.okJson({"autocode", "esol", "--code", "Language", "--unit", "sentence"});
    CHECK(sentences["added"] == 1);
    CHECK(f.okJson({"codings"})[0]["text"] == "Two years on the ESOL waiting list \xF0\x9F\x98\x9E.");
    CHECK(f.ok({"undo"}).out.find("undid: autocode") != std::string::npos);
    CHECK(f.okJson({"codings"}).empty());
    CHECK(f.ok({"redo"}).out.find("redid: autocode") != std::string::npos);
    CHECK(f.okJson({"codings"}).size() == 1);
    // code: finds passages coded with the code.
    const auto found = f.okJson({"search", "code:Language"});
    CHECK(found.size() == 1);
    CHECK(runCairn({"autocode", f.project, "esol", "--code", "Language", "--unit", "word"}).exitCode == 2);
}

TEST_CASE("memos on codes, codings and the journal, edited and listed", "[cli][memo]") {
    Fixture f;
    f.ok({"codebook", "add", "Housing"});
    const auto coding =
        f.okJson({"code", "--source", "amira", "--start", "0", "--end", "11", "--code", "Housing"});
    f.ok({"memo", "add", "Damp flats recur", "--code", "Housing"});
    f.ok({"memo", "add", "Check with Amira", "--coding", coding["guid"].get<std::string>()});
    f.ok({"memo", "add", "Started coding today", "--title", "Journal"});
    const auto all = f.okJson({"memo", "list"});
    REQUIRE(all.size() == 3);
    for (const auto* field : {"guid", "title", "text", "author", "source", "case", "code", "coding"})
        CHECK(all[0].contains(field));
    CHECK(f.okJson({"memo", "list", "--journal"}).size() == 1);
    CHECK(f.okJson({"memo", "list", "--code", "Housing"}).size() == 1);
    CHECK(f.okJson({"memo", "list", "--search", "damp"}).size() == 1);
    const auto guid = all[0]["guid"].get<std::string>();
    f.ok({"memo", "edit", guid, "Damp flats recur in three interviews"});
    CHECK(f.okJson({"memo", "list", "--code", "Housing"})[0]["text"] ==
          "Damp flats recur in three interviews");
    f.ok({"memo", "rm", guid});
    CHECK(f.okJson({"memo", "list"}).size() == 2);
    f.ok({"undo"});
    CHECK(f.okJson({"memo", "list"}).size() == 3);
}

TEST_CASE("undo and redo from the command line, with nothing left to undo", "[cli][undo]") {
    Fixture f;
    f.ok({"codebook", "add", "A"});
    f.ok({"codebook", "add", "B"});
    auto out = f.ok({"undo"}).out;
    CHECK(out.find("undid: add code B") != std::string::npos);
    CHECK(out.find("next undo: add code A") != std::string::npos);
    CHECK(f.ok({"undo"}).out.find("undid: add code A") != std::string::npos);
    CHECK(f.ok({"undo"}).out.find("undid: import amira") != std::string::npos);
    CHECK(f.okJson({"sources"}).empty());
    CHECK(f.ok({"undo"}).out == "nothing to undo\n");
    CHECK(f.ok({"redo"}).out.find("redid: import amira") != std::string::npos);
    CHECK(f.okJson({"search", "damp"}).size() == 1);
    const auto history = f.ok({"history"}).out;
    CHECK(history.find("redo") != std::string::npos);
}

TEST_CASE("shipped and .qdc codebooks load, export and load again without duplicates",
          "[cli][codebook][qdc]") {
    Fixture f;
    const auto shipped = runCairn({"codebook", "shipped"});
    CHECK(shipped.out.find("home-office-2019") != std::string::npos);
    CHECK(f.ok({"codebook", "import", "home-office-2019"}).out.find("19 codes added, 0 already there") !=
          std::string::npos);
    CHECK(f.ok({"codebook", "import", "home-office-2019"}).out.find("0 codes added, 19 already there") !=
          std::string::npos);
    const auto qdc = (f.dir / "out.qdc").string();
    f.ok({"codebook", "export", qdc});
    const auto other = (f.dir / "other.cairn").string();
    REQUIRE(runCairn({"init", other}).exitCode == 0);
    REQUIRE(runCairn({"codebook", other, "import", qdc}).exitCode == 0);
    const auto a = f.okJson({"codebook", "list"});
    const auto b = json::parse(runCairn({"codebook", other, "list", "--json"}).out);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i]["guid"] == b[i]["guid"]);
        CHECK(a[i]["path"] == b[i]["path"]);
        CHECK(a[i]["definition"] == b[i]["definition"]);
    }
    const auto bad = (f.dir / "bad.qdc").string();
    writeFile(bad, "<CodeBook><Codes>");
    const auto refused = runCairn({"codebook", f.project, "import", bad});
    CHECK(refused.exitCode == 1);
    CHECK(!refused.err.empty());
    CHECK(runCairn({"codebook", f.project, "import", "no-such-book"}).exitCode == 1);
}

TEST_CASE("deleting a code with codings asks for the count", "[cli][codebook]") {
    Fixture f;
    f.ok({"codebook", "add", "Housing"});
    f.ok({"code", "--source", "amira", "--start", "0", "--end", "11", "--code", "Housing"});
    const auto ask = runCairn({"codebook", f.project, "rm", "Housing"});
    CHECK(ask.exitCode == 1);
    CHECK(ask.err.find("--confirm 1") != std::string::npos);
    f.ok({"codebook", "rm", "Housing", "--confirm", "1"});
    CHECK(f.okJson({"codings"}).empty());
    f.ok({"codebook", "add", "Other"});
    CHECK(runCairn({"codebook", f.project, "merge", "Other", "Other"}).exitCode == 1);
}

TEST_CASE("export-qdpx and import-qdpx carry a coded project across", "[cli][qdpx]") {
    Fixture f;
    f.ok({"codebook", "add", "Barriers/Language"});
    f.ok({"autocode", "esol", "--code", "Barriers/Language", "--unit", "match"});
    const auto qdpx = (f.dir / "study.qdpx").string();
    const auto exported = f.okJson({"export-qdpx", qdpx});
    for (const auto* field :
         {"sources", "codes", "codings", "cases", "memos", "coders", "repairs", "warnings"})
        CHECK(exported.contains(field));
    CHECK(exported["codings"] == 1);
    CHECK(!exported["warnings"].empty()); // passages and speakers are not part of REFI-QDA
    const auto copy = (f.dir / "copy.cairn").string();
    const auto imported = runCairn({"import-qdpx", qdpx, copy});
    INFO(imported.err);
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.find("1 sources, 2 codes, 1 codings") != std::string::npos);
    const auto codings = json::parse(runCairn({"codings", copy, "--json"}).out);
    REQUIRE(codings.size() == 1);
    CHECK(codings[0]["text"] == "ESOL");
    CHECK(codings[0]["code"] == "Barriers/Language");
    // A second import onto the same path is refused: a project is never overwritten.
    CHECK(runCairn({"import-qdpx", qdpx, copy}).exitCode != 0);
    writeFile(f.dir / "broken.qdpx", "PK\x03\x04 broken");
    const auto broken =
        runCairn({"import-qdpx", (f.dir / "broken.qdpx").string(), (f.dir / "b.cairn").string()});
    CHECK(broken.exitCode == 1);
    CHECK(!std::filesystem::exists(f.dir / "b.cairn"));
}
