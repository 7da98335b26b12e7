#include "common/error.h"
#include "indicators/framework_csv.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

using namespace cairn;
using namespace cairn::indicators;
using Catch::Matchers::Contains;

namespace {

std::string errorOf(std::string_view csv) {
    try {
        parseFrameworkCsv(csv);
    } catch (const InvalidInput& e) {
        return e.what();
    }
    return {};
}

} // namespace

TEST_CASE("framework CSV: nodes come out parents first, with the framework's fields from any row") {
    const auto frameworks = parseFrameworkCsv("framework,id,parent,kind,title,unit,direction,version\n"
                                              "nwi,16,goal-p,,Job quality,%,higher is better,\n"
                                              "nwi,goal-p,,goal,A prosperous Wales,,,2021\n"
                                              "ioi,Work,,Domain,Work,,higher,2019\n");
    REQUIRE(frameworks.size() == 2);
    const auto& nwi = frameworks[0];
    CHECK(nwi.key == "nwi");
    CHECK(nwi.name == "nwi"); // no framework_name: the key
    CHECK(nwi.version == "2021");
    REQUIRE(nwi.indicators.size() == 2);
    CHECK(nwi.indicators[0].ident == "goal-p");
    CHECK(nwi.indicators[0].kind == "group"); // "goal" is a group
    CHECK(nwi.indicators[1].ident == "16");
    CHECK(nwi.indicators[1].unit == "percent");
    CHECK(nwi.indicators[1].direction == "higher");
    CHECK(nwi.indicators[1].kind == "indicator");
    CHECK(nwi.indicators[1].line == 2);
    CHECK(frameworks[1].indicators[0].kind == "domain");
}

TEST_CASE("framework CSV: every problem is reported with its line, and nothing is returned") {
    const auto message = errorOf("framework,id,parent,kind,title,unit,direction,relation,continues\n"
                                 "f,1,,,One,,,,\n"
                                 "f,1,,,Again,,,,\n"        // line 3: repeated id
                                 "f,2,9,,Two,,,,\n"         // line 4: unknown parent
                                 "f,3,,sub,Three,,,,\n"     // line 5: bad kind
                                 "f,4,,,Four,dollars,,,\n"  // line 6: bad unit
                                 "f,5,,,Five,,up-ish,,\n"   // line 7: bad direction
                                 "f,6,,,,,,,\n"             // line 8: no title
                                 "f,7,,,Seven,,,renamed,\n" // line 9: bad relation and nothing continued
                                 "f,8,,,Eight,,,,nokey\n"   // line 10: continues without KEY:
                                 ",9,,,Nine,,,,\n");        // line 11: no framework
    CHECK_THAT(message, Contains("nothing was imported"));
    CHECK_THAT(message, Contains("line 3: the id '1' is already on line 2"));
    CHECK_THAT(message, Contains("line 4: the parent '9' of '2' is not in framework f"));
    CHECK_THAT(message, Contains("line 5: the kind 'sub'"));
    CHECK_THAT(message, Contains("line 6: the unit 'dollars'"));
    CHECK_THAT(message, Contains("line 7: the direction 'up-ish'"));
    CHECK_THAT(message, Contains("line 8: '6' has no title"));
    CHECK_THAT(message, Contains("line 9: the relation 'renamed'"));
    CHECK_THAT(message, Contains("line 10: continues takes KEY:ID"));
    CHECK_THAT(message, Contains("line 11: the framework key is empty"));
}

TEST_CASE("framework CSV: loops in parents, disagreeing framework fields and missing columns are refused") {
    CHECK_THAT(errorOf("framework,id,parent,title\nf,a,b,A\nf,b,a,B\n"), Contains("parents make a loop"));
    CHECK_THAT(errorOf("framework,id,parent,title\nf,a,a,A\n"), Contains("its own parent"));
    CHECK_THAT(errorOf("framework,id,title,version\nf,a,A,2016\nf,b,B,2021\n"),
               Contains("line 3: version is '2021', but line 2 gave '2016'"));
    CHECK_THAT(errorOf("framework,title\nf,A\n"), Contains("no id column"));
    CHECK_THAT(errorOf("id,title\na,A\n"), Contains("no framework column"));
}

TEST_CASE("framework CSV: what is written reads back the same") {
    FrameworkDefinition f{"wales-nwi-2021",
                          "National Well-being Indicators",
                          "Welsh Government",
                          "2021",
                          "https://example.org/nwi",
                          "With \"quotes\", commas\nand a line break",
                          {}};
    IndicatorDefinition goal;
    goal.ident = "A prosperous Wales";
    goal.kind = "group";
    goal.title = goal.ident;
    IndicatorDefinition job;
    job.ident = "16";
    job.parent = goal.ident;
    job.title = "In employment, earning at least the real Living Wage";
    job.unit = "percent";
    job.direction = "higher";
    job.breakdowns = "age group, sex";
    job.continues = "wales-nwi-2016:16";
    job.relation = "reworded";
    f.indicators = {goal, job};
    const auto back = parseFrameworkCsv(writeFrameworkCsv({f}));
    REQUIRE(back.size() == 1);
    CHECK(back[0].description == f.description);
    CHECK(back[0].url == f.url);
    REQUIRE(back[0].indicators.size() == 2);
    CHECK(back[0].indicators[1].title == job.title);
    CHECK(back[0].indicators[1].parent == goal.ident);
    CHECK(back[0].indicators[1].breakdowns == job.breakdowns);
    CHECK(back[0].indicators[1].continues == job.continues);
    CHECK(back[0].indicators[1].relation == "reworded");
}

TEST_CASE("framework CSV: the shipped frameworks parse") {
    for (const char* name : {"home-office-2019", "wales-nwi-2021"}) {
        INFO(name);
        std::ifstream in(std::string(CAIRN_SOURCE_DIR) + "/codebooks/indicator-frameworks/" + name + ".csv");
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto frameworks = parseFrameworkCsv(text);
        REQUIRE(frameworks.size() == 1);
        CHECK(frameworks[0].key == name);
        CHECK_FALSE(frameworks[0].url.empty());
        for (const auto& node : frameworks[0].indicators)
            CHECK_FALSE(node.source.empty()); // every node names where it comes from
    }
}
