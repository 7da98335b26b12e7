#include "search/query_parser.h"

#include <catch2/catch.hpp>

using namespace cairn;
using namespace cairn::search;

TEST_CASE("every construct of the query language parses to its tree", "[search][parser]") {
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"volunteer", R"("volunteer")"},
        {"Nghaerdydd", R"("Nghaerdydd")"},
        {R"("waiting lists")", R"("waiting lists")"},
        {R"("waiting list"*)", R"("waiting list"*)"},
        {"integr*", R"("integr"*)"},
        {"NEAR(visa housing, 5)", R"((NEAR/5 "visa" "housing"))"},
        {"NEAR(visa \"council house\")", R"((NEAR/10 "visa" "council house"))"},
        {"visa NEAR/3 housing", R"((NEAR/3 "visa" "housing"))"},
        {"a NEAR/2 b NEAR/2 c*", R"((NEAR/2 "a" "b" "c"*))"},
        {"a AND b", R"((AND "a" "b"))"},
        {"a b c", R"((AND "a" "b" "c"))"},
        {"a OR b", R"((OR "a" "b"))"},
        {"a b OR c", R"((OR (AND "a" "b") "c"))"},
        {"a (b OR c)", R"((AND "a" (OR "b" "c")))"},
        {"NOT a", R"((NOT "a"))"},
        {"a -b", R"((AND "a" (NOT "b")))"},
        {"a NOT b", R"((AND "a" (NOT "b")))"},
        {"-(a OR b) c", R"((AND (NOT (OR "a" "b")) "c"))"},
        {"a - b", R"((AND "a" "-" "b"))"},
        {"e-mail", R"("e-mail")"},
        {"and or not near", R"((AND "and" "or" "not" "near"))"},
        {R"("OR")", R"("OR")"},
        {"10:30 re:visa", R"((AND "10:30" "re:visa"))"},
        {"kind:interview", R"(kind:"interview")"},
        {"KIND:interview", R"(kind:"interview")"},
        {R"(case:"Participant 7")", R"(case:"Participant 7")"},
        {"speaker:Amira", R"(speaker:"Amira")"},
        {"lang:cy Cymraeg", R"((AND lang:"cy" "Cymraeg"))"},
        {"source:int01", R"(source:"int01")"},
        {"attr:status=refused", R"(attr:"status"="refused")"},
        {"attr:arrival_year>=2020", R"(attr:"arrival_year">="2020")"},
        {"attr:age<30 attr:age>18", R"((AND attr:"age"<"30" attr:"age">"18"))"},
        {"attr:x<=1 attr:y!=2", R"((AND attr:"x"<="1" attr:"y"!="2"))"},
        {R"(attr:"home town"="Cardiff Bay")", R"(attr:"home town"="Cardiff Bay")"},
        {"code:Barriers/Language", R"(code:"Barriers/Language")"},
        {"-lang:cy housing", R"((AND (NOT lang:"cy") "housing"))"},
        {"Caerdydd, 1,000", R"((AND "Caerdydd," "1,000"))"}, // the analyser drops the comma, keeps 1,000
        {"((a))", R"("a")"},
        {"الانكليزيه OR مسجد", R"((OR "الانكليزيه" "مسجد"))"},
    };
    for (const auto& [query, tree] : rows) {
        INFO(query);
        CHECK(describe(parseQuery(query)) == tree);
    }
}

TEST_CASE("every node records the character where it starts", "[search][parser]") {
    const auto root = parseQuery("Cymraeg 😀 -\"yn y\" kind:interview");
    REQUIRE(root.kind == NodeKind::And);
    REQUIRE(root.children.size() == 4);
    CHECK(root.children[0].position == 0);
    CHECK(root.children[1].position == 8); // the emoji is one character
    CHECK(root.children[2].position == 10);
    CHECK(root.children[2].children[0].position == 11);
    CHECK(root.children[3].position == 18);
    CHECK(root.children[3].filter.valuePosition == 23);
}

