#include "cli_harness.h"
#include "project/project.h"
#include "store/sqlite.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cairn;
using namespace cairn::test;
using nlohmann::json;

namespace {

const std::string kTranscript =
    "Interview with Amira, Cardiff\n\n"
    "Interviewer: How long have you lived in Cardiff?\n\n"
    "Amira: Three years. I learnt English at the community centre \xF0\x9F\x98\x80.\n\n"
    "Interviewer: And Welsh?\n\n"
    "Amira: Dw i'n dysgu Cymraeg yng Nghaerdydd bob nos Fawrth.\n";

struct Fixture {
    TempDir dir;
    std::string project = (dir / "study.cairn").string();
    Fixture() { REQUIRE(runCairn({"init", project, "--name", "Study"}).exitCode == 0); }
    std::string write(const std::string& name, const std::string& bytes) {
        writeFile(dir / name, bytes);
        return (dir / name).string();
    }
};

} // namespace

TEST_CASE("init creates a project and refuses to overwrite one", "[cli]") {
    TempDir dir;
    const auto path = (dir / "p.cairn").string();
    const auto first = runCairn({"init", path});
    CHECK(first.exitCode == 0);
    CHECK(first.out.find("created") != std::string::npos);
    const auto second = runCairn({"init", path});
    CHECK(second.exitCode == 1);
    CHECK(second.err.find("already exists") != std::string::npos);
}

TEST_CASE("sources --json and passages --json keep their contract", "[cli][contract]") {
    Fixture f;
    const auto file = f.write("amira.txt", kTranscript);
    const auto imported = runCairn({"import", f.project, file, "--kind", "interview"});
    REQUIRE(imported.exitCode == 0);
    const auto sources = json::parse(runCairn({"sources", f.project, "--json"}).out);
    REQUIRE(sources.size() == 1);
    for (const char* field : {"guid", "name", "kind", "lang", "chars", "passages"})
        CHECK(sources[0].contains(field));
    CHECK(sources[0]["name"] == "amira");
    CHECK(sources[0]["kind"] == "interview");
    CHECK(sources[0]["chars"] == 229);

    const auto passages = json::parse(runCairn({"passages", f.project, "amira", "--json"}).out);
    REQUIRE(passages.size() == 5);
    for (const auto& p : passages)
        for (const char* field : {"guid", "index", "start", "end", "speaker", "lang", "text"})
            CHECK(p.contains(field));
    CHECK(passages[2]["speaker"] == "Amira");
    CHECK(passages[2]["text"] == "Three years. I learnt English at the community centre \xF0\x9F\x98\x80.");
    // start/end are code points: the emoji counts as one.
    CHECK(passages[2]["end"].get<int>() - passages[2]["start"].get<int>() == 56);
    CHECK(passages[4]["lang"] == "cy");
}

TEST_CASE("exit codes: usage 2, bad input 1, locked or too new 3, damaged 4", "[cli][contract]") {
    Fixture f;
    CHECK(runCairn({"sources"}).exitCode == 2);
    CHECK(runCairn({"sources", f.project, "--no-such-flag"}).exitCode == 2);
    CHECK(runCairn({"no-such-verb"}).exitCode == 2);

    const auto missing = runCairn({"import", f.project, (f.dir / "missing.txt").string()});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.find("missing.txt") != std::string::npos);

    {
        auto holder = project::Project::open(f.project);
        const auto locked = runCairn({"import", f.project, f.write("a.txt", "Some text.")});
        CHECK(locked.exitCode == 3);
        CHECK(locked.err.find("open for writing by") != std::string::npos);
        CHECK(runCairn({"sources", f.project}).exitCode == 0); // reading works while locked
    }
    {
        store::Database db(f.project, store::Database::Mode::ReadWrite);
        db.exec("PRAGMA user_version = 1000");
    }
    const auto tooNew = runCairn({"sources", f.project});
    CHECK(tooNew.exitCode == 3);
    CHECK(tooNew.err.find("1000") != std::string::npos);

    const auto damaged =
        runCairn({"sources", f.write("junk.cairn", "this is not a database at all, just words")});
    CHECK(damaged.exitCode == 4);
    CHECK(damaged.err.find("not an SQLite database") != std::string::npos);
}

TEST_CASE("importing many files: a failure in one leaves the others imported", "[cli][import]") {
    Fixture f;
    const auto a = f.write("a.txt", "First file, first paragraph.\n\nSecond paragraph.");
    const auto bad = f.write("bad.txt", std::string("Bad bytes \xFF\xFE\x00\x01 here", 19));
    const auto c = f.write("c.txt", "Third file.");
    const auto result = runCairn({"import", f.project, a, bad, c});
    CHECK(result.exitCode == 1);
    CHECK(result.err.find("bad.txt") != std::string::npos);
    CHECK(result.err.find("1 of 3 files were not imported") != std::string::npos);
    const auto sources = json::parse(runCairn({"sources", f.project, "--json"}).out);
    CHECK(sources.size() == 2);
}

