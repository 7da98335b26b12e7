#include "text/utf.h"

#include <catch2/catch.hpp>

using namespace cairn::text;

TEST_CASE("code points, bytes and UTF-16 units agree on mixed scripts", "[text][utf]") {
    // a (1 byte), é (2), ا (2), ሰ (3), 😀 (4 bytes, 2 UTF-16 units), z
    const std::string s = "a\xC3\xA9\xD8\xA7\xE1\x88\xB0\xF0\x9F\x98\x80z";
    CHECK(codePointCount(s) == 6);
    CHECK(utf16Length(s) == 7);
    struct Row {
        std::int64_t cp, byte, utf16;
    };
    for (const auto& [cp, byte, u16] :
         std::vector<Row>{{0, 0, 0}, {1, 1, 1}, {2, 3, 2}, {3, 5, 3}, {4, 8, 4}, {5, 12, 6}, {6, 13, 7}}) {
        CHECK(codePointToByte(s, cp) == byte);
        CHECK(byteToCodePoint(s, byte) == cp);
        CHECK(codePointToUtf16(s, cp) == u16);
        CHECK(utf16ToCodePoint(s, u16) == cp);
    }
    CHECK(utf16ToCodePoint(s, 5) == 4); // between the two halves of the emoji's surrogate pair
    CHECK(byteToCodePoint(s, 10) == 4); // inside the emoji's bytes rounds down
    CHECK(codePointToByte(s, 99) == 13);
    CHECK(sliceCodePoints(s, 3, 5) == "\xE1\x88\xB0\xF0\x9F\x98\x80");
}

TEST_CASE("combining marks are code points of their own", "[text][utf]") {
    const std::string decomposed = "e\xCC\x81te"; // e + U+0301 + te
    CHECK(codePointCount(decomposed) == 4);
    CHECK(sliceCodePoints(decomposed, 2, 4) == "te");
}

TEST_CASE("invalid UTF-8 is found with its byte offset", "[text][utf]") {
    struct Row {
        std::string bytes;
        std::int64_t offset;
    };
    for (const auto& [bytes, offset] : std::vector<Row>{{"ab\xFF", 2},
                                                        {"ok\xC3", 2},                // truncated sequence
                                                        {"\xC0\xAF", 0},              // overlong '/'
                                                        {"x\xED\xA0\x80", 1},         // surrogate
                                                        {"xy\xF4\x90\x80\x80", 2}}) { // above U+10FFFF
        std::int64_t bad = -1;
        CHECK_FALSE(isValidUtf8(bytes, &bad));
        CHECK(bad == offset);
    }
    CHECK(isValidUtf8("Caerdydd \xF0\x9F\x98\x80 \xD8\xA7"));
}

TEST_CASE("OffsetIndex agrees with the scanning helpers everywhere", "[text][utf]") {
    std::string s;
    for (int i = 0; i < 3000; ++i)
        s += (i % 7 == 0) ? "\xF0\x9F\x98\x80" : (i % 5 == 0 ? "\xD8\xA7" : "a");
    const OffsetIndex index(s);
    REQUIRE(index.codePoints() == codePointCount(s));
    for (std::int64_t cp = 0; cp <= index.codePoints(); cp += 37) {
        const auto byte = codePointToByte(s, cp);
        CHECK(index.codePointToByte(cp) == byte);
        CHECK(index.byteToCodePoint(byte) == cp);
        const auto u16 = codePointToUtf16(s, cp);
        CHECK(index.codePointToUtf16(cp) == u16);
        CHECK(index.utf16ToCodePoint(u16) == cp);
    }
    CHECK(index.codePointToByte(index.codePoints()) == static_cast<std::int64_t>(s.size()));
}
