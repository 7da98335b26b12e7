#include "project_fixture.h"

#include <catch2/catch.hpp>

using namespace cairn;

TEST_CASE("caseSources pairs each case with the sources linked to it", "[project][cases]") {
    test::ProjectFixture f;
    const auto amira = f.import("amira.txt", "Amira: We came in November.\n", "interview", "Amira");
    f.import("notes.txt", "Notes from the drop-in.\n", "field-notes");
    const auto farid = f.import("farid.txt", "Farid: The hotel was far away.\n", "interview", "Farid");
    std::map<std::string, std::int64_t> caseIds;
    for (const auto& row : f.project->cases())
        caseIds[row.name] = row.id;
    auto links = f.project->caseSources();
    std::sort(links.begin(), links.end());
    auto expected = std::vector<std::pair<std::int64_t, std::int64_t>>{
        {caseIds.at("Amira"), amira.source.id}, {caseIds.at("Farid"), farid.source.id}};
    std::sort(expected.begin(), expected.end());
    CHECK(links == expected); // the unlinked field notes are in no pair
}
