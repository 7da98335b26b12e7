// Indicator frameworks, values and links through Project, and the side-by-side analysis against
// figures worked out by hand: three participants (one who may be quoted, one anonymously, one not at
// all), a submission without a case, a survey scale at arrival and now, and area figures by year.

#include "common/error.h"
#include "project_fixture.h"

#include <catch2/catch.hpp>

using namespace cairn;
using analysis::Cell;
using analysis::Table;
using Catch::Matchers::Contains;

namespace {

constexpr const char* kDemoFramework =
    "framework,framework_name,version,id,parent,kind,title,unit,direction\n"
    "demo,Demo survey,1,bridges,,domain,Social bridges,,higher\n"
    "demo,,,friends,bridges,indicator,Friends from other backgrounds,score,higher\n"
    "demo,,,lonely,,indicator,Feels lonely,percent,lower\n";

struct IndicatorFixture : test::ProjectFixture {
    IndicatorFixture() {
        const std::string talk = "We met our neighbours at the Saturday football and they invited us for tea "
                                 "every week after that.\n";
        import("int-r1.txt", talk, "interview", "R1");
        import("int-r2.txt",
               "At the college I made friends from Eritrea, Poland and Wales, all in one class.\n",
               "interview", "R2");
        import("int-r3.txt", "I still do not know anyone outside my own family here, only my cousins.\n",
               "interview", "R3");
        import("sub.txt", "Our drop-in brings long-settled residents and newcomers together each Tuesday.\n",
               "submission");
        project->setConsent("R1", "quote");
        project->setConsent("R2", "anonymous");
        project->setConsent("R3", "none");
        for (const auto& [name, arrival, now] :
             std::vector<std::tuple<std::string, std::string, std::string>>{
                 {"R1", "2", "8"}, {"R2", "1", "4"}, {"R3", "3", ""}}) {
            project->setCaseAttribute(name, "friends_at_arrival", arrival, "integer");
            if (!now.empty()) project->setCaseAttribute(name, "friends_now", now, "integer");
        }
        project->setCaseAttribute("R1", "region", "Wales");
        project->addCode("Bridges");
        for (const char* source : {"int-r1", "int-r2", "int-r3", "sub"})
            code(source, 0, 40, "Bridges", "ana");
        project->loadFrameworks(write("demo.csv", kDemoFramework));
    }

    project::ValuesImportResult importValues(const std::string& csv, bool skip = false,
                                             const std::string& period = {}) {
        project::ValuesImportRequest request;
        request.path = write("values.csv", csv);
        request.skipBadRows = skip;
        request.period = period;
        return project->importValues(request);
    }
};

std::size_t column(const Table& t, const std::string& name) {
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        if (t.columns[i].name == name) return i;
    FAIL("no column " << name);
    return 0;
}

template <typename T> T cell(const Table& t, std::size_t row, const std::string& name) {
    REQUIRE(row < t.rows.size());
    const auto& c = t.rows[row][column(t, name)];
    REQUIRE(std::holds_alternative<T>(c));
    return std::get<T>(c);
}

bool empty(const Table& t, std::size_t row, const std::string& name) {
    return std::holds_alternative<std::monostate>(t.rows[row][column(t, name)]);
}

} // namespace

TEST_CASE_METHOD(IndicatorFixture,
                 "indicators: a framework CSV loads as a tree named KEY:ID, and loads again as no change") {
    const auto nodes = project->indicators("demo");
    REQUIRE(nodes.size() == 3);
    CHECK(nodes[0].ref == "demo:bridges");
    CHECK(nodes[1].ref == "demo:friends");
    CHECK(nodes[1].depth == 1);
    CHECK(nodes[1].row.unit == "score");
    const auto again = project->loadFrameworks(write("demo.csv", kDemoFramework));
    CHECK(again.added == 0);
    CHECK(again.unchanged == 3);
    const auto changed = project->loadFrameworks(write(
        "demo2.csv", "framework,id,title,unit,direction\ndemo,lonely,Feels lonely often,percent,lower\n"));
    CHECK(changed.updated == 1);
    CHECK(project->indicators("demo")[2].row.title == "Feels lonely often");
}

