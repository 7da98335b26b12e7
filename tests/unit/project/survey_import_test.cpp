#include "common/error.h"
#include "project/project.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>

using namespace cairn;

namespace {

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<project::Project> project = project::Project::create((dir / "p.cairn").string(), "Study");
    project::SurveyRequest request(const std::string& csv) {
        test::writeFile(dir / "s.csv", csv);
        project::SurveyRequest r;
        r.path = (dir / "s.csv").string();
        r.idColumn = "id";
        r.textColumns = {"answer"};
        return r;
    }
    std::int64_t count(const char* table) {
        return project->file().db().queryInt(std::string("SELECT COUNT(*) FROM ") + table);
    }
};

const store::SqlValue& value(const store::CaseRow& c, const std::string& attribute) {
    return c.attributes.at(attribute);
}

} // namespace

TEST_CASE("survey rows become typed cases and answers become linked sources", "[project][survey]") {
    Fixture f;
    const auto result =
        f.project->importSurvey(f.request("\xEF\xBB\xBFid,year,score,safe,answer\r\n"
                                          "R1,2019,3.5,yes,\"Friends from church, mostly.\"\r\n"
                                          "R2,2020,,no,\r\n"
                                          "R3,2024,7,yes,\"Two lines\r\nof answer\"\r\n"));
    CHECK(result.cases == 3);
    CHECK(result.sources == 2);
    const auto cases = f.project->cases();
    REQUIRE(cases.size() == 3);
    CHECK(std::get<std::int64_t>(value(cases[0], "year")) == 2019);
    CHECK(std::get<double>(value(cases[0], "score")) == Approx(3.5));
    CHECK(std::get<std::int64_t>(value(cases[1], "safe")) == 0);
    CHECK_FALSE(cases[1].attributes.count("score"));
    CHECK(cases[2].sources == 1);
    for (const auto& a : f.project->attributes()) {
        if (a.name == "year") CHECK(a.type == "integer");
        if (a.name == "score") CHECK(a.type == "decimal");
        if (a.name == "safe") CHECK(a.type == "boolean");
    }
    const auto sources = f.project->sources();
    REQUIRE(sources.size() == 2);
    CHECK(sources[0].kind == "survey-response");
    CHECK(f.project->sourceText(sources[1].guid) == "Two lines\nof answer");
    CHECK(f.project->check().empty());
}

TEST_CASE("a bad survey row rolls the whole file back, naming the line", "[project][survey][bad-input]") {
    Fixture f;
    auto request = f.request("id,year,answer\nR1,2019,ok\nR2,2020,fine\nR3,2021,\"unterminated\n");
    CHECK_THROWS_AS(f.project->importSurvey(request), InvalidInput);
    request = f.request("id,year,answer\nR1,2019,ok\nR1,2020,again\n");
    try {
        f.project->importSurvey(request);
        FAIL("duplicate id accepted");
    } catch (const InvalidInput& e) {
        CHECK(std::string(e.what()).find("line 3") != std::string::npos);
    }
    request = f.request("id,year,answer\nR1,2019,ok\nR2,later,fine\n");
    request.types = {{"year", "integer"}};
    try {
        f.project->importSurvey(request);
        FAIL("a text value accepted as an integer");
    } catch (const InvalidInput& e) {
        CHECK(std::string(e.what()).find("line 3") != std::string::npos);
    }
    CHECK(f.count("cases") == 0);
    CHECK(f.count("sources") == 0);
    CHECK(f.count("attributes") == 0);
}

TEST_CASE("the same survey export twice is refused unless allowed", "[project][survey]") {
    Fixture f;
    auto request = f.request("id,answer\nR1,Hello there\n");
    f.project->importSurvey(request);
    CHECK_THROWS_AS(f.project->importSurvey(request), DuplicateInput);
    request.allowDuplicate = true;
    CHECK_NOTHROW(f.project->importSurvey(request));
}

TEST_CASE("the demo survey imports 30 respondents", "[project][survey][corpus]") {
    Fixture f;
    project::SurveyRequest request;
    request.path = (test::corporaDir() / "demo" / "survey" / "integration-survey.csv").string();
    request.idColumn = "respondent_id";
    request.textColumns = {"what_helped", "what_was_hard"};
    const auto result = f.project->importSurvey(request);
    CHECK(result.cases == 30);
    CHECK(result.sources >= 55);
    for (const auto& a : f.project->attributes()) {
        if (a.name == "friends_now" || a.name == "friends_at_arrival" || a.name == "arrival_year")
            CHECK(a.type == "integer");
        if (a.name == "feels_safe") CHECK(a.type == "boolean");
    }
}
