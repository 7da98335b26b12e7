#include "common/error.h"
#include "import/survey_table.h"

#include <catch2/catch.hpp>

using cairn::InvalidInput;
using cairn::import::canonicalValue;
using cairn::import::CsvTable;
using cairn::import::inferColumns;
using cairn::import::parseCsv;
using cairn::import::parseValueType;
using cairn::import::ValueType;
using cairn::import::valueTypeName;
using Catch::Matchers::Contains;

namespace {

ValueType typeOf(const std::vector<std::string>& values, char separator = ',') {
    CsvTable table;
    table.header = {"column"};
    table.separator = separator;
    for (const auto& v : values)
        table.rows.push_back({v});
    return inferColumns(table).at(0).type;
}

} // namespace

TEST_CASE("survey column types are inferred from every non-missing value", "[import][survey]") {
    struct Row {
        std::vector<std::string> values;
        ValueType type;
        char separator = ',';
    };
    const std::vector<Row> rows{
        {{"34", "-2", "+7", "", "0"}, ValueType::Integer},
        {{"1", "0", "1", ""}, ValueType::Integer}, // 0/1 only is a number, not yes/no
        {{"9223372036854775807"}, ValueType::Integer},
        {{"92233720368547758070"}, ValueType::Decimal}, // beyond 64 bits: still a number
        {{"007", "12"}, ValueType::Text},               // leading zero: an identifier
        {{"1,000", "2"}, ValueType::Text},              // no thousands separators
        {{"3.5", "4", "-0.25"}, ValueType::Decimal},
        {{"3,5", "4"}, ValueType::Text}, // ',' decimals only in ';' files
        {{"3,5", "4", "0,75"}, ValueType::Decimal, ';'},
        {{"3.5", "4,5"}, ValueType::Text, ';'}, // one decimal mark per column
        {{"Yes", "no", "Y", "n", "TRUE", "false", "1"}, ValueType::Boolean},
        {{"yes", "maybe"}, ValueType::Text},
        {{"2024-03-01", "1999-12-31", ""}, ValueType::Date},
        {{"01/03/2024", "1/12/1999", "29/02/2024"}, ValueType::Date},
        {{"2024-03-01", "01/03/2024"}, ValueType::Text}, // styles mixed
        {{"12/31/2024"}, ValueType::Text},               // month-first is not guessed
        {{"29/02/2023"}, ValueType::Text},               // not a leap year
        {{"2024-13-01"}, ValueType::Text},
        {{"", " ", ""}, ValueType::Text}, // nothing to vote
        {{"Cardiff", "Swansea"}, ValueType::Text},
    };
    for (const auto& [values, type, separator] : rows) {
        INFO(Catch::Detail::stringify(values));
        CHECK(valueTypeName(typeOf(values, separator)) == valueTypeName(type));
    }
}

TEST_CASE("survey columns count missing and distinct values and spot open answers", "[import][survey]") {
    const auto table =
        parseCsv("id;town;age;arrived;helped;story;name\n"
                 "1;Cardiff;34;2016-05-01;yes;We came by bus from Calais and then a long walk north;Amira K\n"
                 "2;Cardiff;;2017-01-20;no;My cousin met us at the station;Farid H\n"
                 "3;Wrexham;51;;Y;;Kasia W\n"
                 "4; Wrexham ;29;2019-09-09;n;It was cold and nobody spoke Polish;Reza M\n");
    const auto columns = inferColumns(table);
    REQUIRE(columns.size() == 7);
    struct Expect {
        std::string name;
        ValueType type;
        std::int64_t missing, distinct;
        bool open;
    };
    const std::vector<Expect> expected{
        {"id", ValueType::Integer, 0, 4, false},     {"town", ValueType::Text, 0, 2, false},
        {"age", ValueType::Integer, 1, 3, false},    {"arrived", ValueType::Date, 1, 3, false},
        {"helped", ValueType::Boolean, 0, 4, false}, {"story", ValueType::Text, 1, 3, true},
        {"name", ValueType::Text, 0, 4, false}, // two-word values are names, not answers
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(expected[i].name);
        CHECK(columns[i].name == expected[i].name);
        CHECK(valueTypeName(columns[i].type) == valueTypeName(expected[i].type));
        CHECK(columns[i].missing == expected[i].missing);
        CHECK(columns[i].distinct == expected[i].distinct);
        CHECK(columns[i].looksLikeOpenAnswer == expected[i].open);
    }
}

