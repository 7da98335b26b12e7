// `cairn thesaurus`: add, list (text and JSON), rm, undo; searches through either engine expand a ring;
// the REFI-QDA export says the thesaurus is left out.

#include "cli_harness.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

using namespace cairn;
using namespace cairn::test;
using nlohmann::json;

namespace {

struct Study {
    TempDir dir;
    std::string project = (dir / "study.cairn").string();
    Study() {
        REQUIRE(runCairn({"init", project}).exitCode == 0);
        writeFile(dir / "a.txt", "I waited two years for ESOL.\n\nThe English classes were full.\n\n"
                                 "We moved to Cardiff.\n\nHousing is hard to find.\n");
        REQUIRE(runCairn({"import", project, (dir / "a.txt").string(), "--lang", "en"}).exitCode == 0);
    }
    std::set<std::int64_t> found(const std::string& query, const std::string& engine) {
        const auto r = runCairn({"search", project, query, "--json", "--engine", engine, "--limit", "0"});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        std::set<std::int64_t> passages;
        for (const auto& h : json::parse(r.out))
            passages.insert(h.at("passage").get<std::int64_t>());
        return passages;
    }
};

} // namespace

TEST_CASE("thesaurus add, list and rm, each one undo step", "[cli][thesaurus]") {
    Study s;
    auto add = runCairn({"thesaurus", s.project, "add", "ESOL", "English classes", "English lessons"});
    INFO(add.err);
    REQUIRE(add.exitCode == 0);
    CHECK(add.out == "ESOL = English classes = English lessons\n");
    REQUIRE(runCairn({"thesaurus", "add", s.project, "Caerdydd", "Cardiff"}).exitCode == 0);
    const auto list = runCairn({"thesaurus", s.project, "list", "--json"});
    REQUIRE(list.exitCode == 0);
    const auto rings = json::parse(list.out);
    REQUIRE(rings.size() == 2);
    CHECK(rings[0].at("terms") == json::array({"ESOL", "English classes", "English lessons"}));
    CHECK(rings[1].at("terms") == json::array({"Caerdydd", "Cardiff"}));

    // A phrase already in a ring joins it; one that folds to an entry's words adds nothing new.
    add = runCairn({"thesaurus", s.project, "add", "english CLASSES", "language classes"});
    REQUIRE(add.exitCode == 0);
    CHECK(add.out == "ESOL = English classes = English lessons = language classes\n");

    CHECK(runCairn({"thesaurus", s.project, "add", "ESOL"}).exitCode != 0);
    CHECK(runCairn({"thesaurus", s.project, "add", "'", "ESOL"}).exitCode == 1); // no word in it
    CHECK(runCairn({"thesaurus", s.project, "rm", "nothing such"}).exitCode == 1);

    const auto rm = runCairn({"thesaurus", s.project, "rm", "cardiff"});
    REQUIRE(rm.exitCode == 0);
    CHECK(rm.out.find("removed Cardiff") != std::string::npos);
    CHECK(rm.out.find("removed Caerdydd") != std::string::npos); // a ring of one goes too
    CHECK(json::parse(runCairn({"thesaurus", s.project, "list", "--json"}).out).size() == 1);
    REQUIRE(runCairn({"undo", s.project}).exitCode == 0);
    CHECK(json::parse(runCairn({"thesaurus", s.project, "list", "--json"}).out).size() == 2);
    CHECK(runCairn({"check", s.project}).exitCode == 0);
}

TEST_CASE("both engines expand a query through the thesaurus", "[cli][thesaurus][xapian]") {
    Study s;
    CHECK(s.found("ESOL", "fts") == std::set<std::int64_t>{0});
    REQUIRE(runCairn({"thesaurus", s.project, "add", "ESOL", "English classes"}).exitCode == 0);
    for (const char* engine : {"fts", "xapian"}) {
        INFO(engine);
        CHECK(s.found("ESOL", engine) == std::set<std::int64_t>{0, 1});
        CHECK(s.found("\"English classes\"", engine) == std::set<std::int64_t>{0, 1});
    }
    REQUIRE(runCairn({"undo", s.project}).exitCode == 0);
    CHECK(s.found("ESOL", "xapian") == std::set<std::int64_t>{0});
}

TEST_CASE("the REFI-QDA export says the thesaurus is left out", "[cli][thesaurus][qdpx]") {
    Study s;
    REQUIRE(runCairn({"thesaurus", s.project, "add", "ESOL", "English classes"}).exitCode == 0);
    const auto r = runCairn({"export-qdpx", s.project, (s.dir / "study.qdpx").string()});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK((r.out + r.err).find("thesaurus") != std::string::npos);
}
