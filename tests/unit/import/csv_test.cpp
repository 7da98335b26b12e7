#include "common/error.h"
#include "import/csv.h"

#include <catch2/catch.hpp>

using cairn::InvalidInput;
using cairn::import::parseCsv;
using Catch::Matchers::Contains;
using Rows = std::vector<std::vector<std::string>>;

TEST_CASE("CSV quoted fields hold separators, doubled quotes and line breaks", "[import][csv]") {
    const auto table = parseCsv("id,answer,age\r\n"
                                "1,\"We came, in the end, by bus\",34\r\n"
                                "2,\"She said \"\"no\"\"\",\r\n"
                                "3,\"first line\r\nsecond line\nthird\",51\r\n"
                                "4,\"\",7\r\n");
    CHECK(table.separator == ',');
    CHECK(table.header == std::vector<std::string>{"id", "answer", "age"});
    CHECK(table.rows == Rows{{"1", "We came, in the end, by bus", "34"},
                             {"2", "She said \"no\"", ""},
                             {"3", "first line\nsecond line\nthird", "51"},
                             {"4", "", "7"}});
    CHECK(table.rowLines == std::vector<std::int64_t>{2, 3, 4, 7});
}

TEST_CASE("CSV separators are detected from consistent column counts", "[import][csv]") {
    struct Row {
        std::string csv;
        char separator;
        std::size_t columns;
    };
    const std::vector<Row> rows{
        {"a,b,c\n1,2,3\n", ',', 3},
        {"name;score;comment\nAmira;3,5;\"good, really\"\nFarid;4,0;ok\n", ';', 3}, // European Excel
        {"q1\tq2\n\"x, y\"\tz\n", '\t', 2},
        {"one column\nvalue, with comma\n", ';', 1}, // splits consistently only on ;
        {"a,b;c\n1,2;3\n4,5;6\n", ',', 2}, // both consistent: ',' and ';' split in two; the first wins
        {"a;b;c\n1;2\n", ';', 3},          // ragged early: the separator that splits the header most
    };
    for (const auto& [csv, separator, columns] : rows) {
        INFO(csv);
        try {
            const auto table = parseCsv(csv);
            CHECK(table.separator == separator);
            CHECK(table.header.size() == columns);
        } catch (const InvalidInput& e) {
            CHECK_THAT(e.what(), Contains("line 2")); // the ragged case reports its row with ';'
            CHECK_THAT(e.what(), Contains("has 2 fields, but the header has 3"));
        }
    }
    CHECK(parseCsv("a;b\n1;2\n", ',').header == std::vector<std::string>{"a;b"});
}

TEST_CASE("CSV BOM, old Mac line ends, blank lines and header spaces are handled", "[import][csv]") {
    const auto table =
        parseCsv("\xEF\xBB\xBF Name , Town\r\rAmira,Cardiff\r\n\nFarid,Wrexham\rKasia,\"\"\n\n");
    CHECK(table.header == std::vector<std::string>{"Name", "Town"});
    CHECK(table.rows == Rows{{"Amira", "Cardiff"}, {"Farid", "Wrexham"}, {"Kasia", ""}});
    CHECK(table.rowLines == std::vector<std::int64_t>{3, 5, 6});
}

TEST_CASE("CSV is lenient with stray quotes where the meaning is plain", "[import][csv]") {
    const auto table = parseCsv("a,b\n5'11\" tall,\"quoted\" then text\n");
    CHECK(table.rows == Rows{{"5'11\" tall", "quoted then text"}});
}

TEST_CASE("CSV Arabic and emoji cells pass through unchanged", "[import][csv][unicode]") {
    const std::string arabic = "\xD8\xB4\xD9\x83\xD8\xB1\xD8\xA7\xD9\x8B";
    const auto table = parseCsv("word,emoji\n" + arabic + ",\xF0\x9F\x91\x8D\n");
    CHECK(table.rows == Rows{{arabic, "\xF0\x9F\x91\x8D"}});
}

TEST_CASE("CSV errors name the line and what was expected", "[import][csv][corrupt]") {
    const std::vector<std::pair<std::string, std::string>> rows{
        {"", "the CSV file is empty"},
        {"\xEF\xBB\xBF\n\n", "the CSV file is empty"},
        {"a,b,c\n1,2,3\n4,5\n", "line 3 of the CSV file has 2 fields, but the header has 3"},
        {"a,b\n\"multi\nline\",2\n3,4,5\n", "line 4 of the CSV file has 3 fields, but the header has 2"},
        {"a,b\n1,2\n3,\"never closed\n4,5\n", "the quote opens on line 3"},
        {"\"a,b\n", "the quote opens on line 1"},
        {"name,,age,\n", "no name for column 2, 4"},
        {"age,name,age,town,name\n", "repeats column names: \"age\" (columns 1, 3), \"name\" (columns 2, 5)"},
    };
    for (const auto& [csv, message] : rows) {
        INFO(csv);
        CHECK_THROWS_AS(parseCsv(csv, ','), InvalidInput);
        CHECK_THROWS_WITH(parseCsv(csv, ','), Contains(message));
    }
}

TEST_CASE("CSV ragged-row error carries the byte offset of the row", "[import][csv][corrupt]") {
    try {
        parseCsv("a,b\n1,2\n3\n", ',');
        FAIL("no error");
    } catch (const InvalidInput& e) {
        CHECK(e.byteOffset() == 8);
    }
}
