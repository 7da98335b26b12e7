#include "common/error.h"
#include "indicators/value_fields.h"

#include <catch2/catch.hpp>

using namespace cairn;
using namespace cairn::indicators;

TEST_CASE("periods: years, months, days, financial years and ranges get their first and last days") {
    CHECK(parsePeriod("2021").start == "2021-01-01");
    CHECK(parsePeriod("2021").end == "2021-12-31");
    CHECK(parsePeriod(" 2024-02 ").end == "2024-02-29"); // a leap year, trimmed
    CHECK(parsePeriod("2023-02").end == "2023-02-28");
    CHECK(parsePeriod("2021-03-04").start == "2021-03-04");
    const auto financial = parsePeriod("2019-20");
    CHECK(financial.start == "2019-04-01");
    CHECK(financial.end == "2020-03-31");
    CHECK(parsePeriod("2019/20").start == "2019-04-01");
    CHECK(parsePeriod("1999-00").end == "2000-03-31");
    const auto range = parsePeriod("2019-04-01/2020-03-31");
    CHECK(range.start == "2019-04-01");
    CHECK(range.end == "2020-03-31");
    CHECK(parsePeriod("2016/2021").end == "2021-12-31");
    CHECK(parsePeriod("2016/2021").text == "2016/2021");
}

TEST_CASE("periods: anything else is a label, kept as written, with no dates") {
    for (const char* label : {"arrival", "now", "wave 2", "before/after the move"}) {
        const auto p = parsePeriod(label);
        CHECK(p.text == label);
        CHECK(p.start.empty());
        CHECK(p.end.empty());
    }
}

TEST_CASE("periods: impossible dates, backwards ranges and empty periods are refused") {
    CHECK_THROWS_AS(parsePeriod(""), InvalidInput);
    CHECK_THROWS_AS(parsePeriod("   "), InvalidInput);
    CHECK_THROWS_AS(parsePeriod("2021-02-30"), InvalidInput);
    CHECK_THROWS_AS(parsePeriod("2021-13"), InvalidInput);
    CHECK_THROWS_AS(parsePeriod("2021/2019"), InvalidInput);
    CHECK_THROWS_AS(parsePeriod("2019/21"), InvalidInput); // not the next year
    CHECK_THROWS_AS(parsePeriod(std::string(65, 'a')), InvalidInput);
    CHECK_THROWS_AS(parsePeriod("wave\t2"), InvalidInput);
}

TEST_CASE("scopes: project, case:NAME and group:LABEL, case-insensitive prefixes") {
    CHECK(parseScope("").kind == ScopeKind::Project);
    CHECK(parseScope("Project").kind == ScopeKind::Project);
    const auto c = parseScope("Case: Participant 7");
    CHECK(c.kind == ScopeKind::Case);
    CHECK(c.name == "Participant 7");
    const auto g = parseScope("group:refugees in Newport");
    CHECK(g.kind == ScopeKind::Group);
    CHECK(scopeText(g) == "group:refugees in Newport");
    CHECK(scopeText(c) == "case:Participant 7");
    CHECK_THROWS_AS(parseScope("site:Cardiff"), InvalidInput);
    CHECK_THROWS_AS(parseScope("case:"), InvalidInput);
    CHECK_THROWS_AS(parseScope("Cardiff"), InvalidInput);
}

TEST_CASE("numbers: as spreadsheets write them, and never a silent misreading") {
    CHECK(parseNumber("3.2") == 3.2);
    CHECK(parseNumber(" -1 ") == -1.0);
    CHECK(parseNumber("+4") == 4.0);
    CHECK(parseNumber("45%") == 45.0);
    CHECK(parseNumber("1,234") == 1234.0);
    CHECK(parseNumber("1,234,567.5") == 1234567.5);
    CHECK(parseNumber("1 234") == 1234.0);
    CHECK(parseNumber("3,2", ';') == 3.2);       // a decimal comma in a semicolon file
    CHECK_FALSE(parseNumber("3,2").has_value()); // in a comma file: refused, not read as 32
    CHECK_FALSE(parseNumber("12,34").has_value());
    CHECK_FALSE(parseNumber("n/a").has_value());
    CHECK_FALSE(parseNumber("").has_value());
    CHECK_FALSE(parseNumber("inf").has_value());
    CHECK_FALSE(parseNumber("nan").has_value());
    CHECK_FALSE(parseNumber("3.2.1").has_value());
    CHECK(parseCount("28") == 28);
    CHECK_FALSE(parseCount("-1").has_value());
    CHECK_FALSE(parseCount("2.5").has_value());
    CHECK(formatNumber(3.2) == "3.2");
    CHECK(formatNumber(0.1 + 0.2) == "0.30000000000000004");
    CHECK(formatNumber(7) == "7");
}
