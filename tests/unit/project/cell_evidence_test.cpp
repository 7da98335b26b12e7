// Project::codingsBehind and Project::pairedAttributes: what the analysis views show behind a bar or
// a cell agrees with the counts of the tables themselves.

#include "project_fixture.h"

#include <catch2/catch.hpp>

using namespace cairn;

namespace {

struct CellFixture : test::ProjectFixture {
    CellFixture() {
        import("int-amira.txt", "Interviewer: How long did you wait?\n\n"
                                "Amira: Two years on the ESOL waiting list.\n\n"
                                "Interviewer: And your housing?\n");
        import("sub1.txt", "Waiting lists for ESOL are a year long.\n", "submission");
        project->addCode("Barriers/Language");
        project->addCode("Barriers/Language/ESOL");
        project->addCode("Barriers/Housing");
        const auto p = project->passages("int-amira");
        REQUIRE(p.size() == 3);
        code("int-amira", p[1].cpStart, p[1].cpEnd, "Barriers/Language/ESOL");     // in P1
        code("int-amira", p[1].cpStart + 5, p[2].cpStart + 3, "Barriers/Housing"); // P1 and P2
        code("int-amira", p[0].cpStart, p[0].cpEnd, "Barriers/Language");          // P0 only
        code("sub1", 0, 10, "Barriers/Language");
    }
};

} // namespace

TEST_CASE("the codings behind a bar roll sub-codes up and keep the filters", "[project][cell]") {
    CellFixture f;
    const auto all = f.project->codingsBehind({.code = "Barriers/Language"});
    REQUIRE(all.size() == 3); // its own two and the sub-code's one, by source name then position
    CHECK(all[0].coding.sourceName == "int-amira");
    CHECK(all[0].codePath == "Barriers/Language");
    CHECK(all[1].codePath == "Barriers/Language/ESOL");
    CHECK(all[2].coding.sourceName == "sub1");
    CHECK(f.project->codingsBehind({.code = "Barriers/Language", .kind = "submission"}).size() == 1);
}

TEST_CASE("the codings behind a co-occurrence cell are those in passages both codes apply to",
          "[project][cell]") {
    CellFixture f;
    const auto cell =
        f.project->codingsBehind({.code = "Barriers/Language/ESOL", .otherCode = "Barriers/Housing"});
    REQUIRE(cell.size() == 2);
    CHECK(cell[0].codePath == "Barriers/Language/ESOL");
    CHECK(cell[1].codePath == "Barriers/Housing");
    // Codes as applied, as the table counts: the parent's own coding in P0 shares no passage.
    CHECK(f.project->codingsBehind({.code = "Barriers/Language", .otherCode = "Barriers/Housing"}).empty());
    // The diagonal: the code's own codings.
    CHECK(f.project->codingsBehind({.code = "Barriers/Housing", .otherCode = "Barriers/Housing"}).size() ==
          1);
}

TEST_CASE("the paired attributes are the numeric ones with the likely pair chosen", "[project][cell]") {
    CellFixture f;
    CHECK(f.project->pairedAttributes().numeric.empty());
    f.project->addCase("Amira");
    f.project->setCaseAttribute("Amira", "status", "refugee");
    f.project->setCaseAttribute("Amira", "age", "31");
    f.project->setCaseAttribute("Amira", "friends_at_arrival", "2", "integer");
    f.project->setCaseAttribute("Amira", "friends_now", "8", "integer");
    const auto paired = f.project->pairedAttributes();
    CHECK(paired.numeric == std::vector<std::string>{"age", "friends_at_arrival", "friends_now"});
    CHECK(paired.before == "friends_at_arrival");
    CHECK(paired.after == "friends_now");
}
