#include "common/error.h"
#include "indicators/values_csv.h"

#include <catch2/catch.hpp>

using namespace cairn;
using namespace cairn::indicators;
using Catch::Matchers::Contains;

TEST_CASE("values CSV, long: one value per row with scope, period, breakdown, n and source") {
    const auto file = parseValuesCsv("indicator,scope,period,breakdown,value,n,source\n"
                                     "wales-nwi-2021:16,project,2021-22,,62.5,1200,StatsWales\n"
                                     "friends,case:R01,arrival,,2,,survey\n"
                                     "friends,group:refugees,now,sex=female,\"7,5\",28,\n");
    CHECK(file.format == ValuesFormat::Long);
    CHECK(file.problems.size() == 1); // "7,5" in a comma file is refused
    CHECK(file.problems[0].line == 4);
    REQUIRE(file.records.size() == 2);
    CHECK(file.records[0].indicator == "wales-nwi-2021:16");
    CHECK(file.records[0].period.start == "2021-04-01");
    CHECK(file.records[0].value == 62.5);
    CHECK(file.records[0].n == 1200);
    CHECK(file.records[0].source == "StatsWales");
    CHECK(file.records[1].scope.kind == ScopeKind::Case);
    CHECK(file.records[1].scope.name == "R01");
    CHECK(file.records[1].line == 3);
}

TEST_CASE("values CSV, long: bad numbers, counts, periods and scopes, and repeated rows, by line") {
    const auto file = parseValuesCsv("indicator;scope;period;value;n\n"
                                     "a;project;2020;3,5;\n"     // line 2: a decimal comma in a ';' file
                                     "a;project;2021;lots;\n"    // line 3
                                     "a;project;2022;4;-2\n"     // line 4
                                     "a;project;2021-02-30;4;\n" // line 5
                                     "a;site:x;2023;4;\n"        // line 6
                                     "a;project;2020;9;\n"       // line 7 repeats line 2
                                     ";project;2024;1;\n"        // line 8
                                     "a;project;2025;;\n");      // line 9
    REQUIRE(file.records.size() == 1);
    CHECK(file.records[0].value == 3.5);
    std::vector<std::int64_t> lines;
    for (const auto& p : file.problems)
        lines.push_back(p.line);
    CHECK(lines == std::vector<std::int64_t>{3, 4, 5, 6, 7, 8, 9});
    CHECK_THAT(file.problems[0].message, Contains("'lots' is not a number"));
    CHECK_THAT(file.problems[4].message, Contains("repeats line 2"));
    CHECK_THAT(file.problems[6].message, Contains("the value is empty"));
}

TEST_CASE("values CSV, wide with periods as columns, as official statistics are published") {
    const auto file = parseValuesCsv("indicator,scope,2019-20,2020-21,2021-22\n"
                                     "16,project,60.1,,62.5\n"
                                     "21,group:Newport,71,72,73\n");
    CHECK(file.format == ValuesFormat::Wide);
    CHECK(file.problems.empty());
    REQUIRE(file.records.size() == 5); // the empty cell is a missing value
    CHECK(file.records[1].period.text == "2021-22");
    CHECK(file.records[1].value == 62.5);
    CHECK(file.records[4].scope.name == "Newport");
}

TEST_CASE("values CSV, wide with indicators as columns, as survey tables are kept") {
    const auto file = parseValuesCsv("case,friends,english_confidence\n"
                                     "R01,2,3\n"
                                     "R02,,4\n",
                                     {ValuesFormat::Auto, "arrival"});
    CHECK(file.format == ValuesFormat::Wide);
    REQUIRE(file.records.size() == 3);
    CHECK(file.records[0].scope.kind == ScopeKind::Case); // a "case" column holds bare names
    CHECK(file.records[0].scope.name == "R01");
    CHECK(file.records[0].indicator == "friends");
    CHECK(file.records[0].period.text == "arrival");
    CHECK(file.records[2].indicator == "english_confidence");
    CHECK_THROWS_WITH(parseValuesCsv("case,friends\nR01,2\n"), Contains("--period"));
}

TEST_CASE("values CSV: a file without the needed columns is refused as a whole") {
    CHECK_THROWS_WITH(parseValuesCsv("indicator,value\na,1\n"), Contains("period column"));
    CHECK_THROWS_WITH(parseValuesCsv("indicator,value\n", {ValuesFormat::Long, ""}), Contains("period"));
    CHECK_THROWS_AS(parseValuesCsv(""), InvalidInput);
}

TEST_CASE("values CSV: the long and wide writers read back") {
    const std::vector<ValueLine> values{{"f", "16", "project", "2019", "", 60.1, 1200, "a, b"},
                                        {"f", "16", "project", "2020", "", 61.25, std::nullopt, ""},
                                        {"f", "21", "case:R01", "2020", "sex=female", 3, std::nullopt, ""}};
    const auto longForm = parseValuesCsv(writeValuesLong(values));
    REQUIRE(longForm.records.size() == 3);
    CHECK(longForm.problems.empty());
    CHECK(longForm.records[0].source == "a, b");
    CHECK(longForm.records[0].n == 1200);
    CHECK(longForm.records[1].value == 61.25);
    const auto wide = parseValuesCsv(writeValuesWide(values, {"2019", "2020"}));
    CHECK(wide.format == ValuesFormat::Wide);
    CHECK(wide.problems.empty());
    REQUIRE(wide.records.size() == 3);
    CHECK(wide.records[2].breakdown == "sex=female");
    CHECK(wide.records[2].scope.name == "R01");
}