TEST_CASE("long text answers are open answers by length alone", "[import][survey]") {
    const std::string longAnswer(45, 'x');
    CsvTable table;
    table.header = {"why"};
    table.rows = {{longAnswer}, {longAnswer}};
    CHECK(inferColumns(table)[0].looksLikeOpenAnswer);
    table.rows = {{"short"}, {"short"}};
    CHECK_FALSE(inferColumns(table)[0].looksLikeOpenAnswer);
}

TEST_CASE("canonical values are the stored form of each type", "[import][survey]") {
    struct Row {
        ValueType type;
        std::string raw, stored;
    };
    const std::vector<Row> rows{
        {ValueType::Integer, "+42", "42"},
        {ValueType::Integer, " -7 ", "-7"},
        {ValueType::Integer, "007", "7"},
        {ValueType::Integer, "-0", "0"},
        {ValueType::Integer, "", ""},
        {ValueType::Decimal, "3,25", "3.25"},
        {ValueType::Decimal, "+0.5", "0.5"},
        {ValueType::Decimal, "12", "12"},
        {ValueType::Decimal, "-0.0", "0.0"},
        {ValueType::Boolean, "Yes", "true"},
        {ValueType::Boolean, "N", "false"},
        {ValueType::Boolean, "0", "false"},
        {ValueType::Date, "1/3/2024", "2024-03-01"},
        {ValueType::Date, "2024-03-01", "2024-03-01"},
        {ValueType::Text, " as written ", " as written "},
        {ValueType::Date, "  ", ""},
    };
    for (const auto& [type, raw, stored] : rows) {
        INFO(raw);
        CHECK(canonicalValue(type, raw) == stored);
    }
}

TEST_CASE("values that do not fit an overridden type are refused, naming both", "[import][survey]") {
    const std::vector<std::pair<ValueType, std::string>> rows{
        {ValueType::Integer, "3.5"},     {ValueType::Integer, "99999999999999999999"},
        {ValueType::Integer, "1e3"},     {ValueType::Decimal, "1.2.3"},
        {ValueType::Decimal, "1,2.3"},   {ValueType::Decimal, ".5"},
        {ValueType::Boolean, "maybe"},   {ValueType::Date, "31/02/2024"},
        {ValueType::Date, "2024/03/01"},
    };
    for (const auto& [type, raw] : rows) {
        INFO(raw);
        CHECK_THROWS_AS(canonicalValue(type, raw), InvalidInput);
        CHECK_THROWS_WITH(canonicalValue(type, raw),
                          Contains("\"" + raw + "\" is not a") && Contains(std::string(valueTypeName(type))));
    }
}

TEST_CASE("value type names are a stable CLI contract", "[import][survey]") {
    for (const auto& [name, type] :
         std::vector<std::pair<std::string, ValueType>>{{"text", ValueType::Text},
                                                        {"integer", ValueType::Integer},
                                                        {"decimal", ValueType::Decimal},
                                                        {"boolean", ValueType::Boolean},
                                                        {"date", ValueType::Date}}) {
        CHECK(valueTypeName(type) == name);
        CHECK(parseValueType(name) == type);
    }
    CHECK(parseValueType("Integer") == ValueType::Integer);
    CHECK_THROWS_WITH(parseValueType("number"), Contains("unknown value type \"number\""));
}
