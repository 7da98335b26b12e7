// `cairn search`: the JSON contract, --count, --exact, paging, bad queries (exit 1, the character and
// a caret), searching while another process writes, and the demo corpus.

#include "cli_harness.h"
#include "project/project.h"
#include "store/sqlite.h"
#include "support/test_paths.h"
#include "text/utf.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cairn;
using namespace cairn::test;
using nlohmann::json;

namespace {

const std::string kTranscript =
    "Interviewer: How long have you lived in Cardiff?\n\n"
    "Amira: Three years. I learnt English at the community centre \xF0\x9F\x98\x80.\n\n"
    "Interviewer: And Welsh?\n\n"
    "Amira: Dw i'n dysgu Cymraeg yng Nghaerdydd bob nos Fawrth.\n";

struct Fixture {
    TempDir dir;
    std::string project = (dir / "study.cairn").string();
    Fixture() {
        REQUIRE(runCairn({"init", project}).exitCode == 0);
        writeFile(dir / "amira.txt", kTranscript);
        REQUIRE(runCairn({"import", project, (dir / "amira.txt").string(), "--kind", "interview"}).exitCode ==
                0);
    }
    json search(const std::vector<std::string>& extra) {
        std::vector<std::string> args = {"search", project};
        args.insert(args.end(), extra.begin(), extra.end());
        args.push_back("--json");
        const auto result = runCairn(args);
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
        return json::parse(result.out);
    }
};

} // namespace

TEST_CASE("search --json keeps its contract, offsets in code points of the source text",
          "[cli][contract][search]") {
    Fixture f;
    const auto hits = f.search({"Caerdydd OR English"});
    REQUIRE(hits.is_array());
    REQUIRE(hits.size() == 2);
    for (const auto& h : hits)
        for (const char* field : {"source", "source_guid", "passage_guid", "passage", "start", "end", "lang",
                                  "score", "snippet", "highlights"})
            CHECK(h.contains(field));
    const auto text = runCairn({"passages", f.project, "amira", "--json"});
    const auto passages = json::parse(text.out);
    const auto source = json::parse(runCairn({"sources", f.project, "--json"}).out)[0];
    std::map<std::string, std::string> words;
    for (const auto& h : hits) {
        CHECK(h["source"] == "amira");
        CHECK(h["source_guid"] == source["guid"]);
        const auto& p = passages[h["passage"].get<std::size_t>()];
        CHECK(h["passage_guid"] == p["guid"]);
        CHECK(h["start"] == p["start"]);
        CHECK(h["end"] == p["end"]);
        CHECK(h["score"].get<double>() > 0);
        REQUIRE(h["highlights"].size() == 1);
        const auto start = h["highlights"][0][0].get<std::int64_t>();
        const auto end = h["highlights"][0][1].get<std::int64_t>();
        const auto passageText = p["text"].get<std::string>();
        words[h["lang"]] = std::string(text::sliceCodePoints(
            passageText, start - p["start"].get<std::int64_t>(), end - p["start"].get<std::int64_t>()));
    }
    // The Welsh turn finds its mutated form; the English one comes after an emoji-free prefix.
    CHECK(words.size() == 2);
    CHECK(std::count_if(words.begin(), words.end(), [](const auto& w) { return w.second == "Nghaerdydd"; }) ==
          1);
    CHECK(std::count_if(words.begin(), words.end(), [](const auto& w) { return w.second == "English"; }) ==
          1);
}

TEST_CASE("search --count, --limit, --offset and --exact", "[cli][search]") {
    Fixture f;
    const auto count = runCairn({"search", f.project, "speaker:Amira", "--count"});
    CHECK(count.exitCode == 0);
    CHECK(count.out == "2\n");
    CHECK(runCairn({"search", f.project, "cardiff", "--count", "--exact"}).out == "0\n");
    CHECK(runCairn({"search", f.project, "Cardiff", "--count", "--exact"}).out == "1\n");
    const auto all = f.search({"kind:interview"});
    REQUIRE(all.size() == 4);
    const auto page = f.search({"kind:interview", "--limit", "2", "--offset", "1"});
    REQUIRE(page.size() == 2);
    CHECK(page[0]["passage_guid"] == all[1]["passage_guid"]);
    CHECK(page[1]["passage_guid"] == all[2]["passage_guid"]);
    CHECK(f.search({"kind:interview", "--limit", "0"}).size() == 4);
}

