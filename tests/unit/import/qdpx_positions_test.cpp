// readQdpx and selection positions: counted in code points, in UTF-16 units (NVivo), with CR LF as one
// or two, in text with emoji, Arabic harakat and combining accents; and the selections that cannot be
// placed, which must be reported with their text rather than moved.

#include "common/guid.h"
#include "import/qdpx_reader.h"
#include "qdpx_fixtures.h"

#include <catch2/catch.hpp>
#include <string>

using cairn::import::readQdpx;
using Catch::Matchers::Contains;
using namespace cairn::test::qdpx;

TEST_CASE("positions are converted from however the file counted them", "[import][qdpx][positions]") {
    // Emoji (one with a skin tone), Arabic with harakat, a combining accent that NFC composes, CR LF.
    const std::string stored =
        "Salam \xF0\x9F\x98\x80 friends.\r\n"
        "\xD9\x85\xD9\x8E\xD8\xB1\xD9\x92\xD8\xAD\xD9\x8E\xD8\xA8\xD9\x8B\xD8\xA7 "
        "\xD8\xA8\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85 \xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD "
        "today\r\n"
        "Cafe\xCC\x81 au lait, \xF0\x9F\x8E\x89 party time!\r\n";
    const std::vector<std::pair<std::string, std::string>> words{
        {"friends", "friends"},
        {"\xD9\x85\xD9\x8E\xD8\xB1\xD9\x92\xD8\xAD\xD9\x8E\xD8\xA8\xD9\x8B\xD8\xA7",
         "\xD9\x85\xD9\x8E\xD8\xB1\xD9\x92\xD8\xAD\xD9\x8E\xD8\xA8\xD9\x8B\xD8\xA7"},
        {"\xD8\xA8\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85",
         "\xD8\xA8\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85"},
        {"today", "today"},
        {"Cafe\xCC\x81", "Caf\xC3\xA9"},
        {"party time", "party time"},
    };
    struct Row {
        Unit unit;
        bool crlfAsOne;
        bool withBom;
        std::string repair; // what the repair line says; empty when none is expected
    };
    const std::vector<Row> rows{
        {Unit::CodePoints, false, true, ""},
        {Unit::CodePoints, true, true, "counted as one"},
        {Unit::Utf16, false, true, "UTF-16 code units (as NVivo"},
        {Unit::Utf16, true, false, "UTF-16 code units with each CR LF line end counted as one"},
    };
    for (const auto& row : rows) {
        INFO("unit " << (row.unit == Unit::Utf16 ? "UTF-16" : "code points") << ", CR LF as one "
                     << row.crlfAsOne);
        std::string selections;
        for (const auto& [word, expected] : words) {
            const auto [start, end] = positionsOf(stored, word, row.unit, row.crlfAsOne);
            selections += selection(start, end);
        }
        const auto file = (row.withBom ? std::string("\xEF\xBB\xBF") : std::string()) + stored;
        const auto p =
            readQdpx(archive(project(codebook() + "<Sources>" + textSource(selections) + "</Sources>"),
                             {{"sources/" + kSource + ".txt", file}}));
        REQUIRE(p.sources.size() == 1);
        const auto& source = p.sources[0];
        CHECK(source.text.find('\r') == std::string::npos);
        CHECK_FALSE(source.text.starts_with("\xEF\xBB\xBF"));
        CHECK(source.text.find("Caf\xC3\xA9") != std::string::npos); // NFC
        std::vector<std::string> expected;
        for (const auto& word : words)
            expected.push_back(word.second);
        CHECK(selectedTexts(source) == expected);
        CHECK(p.problems.empty());
        if (row.repair.empty()) {
            CHECK(p.repairs.empty());
        } else {
            REQUIRE(p.repairs.size() == 1);
            CHECK_THAT(p.repairs[0], Contains(row.repair) &&
                                         Contains("6 selections converted to code points") &&
                                         Contains("\"Interview 1\""));
        }
    }
}

TEST_CASE("NVivo for Mac: UTF-16 positions in LF text without a BOM", "[import][qdpx][positions]") {
    const std::string stored = "\xF0\x9F\x98\x80\xF0\x9F\x98\x80 one two\n\xF0\x9F\x8E\x89 three four\n";
    std::string selections;
    for (const auto* word : {"one", "two", "three four"}) {
        const auto [start, end] = positionsOf(stored, word, Unit::Utf16, false);
        selections += selection(start, end);
    }
    const auto p = readQdpx(archive(project(codebook() + "<Sources>" + textSource(selections) + "</Sources>"),
                                    {{"sources/" + kSource + ".txt", stored}}));
    CHECK(selectedTexts(p.sources[0]) == std::vector<std::string>{"one", "two", "three four"});
    CHECK(mentions(p.repairs, "UTF-16"));
}

