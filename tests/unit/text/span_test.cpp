#include "text/sentences.h"
#include "text/span.h"
#include "text/utf.h"

#include <catch2/catch.hpp>

using namespace cairn::text;

TEST_CASE("UTF-16 selections become code-point spans that never split a character", "[text][span]") {
    // "Hi 😀 café" with the é decomposed (e + U+0301): the emoji is 2 UTF-16 units and 1 code point.
    const std::string text = "Hi \xF0\x9F\x98\x80 cafe\xCC\x81!";
    struct Row {
        std::int64_t u16Start, u16End;
        Span expected;
        std::string covered;
    };
    // Code points: H0 i1 _2 😀3 _4 c5 a6 f7 e8 ◌́9 !10; UTF-16 puts the emoji at 3-4 and c at 6.
    const std::vector<Row> rows{
        {0, 2, {0, 2}, "Hi"},
        {3, 5, {3, 4}, "\xF0\x9F\x98\x80"}, // the whole emoji
        {4, 5, {3, 4}, "\xF0\x9F\x98\x80"}, // starting inside the pair widens to it
        {3, 4, {3, 4}, "\xF0\x9F\x98\x80"}, // ending inside the pair widens to it
        {6, 10, {5, 10}, "cafe\xCC\x81"},   // an end between e and its accent takes the accent
        {6, 11, {5, 10}, "cafe\xCC\x81"},
        {11, 6, {5, 10}, "cafe\xCC\x81"}, // a backwards drag
    };
    for (const auto& row : rows) {
        const auto span = spanFromUtf16(text, row.u16Start, row.u16End);
        INFO(row.u16Start << ".." << row.u16End);
        CHECK(span == row.expected);
        CHECK(spanText(text, span) == row.covered);
    }
}

TEST_CASE("snapping keeps emoji sequences and Arabic with harakat whole", "[text][span]") {
    // A family emoji (man ZWJ woman ZWJ girl) is five code points and one grapheme.
    const std::string family = "a \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 b";
    CHECK(snapToGraphemes(family, {3, 4}) == Span{2, 7});
    // Arabic "مَدرسة" (school) with a fatha after the mim: a span ending after the mim takes the fatha.
    const std::string arabic = "\xD9\x85\xD9\x8E\xD8\xAF\xD8\xB1\xD8\xB3\xD8\xA9";
    CHECK(snapToGraphemes(arabic, {0, 1}) == Span{0, 2});
    CHECK(spanText(arabic, snapToGraphemes(arabic, {0, 1})) == "\xD9\x85\xD9\x8E");
    // Spans are clamped to the text.
    CHECK(snapToGraphemes("abc", {-4, 99}) == Span{0, 3});
}

TEST_CASE("byte ranges and trimming", "[text][span]") {
    const std::string text = "  Cymraeg \xF0\x9F\x98\x80  \n";
    CHECK(spanFromBytes(text, 2, 9) == Span{2, 9});
    CHECK(trimWhitespace(text, {0, codePointCount(text)}) == Span{2, 11});
    CHECK(trimWhitespace(text, {0, 2}).empty());
}

TEST_CASE("sentences of a passage, in code points", "[text][span]") {
    const std::string text = "We waited two years. Then the college called! \xD9\x86\xD8\xB9\xD9\x85. End";
    const auto spans = sentenceSpans(text);
    REQUIRE(spans.size() == 4);
    CHECK(spanText(text, spans[0]) == "We waited two years.");
    CHECK(spanText(text, spans[1]) == "Then the college called!");
    CHECK(spanText(text, spans[2]) == "\xD9\x86\xD8\xB9\xD9\x85.");
    CHECK(spanText(text, spans[3]) == "End");
}
