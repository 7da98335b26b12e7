// The three renderings of a table: aligned text, JSON rows keyed by column, RFC 4180 CSV.

#include "analysis/table_writers.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cairn::analysis;

namespace {

Table sample() {
    Table t;
    t.title = "Sample";
    t.addColumn("code", ColumnKind::Text);
    t.addColumn("cases", ColumnKind::Integer);
    t.addColumn("share", ColumnKind::Decimal);
    t.rows.push_back({std::string("Iaith, Cymraeg"), std::int64_t{12}, 37.5});
    t.rows.push_back({std::string("Say \"hi\"\nthen go"), std::int64_t{3}, Cell{}});
    t.notes.push_back("A note.");
    return t;
}

} // namespace

TEST_CASE("CSV quotes what RFC 4180 requires and ends lines with CRLF", "[analysis][table]") {
    CHECK(toCsv(sample()) == "code,cases,share\r\n"
                             "\"Iaith, Cymraeg\",12,37.5\r\n"
                             "\"Say \"\"hi\"\"\nthen go\",3,\r\n");
}

TEST_CASE("JSON is an array of objects keyed by column, with numbers and nulls", "[analysis][table]") {
    const auto rows = nlohmann::json::parse(toJson(sample()));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0]["code"] == "Iaith, Cymraeg");
    CHECK(rows[0]["cases"] == 12);
    CHECK(rows[0]["share"] == 37.5);
    CHECK(rows[1]["share"].is_null());
    CHECK(toJson(Table{}) == "[]\n");
}

TEST_CASE("text aligns columns by code points, numbers to the right", "[analysis][table]") {
    Table t;
    t.addColumn("name", ColumnKind::Text);
    t.addColumn("n", ColumnKind::Integer);
    t.rows.push_back({std::string("Siân"), std::int64_t{7}});
    t.rows.push_back({std::string("Jo"), std::int64_t{120}});
    t.notes.push_back("Two rows.");
    CHECK(toText(t) == "name    n\n"
                       "Siân    7\n"
                       "Jo    120\n"
                       "\n* Two rows.\n");
    const auto text = toText(sample());
    CHECK(text.rfind("Sample\n\n", 0) == 0);
    CHECK(text.find("Say \"hi\" then go") != std::string::npos); // one line per row
    CHECK(text.find("37.5") != std::string::npos);
}

TEST_CASE("decimal cells are empty when the value is not a number", "[analysis][table]") {
    CHECK(std::holds_alternative<std::monostate>(decimal(std::nan(""))));
    CHECK(std::holds_alternative<std::monostate>(decimal(1.0 / 0.0)));
    CHECK(std::get<double>(decimal(2.5)) == 2.5);
}