TEST_CASE("inline PlainTextContent is read with its positions", "[import][qdpx][positions]") {
    const auto source = "<TextSource guid=\"" + kSource + "\" name=\"Inline\"><PlainTextContent>Tea &amp; " +
                        "\xF0\x9F\x8D\xB0 cake</PlainTextContent>" + selection(8, 12) + "</TextSource>";
    const auto p = readQdpx(archive(project(codebook() + "<Sources>" + source + "</Sources>")));
    REQUIRE(p.sources.size() == 1);
    CHECK(p.sources[0].text == "Tea & \xF0\x9F\x8D\xB0 cake");
    CHECK(selectedTexts(p.sources[0]) == std::vector<std::string>{"cake"});
    CHECK(p.repairs.empty());
}

TEST_CASE("selections that cannot be placed are reported, with their text", "[import][qdpx][positions]") {
    const std::string text = "Short text here.";
    const auto selections = selection(6, 10) + selection(11, 40) + selection(50, 60) + selection(5, 5) +
                            selection(10, 6) + "<PlainTextSelection guid=\"" + cairn::newGuid() +
                            "\" startPosition=\"a\" endPosition=\"4\"/>";
    const auto p = readQdpx(archive(project(codebook() + "<Sources>" + textSource(selections) + "</Sources>"),
                                    {{"sources/" + kSource + ".txt", text}}));
    REQUIRE(p.sources.size() == 1);
    CHECK(selectedTexts(p.sources[0]) == std::vector<std::string>{"text"});
    REQUIRE(p.problems.size() == 5);
    CHECK_THAT(p.problems[0], Contains("11–40") && Contains("outside the text") && Contains("\"here.\"") &&
                                  Contains("coded \"Trust\""));
    CHECK_THAT(p.problems[1],
               Contains("50–60") && Contains("outside the text") && !Contains("would have held"));
    CHECK_THAT(p.problems[2], Contains("at 5") && Contains("empty"));
    CHECK_THAT(p.problems[3], Contains("10–6") && Contains("ends before it starts") && Contains("\"text\""));
    CHECK_THAT(p.problems[4], Contains("not whole numbers"));
}

TEST_CASE("positions in Cairn's own files are code points, even where they split words",
          "[import][qdpx][positions]") {
    // Selections that cut words: read as UTF-16 units they would land on boundaries, which would
    // persuade the reader to convert them if another tool had written the file.
    const std::string stored = "\xF0\x9F\x98\x80\xF0\x9F\x98\x80 one two three";
    const auto [start, end] = positionsOf(stored, "one two", Unit::Utf16, false);
    const auto sources = "<Sources>" + textSource(selection(start, end)) + "</Sources>";
    const auto file =
        std::vector<std::pair<std::string, std::string>>{{"sources/" + kSource + ".txt", stored}};
    const auto fromCairn = readQdpx(
        archive(project(codebook() + sources, "urn:QDA-XML:project:1.0\" origin=\"Cairn 0.1"), file));
    CHECK(selectedTexts(fromCairn.sources.at(0)) == std::vector<std::string>{"e two t"});
    CHECK(fromCairn.repairs.empty());
    const auto fromOther = readQdpx(archive(project(codebook() + sources), file));
    CHECK(selectedTexts(fromOther.sources.at(0)) == std::vector<std::string>{"one two"});
}

TEST_CASE("a selection of only the CR of a line end is reported, not widened", "[import][qdpx][positions]") {
    const auto selections = selection(0, 2) + selection(4, 6) + selection(7, 9) + selection(2, 3);
    const auto p = readQdpx(archive(project(codebook() + "<Sources>" + textSource(selections) + "</Sources>"),
                                    {{"sources/" + kSource + ".txt", "ab\r\ncd ef"}}));
    CHECK(selectedTexts(p.sources.at(0)) == std::vector<std::string>{"ab", "cd", "ef"});
    REQUIRE(p.problems.size() == 1);
    CHECK_THAT(p.problems[0], Contains("2–3") && Contains("holds no character"));
    CHECK(p.repairs.empty());
}
