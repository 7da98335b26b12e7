// The core operations behind the workbench's editing panels: in-vivo coding, deleting a case,
// previewing a survey export, and the list of shipped codebooks.

#include "common/error.h"
#include "project_fixture.h"

#include <catch2/catch.hpp>

using namespace cairn;

TEST_CASE("an in-vivo name keeps the words and drops what the selection dragged along",
          "[project][in-vivo]") {
    CHECK(project::inVivoCodeName("  \xE2\x80\x9CI waited two years.\xE2\x80\x9D\n") == "I waited two years");
    CHECK(project::inVivoCodeName("line one\n\n   line\ttwo") == "line one line two");
    CHECK(project::inVivoCodeName("\xD8\xB5\xD8\xA8\xD8\xB1 \xD8\xB7\xD9\x88\xD9\x8A\xD9\x84\xD8\x9F") ==
          "\xD8\xB5\xD8\xA8\xD8\xB1 \xD8\xB7\xD9\x88\xD9\x8A\xD9\x84");
    // Long selections are cut at a word boundary and say so.
    const auto name = project::inVivoCodeName(
        "It was damp and cold, and my English was poor, and nobody at the council would listen to me", 40);
    CHECK(name == "It was damp and cold, and my English was\xE2\x80\xA6");
    // One very long word is cut where it is.
    CHECK(project::inVivoCodeName(std::string(60, 'x'), 10) == std::string(10, 'x') + "\xE2\x80\xA6");
    CHECK(project::inVivoCodeName(" .,; ").empty());
}

TEST_CASE("in-vivo coding makes the code and the coding in one undo step", "[project][in-vivo]") {
    test::ProjectFixture f;
    f.import("a", "Amira: I waited two years for English classes.\n");
    f.project->addCode("Barriers");
    const auto view = f.project->codeInVivo({.source = "a", .start = 7, .end = 46}, "Barriers");
    CHECK(view.codePath == "Barriers/I waited two years for English classes");
    CHECK(f.project->codeInfo(view.codePath).code.example == "I waited two years for English classes.");
    CHECK(f.count("codes") == 2);
    CHECK(f.count("codings") == 1);
    // The same words again reuse the code.
    f.project->codeInVivo({.source = "a", .start = 7, .end = 46, .coder = "ben"}, "Barriers");
    CHECK(f.count("codes") == 2);
    CHECK(f.count("codings") == 2);
    REQUIRE(f.project->undo());
    REQUIRE(f.project->undo());
    CHECK(f.count("codes") == 1);
    CHECK(f.count("codings") == 0);
    CHECK_THROWS_AS(f.project->codeInVivo({.source = "a", .start = 5, .end = 7}), InvalidInput);
    CHECK_THROWS_AS(f.project->codeInVivo({.source = "a", .start = 7, .end = 12}, "No such code"), NotFound);
}

TEST_CASE("deleting a case takes its values, links and memos, and undo brings them back",
          "[project][cases]") {
    test::ProjectFixture f;
    f.import("a",
             "Amira: I waited two years for English classes.\n\nBen: And what about housing?\n\n"
             "Amira: It was damp and cold.\n",
             "interview", "Amira");
    f.project->setCaseAttribute("Amira", "arrival", "2019");
    f.project->addMemo("", "About Amira", project::MemoTarget{.caseName = "Amira"});
    f.project->linkSpeaker("a", "Amira", "Amira");
    f.project->deleteCase("Amira");
    CHECK(f.project->cases().empty());
    CHECK(f.count("case_values") == 0);
    CHECK(f.count("case_sources") == 0);
    CHECK(f.count("memos") == 0);
    CHECK(f.count("sources") == 1);
    CHECK(f.project->file().db().queryInt("SELECT COUNT(*) FROM speakers WHERE case_id IS NOT NULL") == 0);
    REQUIRE(f.project->undo());
    REQUIRE(f.project->cases().size() == 1);
    CHECK(f.project->cases().front().attributes.size() == 1);
    CHECK(f.count("case_sources") == 1);
    CHECK(f.count("memos") == 1);
    CHECK(f.project->file().db().queryInt("SELECT COUNT(*) FROM speakers WHERE case_id IS NOT NULL") == 1);
    CHECK(f.project->check().empty());
    CHECK_THROWS_AS(f.project->deleteCase("Nobody"), NotFound);
}

TEST_CASE("a survey preview infers the columns and writes nothing", "[project][survey]") {
    test::ProjectFixture f;
    const auto path = f.write("s.csv", "id,year,safe,answer\n"
                                       "R1,2019,yes,Friends from church mostly and some neighbours too\n"
                                       "R2,2020,no,The council flat was damp and nobody came to fix it\n");
    const auto preview = project::Project::previewSurvey(path);
    CHECK(preview.rows == 2);
    REQUIRE(preview.columns.size() == 4);
    CHECK(preview.columns[1].name == "year");
    CHECK(preview.columns[1].type == "integer");
    CHECK(preview.columns[2].type == "boolean");
    CHECK(preview.columns[3].openAnswer);
    CHECK_FALSE(preview.columns[0].openAnswer);
    CHECK(f.count("cases") == 0);
    CHECK_THROWS_AS(project::Project::previewSurvey(f.write("bad.csv", "a,b\n\"unclosed\n")), InvalidInput);
}

TEST_CASE("the shipped codebooks are listed by the names loadCodebook takes", "[project][codebook]") {
    const auto names = project::Project::shippedCodebookNames();
    REQUIRE_FALSE(names.empty());
    test::ProjectFixture f;
    CHECK(f.project->loadCodebook(names.front()).added > 0);
    CHECK(std::find(project::Project::consentStates().begin(), project::Project::consentStates().end(),
                    "quote") != project::Project::consentStates().end());
}

TEST_CASE("a child code path escapes a slash in the name", "[project][codebook]") {
    CHECK(project::childCodePath("", "Housing") == "Housing");
    CHECK(project::childCodePath("Barriers", "Cost/damp") == "Barriers/Cost\\/damp");
    test::ProjectFixture f;
    f.project->addCode(project::childCodePath("", "Cost/damp"));
    CHECK(f.project->codebook().front().code.name == "Cost/damp");
}