TEST_CASE("search marks the matches in its readable list", "[cli][search]") {
    Fixture f;
    const auto result = runCairn({"search", f.project, "Caerdydd"});
    CHECK(result.exitCode == 0);
    CHECK(result.out.find("1. amira [3]") != std::string::npos);
    CHECK(result.out.find("[[Nghaerdydd]]") != std::string::npos);
}

TEST_CASE("a bad query exits 1 naming the character, with a caret", "[cli][search][bad-input]") {
    Fixture f;
    const auto unclosed = runCairn({"search", f.project, "Cymraeg \"waiting lists"});
    CHECK(unclosed.exitCode == 1);
    CHECK(unclosed.err == "cairn: unclosed quote at character 8\n  Cymraeg \"waiting lists\n          ^\n");
    const auto filter = runCairn({"search", f.project, "kind:podcast"});
    CHECK(filter.exitCode == 1);
    CHECK(filter.err.find("unknown kind 'podcast' at character 5") != std::string::npos);
    const auto code = runCairn({"search", f.project, "code:Barriers"});
    CHECK(code.exitCode == 1);
    CHECK(code.err.find("no code has the path or GUID 'Barriers' at character 5") != std::string::npos);
    CHECK(runCairn({"search", f.project, "x", "--limit", "-3"}).exitCode == 2);
}

TEST_CASE("search reads while another process holds the project for writing", "[cli][search][lock]") {
    Fixture f;
    auto writer = project::Project::open(f.project);
    writer->addMemo("note", "written while searching");
    CHECK(runCairn({"search", f.project, "Cymraeg", "--count"}).out == "1\n");
}

TEST_CASE("search after an analyser upgrade rebuilds the index once, then answers", "[cli][search]") {
    Fixture f;
    {
        store::Database db(f.project, store::Database::Mode::ReadWrite);
        db.exec("BEGIN; INSERT INTO passages_fts(passages_fts) VALUES ('delete-all'); "
                "UPDATE project_meta SET value = '0' WHERE key = 'analyser_version'; COMMIT;");
    }
    const auto result = runCairn({"search", f.project, "Caerdydd", "--count"});
    CHECK(result.exitCode == 0);
    CHECK(result.out == "1\n");
    CHECK(result.err.find("rebuilding the search index") != std::string::npos);
    CHECK(runCairn({"search", f.project, "Caerdydd", "--count"}).err.empty());
}

TEST_CASE("search finds the demo corpus in its languages", "[cli][search][demo]") {
    TempDir dir;
    REQUIRE(runCairn({"demo", dir.path().string()}).exitCode == 0);
    const auto project = (dir / "demo.cairn").string();
    auto count = [&](const std::string& query) {
        const auto r =
            runCairn({"search", project, "--count", "--", query}); // "--": a query may start with -
        INFO(query << ": " << r.err);
        REQUIRE(r.exitCode == 0);
        return std::stoll(r.out);
    };
    CHECK(count("Caerdydd") > count("\"Caerdydd\" lang:cy")); // the English passages name it too
    CHECK(count("Nghaerdydd") >= 1);
    CHECK(count("الانجليزية") >= 2);
    CHECK(count("kind:interview") > 100);
    CHECK(count("case:Amira") > 0);
    CHECK(count("English NEAR/5 work*") > 0);
    CHECK(count("-kind:interview kind:submission") == count("kind:submission"));
    const auto hits = json::parse(runCairn({"search", project, "Cymraeg", "--json", "--limit", "5"}).out);
    REQUIRE(hits.size() == 5);
    for (const auto& h : hits) {
        CHECK_FALSE(h["highlights"].empty());
        CHECK(h["score"].get<double>() > 0);
    }
    CHECK(hits[0]["score"].get<double>() >= hits[4]["score"].get<double>());
}
