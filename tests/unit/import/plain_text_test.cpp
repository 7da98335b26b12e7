#include "common/error.h"
#include "import/plain_text.h"
#include "passage_checks.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace cairn::import;
using cairn::test::passageText;
using Catch::Matchers::Contains;

TEST_CASE("plain text paragraphs end at blank lines only", "[import][plain_text]") {
    struct Row {
        std::string text;
        std::vector<std::string> paragraphs;
    };
    for (const auto& [text, paragraphs] : std::vector<Row>{
             {"One line.", {"One line."}},
             {"Wrapped at seventy-two\ncolumns stays one\nparagraph.",
              {"Wrapped at seventy-two\ncolumns stays one\nparagraph."}},
             {"First.\n\nSecond.\n\n\n\nThird.", {"First.", "Second.", "Third."}},
             {"\n\n  \nLeading and trailing blank lines.\n \t \n", {"Leading and trailing blank lines."}},
             {"Page one.\n\f\nPage two.", {"Page one.", "Page two."}}, // pdftotext's form feed
             {"No-break space line\n\xC2\xA0\nends it too.", {"No-break space line", "ends it too."}},
             {"  Indented first line\n  kept as written.", {"  Indented first line\n  kept as written."}}}) {
        INFO(text);
        const auto blocks = plainTextBlocks(text);
        REQUIRE(blocks.size() == paragraphs.size());
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            CHECK(blocks[i].text == paragraphs[i]);
            CHECK(blocks[i].kind == TextBlock::Kind::Paragraph);
        }
    }
}

TEST_CASE("plain text passages are its paragraphs, trimmed", "[import][plain_text]") {
    const auto doc = parsePlainText("  Caerdydd, 2024.\n\nWe met at the hub.\nTwelve people came.\n");
    CHECK(doc.format == "text");
    CHECK(doc.layout.empty());
    REQUIRE(doc.passages.size() == 2);
    CHECK(passageText(doc, 0) == "Caerdydd, 2024.");
    CHECK(passageText(doc, 1) == "We met at the hub.\nTwelve people came.");
    CHECK(doc.text == "Caerdydd, 2024.\n\nWe met at the hub.\nTwelve people came.");
    cairn::test::checkInvariants(doc);
}

TEST_CASE("plain text with nothing in it is refused", "[import][plain_text]") {
    for (const std::string text : {"", "\n\n", " \t\n\xC2\xA0\n"})
        CHECK_THROWS_WITH(parsePlainText(text), Contains("no text"));
}