TEST_CASE(
    "indicators: the shipped frameworks load, with default links to shipped codebooks either way round") {
    test::ProjectFixture f;
    const auto codebook = f.project->loadCodebook("home-office-2019");
    CHECK(codebook.indicatorLinks == 0); // no framework yet
    const auto ho = f.project->loadFrameworks("home-office-2019");
    CHECK(ho.added == 18); // 4 groups, 14 domains
    CHECK(ho.links == 18); // each to the code of the same name
    const auto nwi = f.project->loadFrameworks("wales-nwi-2021");
    CHECK(nwi.added == 25); // 7 goals and 18 indicators
    CHECK(nwi.links == 10);
    const auto barriers = f.project->loadCodebook("barriers-enablers");
    CHECK(barriers.indicatorLinks == 15);
    CHECK(f.project->loadFrameworks("home-office-2019").links == 0); // already there
    const auto links = f.project->indicatorLinks();
    CHECK(links.size() == 43);
    const auto work = std::find_if(links.begin(), links.end(), [](const auto& l) {
        return l.indicator == "home-office-2019:Work" && l.code.ends_with("Markers and Means/Work");
    });
    REQUIRE(work != links.end());
    CHECK(work->shipped);
    CHECK_FALSE(work->rationale.empty());
    const auto frameworks = f.project->frameworks();
    REQUIRE(frameworks.size() == 2);
    CHECK(frameworks[1].version.find("2021") == 0);
    CHECK_THROWS_AS(f.project->loadFrameworks("no-such-framework"), NotFound);
}

TEST_CASE_METHOD(IndicatorFixture,
                 "indicators: names resolve by KEY:ID, id or title, and an ambiguous name says which") {
    project->loadFrameworks(write("other.csv", "framework,id,title\nother,friends,Friends\n"));
    CHECK_THROWS_WITH(project->linkIndicator("Bridges", "friends"), Contains("demo:friends, other:friends"));
    CHECK(project->linkIndicator("Bridges", "demo:friends").indicator == "demo:friends");
    CHECK(project->linkIndicator("Bridges", "feels LONELY").indicator == "demo:lonely"); // a title
    CHECK_THROWS_AS(project->linkIndicator("Bridges", "demo:nothing"), NotFound);
    CHECK_THROWS_AS(project->linkIndicator("No such code", "demo:friends"), NotFound);
    CHECK(project->unlinkIndicator("Bridges", "demo:lonely"));
    CHECK_FALSE(project->unlinkIndicator("Bridges", "demo:lonely"));
}

TEST_CASE_METHOD(IndicatorFixture, "values: a file with errors imports nothing, and reports every line") {
    const std::string csv = "indicator,scope,period,value,n\n"
                            "demo:friends,project,2020,3.1,40\n"
                            "demo:nothing,project,2020,1,\n"     // line 3: unknown indicator
                            "demo:friends,case:Nobody,2020,1,\n" // line 4: unknown case
                            "demo:friends,project,2021,many,\n"  // line 5: not a number
                            "friends,project,2020,3.2,\n"        // line 6: line 2 again, spelt differently
                            "demo:lonely,project,2021,12,\n";
    try {
        importValues(csv);
        FAIL("imported a file with errors");
    } catch (const InvalidInput& e) {
        const std::string message = e.what();
        CHECK_THAT(message, Contains("4 problems; nothing was imported"));
        CHECK_THAT(message, Contains("line 3: no indicator 'demo:nothing'"));
        CHECK_THAT(message, Contains("line 4: no case named 'Nobody'"));
        CHECK_THAT(message, Contains("line 5: the value 'many' is not a number"));
        CHECK_THAT(message, Contains("line 6: repeats line 2"));
    }
    CHECK(count("indicator_values") == 0);
    const auto skipped = importValues(csv, true);
    CHECK(skipped.added == 2);
    CHECK(skipped.skipped == 4);
    CHECK(skipped.problems.size() == 4);
    CHECK(count("indicator_values") == 2);
    const auto again = importValues("indicator,scope,period,value,n\ndemo:friends,project,2020,3.5,40\n");
    CHECK(again.updated == 1); // the same indicator, scope and period: replaced
    CHECK(project->indicatorValues({"demo:friends"})[0].row.value == 3.5);
}

TEST_CASE_METHOD(IndicatorFixture,
                 "values: survey scales from case attributes; text attributes are refused") {
    const auto arrival = project->valuesFromAttribute({"friends_at_arrival", "demo:friends", "arrival", {}});
    CHECK(arrival.added == 3);
    const auto now = project->valuesFromAttribute({"friends_now", "demo:friends", "now", {}});
    CHECK(now.added == 2); // R3 has no value now
    const auto values = project->indicatorValues({"demo:friends", {}, "case:R1", {}});
    REQUIRE(values.size() == 2);
    CHECK(values[0].row.period == "arrival"); // labels in the order first recorded
    CHECK(values[1].row.value == 8.0);
    CHECK(values[0].row.source == "case attribute friends_at_arrival");
    CHECK_THROWS_WITH(project->valuesFromAttribute({"region", "demo:friends", "now", {}}),
                      Contains("only integer and decimal"));
    CHECK(project->valuesFromAttribute({"friends_now", "demo:friends", "now", {}}).unchanged == 2);
}