TEST_CASE("every malformed query names the character where it goes wrong", "[search][parser][bad-input]") {
    struct Row {
        std::string query;
        std::int64_t position;
        std::string says;
    };
    const std::vector<Row> rows = {
        {"", 0, "the query is empty"},
        {"   ", 3, "the query is empty"},
        {"Cymraeg \"waiting", 8, "unclosed quote at character 8"},
        {"(a OR b", 0, "( at character 0 is never closed"},
        {"a (", 2, "( at character 2 is never closed"},
        {"a )", 2, "unexpected ) at character 2"},
        {"()", 0, "empty parentheses at character 0"},
        {"a AND", 2, "AND at character 2 needs something to search for after it"},
        {"AND a", 0, "AND at character 0 needs something to search for before it"},
        {"a OR", 2, "OR at character 2 needs something to search for after it"},
        {"OR a", 0, "OR at character 0 needs something to search for before it"},
        {"a OR OR b", 2, "OR at character 2 needs something to search for after it"},
        {"NOT", 0, "NOT at character 0 needs something to search for after it"},
        {"a NOT", 2, "NOT at character 2 needs something to search for after it"},
        {"*", 0, "* at character 0 needs letters before it"},
        {"a**", 0, "* at character 0 needs letters before it"},
        {"NEAR/ a", 0, "NEAR/ at character 0 needs a distance"},
        {"a NEAR/x b", 2, "NEAR/ at character 2 needs a distance"},
        {"a NEAR/9999999 b", 2, "too large"},
        {"NEAR/3 a", 0, "NEAR/3 at character 0 needs something to search for before it"},
        {"a NEAR/3", 2, "NEAR/3 at character 2 needs a word or \"phrase\" after it"},
        {"(a) NEAR/3 b", 4, "NEAR/3 at character 4 joins words"},
        {"a NEAR/3 (b)", 2, "NEAR/3 at character 2 needs a word"},
        {"a NEAR/3 b NEAR/4 c", 11, "NEAR/4 at character 11 changes the distance"},
        {"NEAR(a)", 0, "NEAR( at character 0 needs at least two"},
        {"NEAR(a b", 0, "NEAR( at character 0 is never closed"},
        {"NEAR(a b, x)", 10, "at character 10 must be a number of words"},
        {"NEAR(a b, 5 c)", 12, "not what comes at character 12"},
        {"NEAR(a (b))", 7, "not what comes at character 7"},
        {"NEAR(a kind:interview)", 7, "not what comes at character 7"},
        {"kind:", 0, "kind: at character 0 needs a value"},
        {"case: visa", 0, "case: at character 0 needs a value"},
        {"case:\"Participant 7", 5, "unclosed quote at character 5"},
        {"attr:", 0, "attr: at character 0 needs an attribute name"},
        {"attr:status", 0, "needs a comparison"},
        {"attr:status~refused", 0, "attr:status~refused at character 0 needs a comparison"},
        {"attr:status=", 0, "attr:status= at character 0 needs a value"},
        {"😀😀 \"x", 3, "unclosed quote at character 3"},
        {std::string("a \xff b"), 2, "not valid UTF-8 at character 2"},
        {std::string(20, '(') + "a" + std::string(20, ')'), 16, "nests too deeply"},
        {std::string(20, '-') + "a", 16, "nests too deeply"},
        {std::string(17000, 'a'), 16384, "too long"},
    };
    for (const auto& row : rows) {
        INFO(row.query.substr(0, 80));
        try {
            parseQuery(row.query);
            FAIL("parsed without an error");
        } catch (const QueryError& e) {
            CHECK(e.position() == row.position);
            CHECK_THAT(e.what(), Catch::Contains(row.says));
        }
    }
}

TEST_CASE("a query error shows the query with a caret under the character", "[search][parser][bad-input]") {
    try {
        parseQuery("Cymraeg \"waiting\tlists");
        FAIL("parsed without an error");
    } catch (const InvalidInput& e) {
        CHECK(std::string(e.what()) == "unclosed quote at character 8\n"
                                       "  Cymraeg \"waiting lists\n"
                                       "          ^");
    }
    try {
        parseQuery("مسجد AND");
        FAIL("parsed without an error");
    } catch (const InvalidInput& e) {
        CHECK(std::string(e.what()) == "AND at character 5 needs something to search for after it\n"
                                       "  مسجد AND\n"
                                       "       ^");
    }
}