TEST_CASE("a duplicate import is refused unless allowed", "[cli][import]") {
    Fixture f;
    const auto a = f.write("a.txt", "Some words.");
    const auto copy = f.write("copy.txt", "Some words.");
    REQUIRE(runCairn({"import", f.project, a}).exitCode == 0);
    const auto again = runCairn({"import", f.project, copy});
    CHECK(again.exitCode == 1);
    CHECK(again.err.find("already in the project as 'a'") != std::string::npos);
    CHECK(runCairn({"import", f.project, copy, "--allow-duplicate"}).exitCode == 0);
    CHECK(json::parse(runCairn({"sources", f.project, "--json"}).out).size() == 2);
}

TEST_CASE("survey import makes typed cases and open-answer sources", "[cli][survey]") {
    Fixture f;
    const auto csv =
        f.write("survey.csv", "id;arrival_year;status;friends_then;friends_now;what_helped\n"
                              "R1;2019;refugee;2;7;\"The conversation club, and my neighbour.\"\n"
                              "R2;2021;asylum seeker;1;;\"Volunteering at the food bank\nand church.\"\n"
                              "R3;2016;resettled;4;8;\n");
    const auto result =
        runCairn({"import-survey", f.project, csv, "--id-column", "id", "--text-columns", "what_helped"});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.find("3 cases") != std::string::npos);
    const auto cases = json::parse(runCairn({"cases", f.project, "--json"}).out);
    REQUIRE(cases.size() == 3);
    CHECK(cases[0]["name"] == "R1");
    CHECK(cases[0]["attributes"]["arrival_year"] == 2019);
    CHECK(cases[0]["attributes"]["status"] == "refugee");
    CHECK_FALSE(cases[1]["attributes"].contains("friends_now")); // missing stays missing
    CHECK(cases[0]["sources"] == 1);
    CHECK(cases[2]["sources"] == 0);
    const auto sources = json::parse(runCairn({"sources", f.project, "--json"}).out);
    CHECK(sources.size() == 2);
    CHECK(sources[0]["kind"] == "survey-response");
}

TEST_CASE("case attributes and consent are set and listed", "[cli][cases]") {
    Fixture f;
    CHECK(runCairn({"case", "add", f.project, "Tŷ Croeso", "--kind", "organisation"}).exitCode == 0);
    CHECK(runCairn({"case", "set", f.project, "Amira", "arrival_year", "2021"}).exitCode == 0);
    CHECK(runCairn({"case", "set", f.project, "Amira", "status", "refugee"}).exitCode == 0);
    const auto wrongType = runCairn({"case", "set", f.project, "Farid", "arrival_year", "last spring"});
    CHECK(wrongType.exitCode == 1);
    CHECK(wrongType.err.find("whole number") != std::string::npos);
    CHECK(runCairn({"consent", f.project, "Amira", "anonymous", "--date", "2026-03-01"}).exitCode == 0);
    CHECK(runCairn({"consent", f.project, "Amira", "maybe"}).exitCode == 2);
    const auto cases = json::parse(runCairn({"cases", f.project, "--json"}).out);
    REQUIRE(cases.size() == 2);
    CHECK(cases[0]["name"] == "Amira");
    CHECK(cases[0]["consent"] == "anonymous");
    CHECK(cases[0]["consent_date"] == "2026-03-01");
    CHECK(cases[0]["attributes"]["arrival_year"] == 2021);
    CHECK(cases[1]["kind"] == "organisation");
}

TEST_CASE("check says ok on a sound project and exits 4 on a damaged one", "[cli][check]") {
    Fixture f;
    REQUIRE(runCairn({"import", f.project, f.write("a.txt", "One.\n\nTwo.")}).exitCode == 0);
    CHECK(runCairn({"check", f.project}).exitCode == 0);
    {
        store::Database db(f.project, store::Database::Mode::ReadWrite);
        db.exec("UPDATE passages SET text = 'Changed' WHERE idx = 1");
    }
    const auto damaged = runCairn({"check", f.project});
    CHECK(damaged.exitCode == 4);
    CHECK(damaged.out.find("passage-text") != std::string::npos);
    CHECK(damaged.out.find("what to do") != std::string::npos);
}

TEST_CASE("every verb has --help", "[cli]") {
    for (const char* verb :
         {"init",        "import",  "import-survey", "sources",    "passages", "cases",  "case",
          "consent",     "memo",    "history",       "check",      "demo",     "search", "codebook",
          "code",        "uncode",  "codings",       "autocode",   "undo",     "redo",   "export-qdpx",
          "import-qdpx", "reindex", "analyse",       "indicators", "values"}) {
        const auto help = runCairn({verb, "--help"});
        CHECK(help.exitCode == 0);
        CHECK(help.out.find("Usage") != std::string::npos);
    }
}

TEST_CASE("text listings match the golden output", "[cli][golden]") {
    Fixture f;
    REQUIRE(runCairn({"import", f.project, f.write("amira.txt", kTranscript), "--kind", "interview", "--case",
                      "Amira"})
                .exitCode == 0);
    REQUIRE(runCairn({"case", "set", f.project, "Amira", "arrival_year", "2021"}).exitCode == 0);
    const auto dir = f.dir.path().string();
    checkGolden("sources.txt", normaliseOutput(runCairn({"sources", f.project}).out, dir));
    checkGolden("passages.txt", normaliseOutput(runCairn({"passages", f.project, "amira"}).out, dir));
    checkGolden("cases.txt", normaliseOutput(runCairn({"cases", f.project}).out, dir));
}