TEST_CASE_METHOD(IndicatorFixture, "side by side: evidence from linked codes next to values, by hand") {
    project->linkIndicator("Bridges", "demo:bridges", "Friendships across backgrounds");
    project->valuesFromAttribute({"friends_at_arrival", "demo:friends", "arrival", {}});
    project->valuesFromAttribute({"friends_now", "demo:friends", "now", {}});
    importValues("indicator,scope,period,value,n\n"
                 "demo:friends,project,2021,3.6,40\n"
                 "demo:friends,project,2020,3.1,38\n");
    project::SideBySideRequest request;
    request.indicator = "demo:friends";
    const auto t = project->sideBySide(request);
    REQUIRE(t.rows.size() == 2); // the cases, the project
    // Evidence: the link on the domain counts for the indicator under it.
    CHECK(cell<std::string>(t, 0, "codes") == "Bridges");
    CHECK(cell<std::int64_t>(t, 0, "codings") == 4);
    CHECK(cell<std::int64_t>(t, 0, "sources") == 4);
    CHECK(cell<std::int64_t>(t, 0, "sources_total") == 4);
    CHECK(cell<std::int64_t>(t, 0, "cases") == 3);
    CHECK(cell<std::int64_t>(t, 0, "cases_total") == 3);
    // Cases: arrival mean (2 + 1 + 3) / 3 = 2, now (8 + 4) / 2 = 6; paired: R1 +6, R2 +3 → 4.5.
    CHECK(cell<std::string>(t, 0, "series") == "cases (mean)");
    CHECK(cell<std::string>(t, 0, "periods") == "arrival: 2 (n = 3); now: 6 (n = 2)");
    CHECK(cell<double>(t, 0, "change") == Approx(4.0));
    CHECK(cell<std::int64_t>(t, 0, "paired_n") == 2);
    CHECK(cell<double>(t, 0, "paired_change") == Approx(4.5));
    CHECK(cell<std::string>(t, 0, "trend") == "better");
    // The project series in time order, though imported the other way round.
    CHECK(cell<std::string>(t, 1, "periods") == "2020: 3.1 (n = 38); 2021: 3.6 (n = 40)");
    CHECK(cell<double>(t, 1, "change") == Approx(0.5));
    CHECK(empty(t, 1, "paired_n"));
    // Quotes: R3 has not consented; R1 may be quoted by name; R2 and the submission anonymously.
    std::vector<std::string> quotes;
    for (const char* name : {"quote_1", "quote_2", "quote_3"})
        if (!empty(t, 0, name)) quotes.push_back(cell<std::string>(t, 0, name));
    REQUIRE(quotes.size() == 3);
    const auto has = [&](const std::string& text) {
        return std::any_of(quotes.begin(), quotes.end(),
                           [&](const auto& q) { return q.find(text) != std::string::npos; });
    };
    CHECK(has("— R1, int-r1"));
    CHECK(has("— anonymous, interview"));
    CHECK(has("— anonymous, submission"));
    CHECK_FALSE(has("I still do not know"));
    CHECK_FALSE(has("R2"));
    CHECK(std::any_of(t.notes.begin(), t.notes.end(),
                      [](const auto& n) { return n.find("1 quotes were withheld") != std::string::npos; }));
}

TEST_CASE_METHOD(IndicatorFixture,
                 "side by side: without an indicator, every linked or valued one; lower is better") {
    project->setValue({"demo:lonely", "project", "2019", "", 20, 100, ""});
    project->setValue({"demo:lonely", "project", "2022", "", 15, 100, ""});
    const auto t = project->sideBySide({});
    REQUIRE(t.rows.size() == 1);
    CHECK(cell<std::string>(t, 0, "indicator") == "demo:lonely");
    CHECK(cell<std::string>(t, 0, "trend") == "better");
    CHECK(cell<std::int64_t>(t, 0, "codings") == 0);
    project::SideBySideRequest byKind;
    byKind.indicator = "demo:bridges"; // a domain: itself and the indicators under it
    byKind.scope.kind = "submission";
    project->linkIndicator("Bridges", "demo:bridges");
    const auto domain = project->sideBySide(byKind);
    REQUIRE(domain.rows.size() == 2);
    CHECK(cell<std::int64_t>(domain, 0, "sources") == 1);
    CHECK(cell<std::int64_t>(domain, 0, "sources_total") == 1);
}

