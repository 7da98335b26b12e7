#include "project_fixture.h"

#include <catch2/catch.hpp>

using namespace cairn;

TEST_CASE("check finds a full-text index that disagrees with the data, and reindex repairs it",
          "[project][check]") {
    test::ProjectFixture f;
    f.import(
        "a",
        "Amira: I waited two years for English classes at the college.\n\nBen: And what about housing?\n\n"
        "Amira: It was damp and cold all winter.\n");
    CHECK(f.project->check().empty());
    // Remove one passage's terms from the index as if they had been indexed from other text: the index
    // no longer matches the rows it claims to index.
    f.project->file().db().exec("INSERT INTO passages_fts(passages_fts, rowid, body) SELECT 'delete', id, "
                                "char(2) || lang || char(3) || text FROM passages LIMIT 1");
    const auto problems = f.project->check();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].check == "search-index");
    CHECK(problems[0].advice.find("cairn reindex") != std::string::npos);
    f.project->rebuildSearchIndex();
    CHECK(f.project->check().empty());
    CHECK(f.hits("english") == 1);
}

TEST_CASE("check finds a coding past the end of its source", "[project][check]") {
    test::ProjectFixture f;
    f.import(
        "a",
        "Amira: I waited two years for English classes at the college.\n\nBen: And what about housing?\n\n"
        "Amira: It was damp and cold all winter.\n");
    f.project->addCode("Language");
    f.project->code({.source = "a", .start = 0, .end = 5, .code = "Language"});
    f.project->file().db().exec("UPDATE codings SET cp_end = 100000");
    const auto problems = f.project->check();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].check == "coding-span");
}
