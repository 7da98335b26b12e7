#include "coding/code_path.h"
#include "common/error.h"
#include "import/qdc_reader.h"
#include "project_fixture.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace cairn;

namespace {

std::vector<std::string> paths(project::Project& p) {
    std::vector<std::string> out;
    for (const auto& c : p.codebook())
        out.push_back(c.path);
    return out;
}

} // namespace

TEST_CASE("codes are added with their parents, renamed, moved and reordered", "[project][codebook]") {
    test::ProjectFixture f;
    project::CodeFields fields;
    fields.color = "#2e86ab";
    fields.definition = "Waiting for a place on an ESOL course.";
    const auto added = f.project->addCode("Barriers/Language/ESOL waiting list", fields);
    CHECK(added.path == "Barriers/Language/ESOL waiting list");
    CHECK(added.code.color == "#2E86AB");
    CHECK(added.depth == 2);
    CHECK(paths(*f.project) ==
          std::vector<std::string>{"Barriers", "Barriers/Language", "Barriers/Language/ESOL waiting list"});
    CHECK_THROWS_AS(f.project->addCode("Barriers/Language"), DuplicateInput);
    CHECK_THROWS_AS(f.project->addCode("Bad", {.color = std::string("blue")}), InvalidInput);

    f.project->addCode("Barriers/Housing");
    f.project->addCode("Enablers");
    f.project->renameCode("Barriers/Language", "Language and communication");
    CHECK(f.project->codeInfo("Barriers/Language and communication/ESOL waiting list").code.guid ==
          added.code.guid);
    CHECK_THROWS_AS(f.project->renameCode("Barriers/Housing", "Language and communication"), DuplicateInput);

    f.project->moveCode("Barriers/Housing", "Enablers");
    CHECK(f.project->codeInfo("Enablers/Housing").depth == 1);
    f.project->moveCode("Enablers/Housing", "/", 0);
    CHECK(paths(*f.project).front() == "Housing");
    // A code cannot go under itself or its own sub-code.
    CHECK_THROWS_AS(f.project->moveCode("Barriers", "Barriers/Language and communication"), InvalidInput);
    CHECK_THROWS_AS(f.project->moveCode("Barriers", "Barriers"), InvalidInput);
    // A GUID works wherever a path does, and a wrong path suggests the right one.
    CHECK(f.project->codeInfo(added.code.guid).path ==
          "Barriers/Language and communication/ESOL waiting list");
    try {
        f.project->codeInfo("ESOL waiting list");
        FAIL("expected NotFound");
    } catch (const NotFound& e) {
        CHECK(std::string(e.what()).find("Barriers/Language and communication/ESOL waiting list") !=
              std::string::npos);
    }
}

TEST_CASE("merging moves codings, collapses duplicates and brings sub-codes", "[project][codebook]") {
    test::ProjectFixture f;
    f.import("a", "Amira: I waited two years for English classes.\n");
    f.project->addCode("Language");
    f.project->addCode("ESOL");
    f.project->addCode("ESOL/Waiting");
    f.project->addCode("Language/Waiting");
    f.code("a", 0, 4, "Language", "ana");
    f.code("a", 0, 4, "ESOL", "ana");  // duplicates Ana's Language coding
    f.code("a", 0, 4, "ESOL", "ben");  // another coder: kept
    f.code("a", 5, 12, "ESOL", "ana"); // another span: kept
    f.code("a", 7, 13, "ESOL/Waiting", "ana");
    const auto result = f.project->mergeCodes("ESOL", "Language");
    CHECK(result.moved == 3);
    CHECK(result.collapsed == 1);
    CHECK(result.subcodes == 1);
    CHECK(paths(*f.project) == std::vector<std::string>{"Language", "Language/Waiting"});
    CHECK(f.project->codeInfo("Language").codings == 3); // 1 of its own, 2 of ESOL's
    CHECK(f.project->codeInfo("Language/Waiting").codings == 1);
    CHECK(f.project->codeInfo("Language").codingsInTree == 4);
    CHECK_THROWS_AS(f.project->mergeCodes("Language", "Language/Waiting"), InvalidInput);
}

TEST_CASE("deleting a code with codings needs the count confirmed", "[project][codebook]") {
    test::ProjectFixture f;
    f.import("a", "Amira: I waited two years for English classes.\n");
    f.project->addCode("Barriers/Language");
    f.code("a", 0, 4, "Barriers/Language");
    f.code("a", 5, 9, "Barriers");
    CHECK_THROWS_WITH(f.project->deleteCode("Barriers", std::nullopt), Catch::Contains("--confirm 2"));
    CHECK_THROWS_AS(f.project->deleteCode("Barriers", 1), InvalidInput);
    CHECK(f.project->deleteCode("Barriers", 2) == 2);
    CHECK(f.project->codebook().empty());
    CHECK(f.count("codings") == 0);
    f.project->addCode("Empty");
    CHECK(f.project->deleteCode("Empty", std::nullopt) == 0);
}