TEST_CASE_METHOD(IndicatorFixture, "indicator series: one row per series and period, for a chart") {
    project->valuesFromAttribute({"friends_at_arrival", "demo:friends", "arrival", {}});
    project->valuesFromAttribute({"friends_now", "demo:friends", "now", {}});
    project->setValue({"demo:friends", "project", "2021", "", 3.6, 40, ""});
    project->setValue({"demo:friends", "project", "2020", "", 3.1, std::nullopt, ""});
    const auto t = project->indicatorSeries("demo:friends");
    REQUIRE(t.rows.size() == 4);
    CHECK(cell<std::string>(t, 0, "series") == "cases (mean)");
    CHECK(cell<std::string>(t, 0, "period") == "arrival");
    CHECK(cell<double>(t, 0, "value") == Approx(2.0));
    CHECK(cell<std::int64_t>(t, 0, "n") == 3);
    CHECK(cell<double>(t, 1, "value") == Approx(6.0));
    CHECK(cell<std::string>(t, 2, "series") == "project");
    CHECK(cell<std::string>(t, 2, "period") == "2020");
    CHECK(empty(t, 2, "n"));
    CHECK(cell<double>(t, 3, "value") == Approx(3.6));
    CHECK(project->indicatorSeries("demo:lonely").rows.empty());
    CHECK_THROWS_AS(project->indicatorSeries("demo:nothing"), NotFound);
}

TEST_CASE_METHOD(IndicatorFixture, "frameworks and values export and import back, long and wide") {
    project->valuesFromAttribute({"friends_at_arrival", "demo:friends", "arrival", {}});
    project->setValue({"demo:lonely", "group:Newport", "2019-20", "sex=female", 12.5, 80, "council survey"});
    project->exportFrameworks(write("f.csv", ""));
    project->exportValues((dir / "long.csv").string(), indicators::ValuesFormat::Long, {});
    project->exportValues((dir / "wide.csv").string(), indicators::ValuesFormat::Wide, {});
    for (const char* file : {"long.csv", "wide.csv"}) {
        INFO(file);
        test::ProjectFixture copy;
        for (const char* name : {"R1", "R2", "R3"})
            copy.project->addCase(name);
        CHECK(copy.project->loadFrameworks((dir / "f.csv").string()).added == 3);
        project::ValuesImportRequest request;
        request.path = (dir / file).string();
        CHECK(copy.project->importValues(request).added == 4);
        const auto values = copy.project->indicatorValues({"demo:lonely"});
        REQUIRE(values.size() == 1);
        CHECK(values[0].scope == "group:Newport");
        CHECK(values[0].row.breakdown == "sex=female");
        CHECK(values[0].row.periodStart == "2019-04-01");
        if (std::string(file) == "long.csv") {
            CHECK(values[0].row.n == 80);
            CHECK(values[0].row.source == "council survey");
        }
    }
}

TEST_CASE("indicators: versions coexist, and a later set's indicator continues an earlier one") {
    test::ProjectFixture f;
    f.project->loadFrameworks(
        f.write("2016.csv", "framework,version,id,title\nnwi-2016,2016,16,Earning the living wage\n"));
    const auto later = f.project->loadFrameworks(f.write(
        "2021.csv", "framework,version,id,title,continues,relation\n"
                    "nwi-2021,2021,16,\"Permanent contracts, real Living Wage\",nwi-2016:16,reworded\n"));
    CHECK(later.mappings == 1);
    const auto mappings = f.project->indicatorMappings();
    REQUIRE(mappings.size() == 1);
    CHECK(mappings[0].from == "nwi-2016:16");
    CHECK(mappings[0].to == "nwi-2021:16");
    CHECK(mappings[0].relation == "reworded");
    CHECK_THROWS_WITH(f.project->setValue({"16", "project", "2020", "", 1, {}, ""}),
                      Contains("more than one"));
    const auto missing =
        f.project->loadFrameworks(f.write("x.csv", "framework,id,title,continues\nx,1,One,nowhere:1\n"));
    REQUIRE(missing.notes.size() == 1);
    CHECK_THAT(missing.notes[0], Contains("not in the project"));
}

TEST_CASE_METHOD(IndicatorFixture,
                 "indicators: deleting a framework with values needs their number; undo brings it back") {
    project->valuesFromAttribute({"friends_at_arrival", "demo:friends", "arrival", {}});
    CHECK_THROWS_WITH(project->deleteFramework("demo", std::nullopt), Contains("--confirm 3"));
    CHECK(project->deleteFramework("demo", 3) == 3);
    CHECK(count("indicators") == 0);
    CHECK(count("indicator_values") == 0);
    project->undo();
    CHECK(count("indicators") == 3);
    CHECK(count("indicator_values") == 3);
    project->undo(); // the values
    CHECK(count("indicator_values") == 0);
    reopen();
    project->redo();
    CHECK(count("indicator_values") == 3);
}