TEST_CASE("folder codes group codes and take no codings", "[project][codebook]") {
    test::ProjectFixture f;
    f.import("a", "Amira: I waited two years for English classes.\n");
    f.project->addCode("Markers and Means", {.codable = false});
    f.project->addCode("Markers and Means/Work");
    CHECK_THROWS_WITH(f.code("a", 0, 4, "Markers and Means"), Catch::Contains("folder code"));
    f.code("a", 0, 4, "Markers and Means/Work");
    CHECK_THROWS_AS(f.project->updateCode("Markers and Means/Work", {.codable = false}), InvalidInput);
}

TEST_CASE("the shipped codebooks load, with derived GUIDs, and never twice", "[project][codebook][shipped]") {
    test::ProjectFixture f;
    const auto shipped = coding::shippedCodebooks();
    std::vector<std::string> names;
    for (const auto& s : shipped)
        names.push_back(s.name);
    CHECK(names == std::vector<std::string>{"ager-strang-2004", "barriers-enablers", "british-academy-2017",
                                            "home-office-2019"});
    std::int64_t total = 0;
    for (const auto& s : shipped) {
        const auto result = f.project->loadCodebook(s.name);
        CHECK(result.added > 0);
        CHECK(result.alreadyThere == 0);
        total += result.added;
        // Every GUID in the file is derived from the codebook's name and the code's path.
        const auto codebook = import::readQdc(test::readFile(s.path));
        std::function<void(const import::RefiCode&, const std::string&)> check =
            [&](const import::RefiCode& c, const std::string& parent) {
                const auto path = parent.empty() ? coding::joinCodePath({c.name})
                                                 : parent + "/" + coding::joinCodePath({c.name});
                INFO(s.name << ": " << path);
                CHECK(c.guid == coding::shippedCodeGuid(s.name, path));
                CHECK(!c.description.empty());
                for (const auto& child : c.children)
                    check(child, path);
            };
        for (const auto& c : codebook.codes)
            check(c, "");
    }
    CHECK(static_cast<std::int64_t>(f.project->codebook().size()) == total);
    const auto again = f.project->loadCodebook("home-office-2019");
    CHECK(again.added == 0);
    CHECK(again.alreadyThere == 19);
    CHECK(static_cast<std::int64_t>(f.project->codebook().size()) == total);
    // 14 domains in 4 groups under the framework's folder; folders are not codable.
    std::int64_t groups = 0, domains = 0;
    for (const auto& c : f.project->codebook())
        if (c.code.codebook == "home-office-2019") (c.code.codable ? domains : groups) += 1;
    CHECK(groups == 5);
    CHECK(domains == 14);
    CHECK_THROWS_AS(f.project->loadCodebook("no-such-codebook"), NotFound);
}

TEST_CASE("a codebook exported as .qdc loads into another project unchanged", "[project][codebook][qdc]") {
    test::ProjectFixture f;
    f.project->loadCodebook("barriers-enablers");
    project::CodeFields fields;
    fields.definition = "Mine";
    fields.inclusion = "Only mine";
    f.project->addCode("Own/Slash\\/code", fields);
    const auto file = (f.dir / "book.qdc").string();
    f.project->exportCodebook(file);

    auto other = project::Project::create((f.dir / "q.cairn").string(), "Other");
    const auto result = other->loadCodebook(file);
    const auto mine = f.project->codebook();
    const auto theirs = other->codebook();
    REQUIRE(theirs.size() == mine.size());
    CHECK(result.added == static_cast<std::int64_t>(mine.size()));
    for (std::size_t i = 0; i < mine.size(); ++i) {
        CHECK(theirs[i].path == mine[i].path);
        CHECK(theirs[i].code.guid == mine[i].code.guid);
        CHECK(theirs[i].code.color == mine[i].code.color);
        CHECK(theirs[i].code.codable == mine[i].code.codable);
        CHECK(theirs[i].code.definition == mine[i].code.definition);
        CHECK(theirs[i].code.inclusion == mine[i].code.inclusion);
        CHECK(theirs[i].code.exclusion == mine[i].code.exclusion);
        CHECK(theirs[i].code.example == mine[i].code.example);
    }
}

TEST_CASE("code names and definitions are searchable", "[project][codebook][search]") {
    test::ProjectFixture f;
    f.project->loadCodebook("home-office-2019");
    project::CodeFields fields;
    fields.definition = "Hours spent on hold to the Home Office";
    f.project->addCode("Telephone queues", fields);
    const auto hits = f.project->searchCodes("housing");
    REQUIRE(!hits.empty());
    CHECK(hits.front().name == "Housing");
    const auto defined = f.project->searchCodes("\"home office\"");
    REQUIRE(defined.size() >= 1);
    bool found = false;
    for (const auto& h : defined)
        found = found || h.name == "Telephone queues";
    CHECK(found);
}
