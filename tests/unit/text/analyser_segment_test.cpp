#include "text/analyser_segment.h"
#include "text/utf.h"

#include <catch2/catch.hpp>
#include <random>

using namespace cairn::text;
using cairn::text::detail::WordSpan;

namespace {

std::vector<WordSpan> direct(std::string_view text) {
    std::vector<WordSpan> spans;
    REQUIRE(detail::segmentWordsDirect(text, spans));
    return spans;
}

std::vector<WordSpan> icu(std::string_view text) {
    std::vector<WordSpan> spans;
    detail::segmentWordsIcu(text, spans);
    return spans;
}

std::vector<std::string> words(std::string_view text, const std::vector<WordSpan>& spans) {
    std::vector<std::string> out;
    for (const auto& s : spans) {
        out.emplace_back(text.substr(static_cast<std::size_t>(s.byteStart),
                                     static_cast<std::size_t>(s.byteEnd - s.byteStart)));
        CHECK(s.cpStart == byteToCodePoint(text, s.byteStart));
        CHECK(s.cpEnd == byteToCodePoint(text, s.byteEnd));
    }
    return out;
}

} // namespace

TEST_CASE("the scanner finds ICU's words", "[text][segment]") {
    using W = std::vector<std::string>;
    const std::vector<std::pair<std::string, W>> rows = {
        {"Mae'r dosbarth Cymraeg", {"Mae'r", "dosbarth", "Cymraeg"}}, // apostrophe between letters (WB6/7)
        {"L'accueil à la mairie.", {"L'accueil", "à", "la", "mairie"}},
        {"drop-in centre", {"drop", "in", "centre"}}, // hyphens break
        {"U.K. e.g.", {"U.K", "e.g"}},                // a final dot is not part of a word
        {"1,000.50 and 3.5% 10:30", {"1,000.50", "and", "3.5", "10", "30"}}, // MidNum; ':' is not
        {"name@example.org re:cap", {"name@example.org", "re", "cap"}}, // ICU: '@' is a letter, ':' breaks
        {"a1b2 4x4", {"a1b2", "4x4"}},
        {"snake_case _x __ _", {"snake_case", "_x", "__"}}, // ICU's ExtendNumLet quirks
        {"10\u202F000", {"10\u202F000"}},                   // NNBSP is ExtendNumLet
        {"بچه‌های من می‌روند.",
         {"بچه‌های", "من", "می‌روند"}},                // ZWNJ is Extend: no break
        {"ሰላም። ትምህርቲ፣ ቤት", {"ሰላም", "ትምህርቲ", "ቤት"}},                    // Ethiopic punctuation breaks
        {"e\xCC\x81t\xC3\xA9 \xCC\x81x", {"e\xCC\x81t\xC3\xA9", "x"}}, // a mark after a space is no word
        {"don't 'n' rock'n'roll", {"don't", "n", "rock'n'roll"}},
        {"😀 a👍🏽b 🇬🇧x", {"a", "b", "x"}},
        {"\r\n\u0301abc", {"abc"}},
        {"", {}},
    };
    for (const auto& [text, expected] : rows) {
        INFO(text);
        CHECK(words(text, direct(text)) == expected);
        CHECK(words(text, icu(text)) == expected);
    }
}

TEST_CASE("text that needs ICU's dictionaries or emoji rules is left to ICU", "[text][segment]") {
    for (const std::string text : {"ภาษาไทย", "日本語のテキスト", "한국어", "שלום", "a\u200D😀 b", "Ⓜetro",
                                   "ℹinfo", "English then ไทย"}) {
        INFO(text);
        std::vector<WordSpan> spans{{1, 2, 3, 4}};
        CHECK_FALSE(detail::segmentWordsDirect(text, spans));
        CHECK(spans.size() == 1); // untouched
        spans.clear();
        detail::segmentWords(text, spans);
        CHECK(spans == icu(text));
    }
}

TEST_CASE("the scanner agrees with ICU on random mixes of every character class", "[text][segment]") {
    // Letters of the corpus's scripts, digits, every Mid* class, ExtendNumLet, Extend, Format, ZWJ,
    // newlines, spaces, emoji, regional indicators, symbols.
    const std::vector<std::string> palette = {
        "a",           "Z",        "é",        "ŵ",      "ł",      "0",      "9",      "٣",
        "۲",           "\xCC\x81", "\xD9\x8E", "\u200C", "\u200D", "\u00AD", "\u2060", "ب",
        "ی",           "ة",        "ـ",        "ሰ",      "።",      "α",      "д",      "क",
        "\u093F",      "\u094D",   ".",        ",",      ":",      ";",      "'",      "’",
        "＇",          "．",       "\"",       "-",      "_",      "/",      "@",      "#",
        "*",           " ",        "\n",       "\r",     "\t",     "\u00A0", "\u202F", "\u3000",
        "😀",           "👍",        "🏽",     "🇬",      "🇧",      "©",      "$",      "€",
        "½",           "²",        "٫",        "٬",      "Ａ",     "ﻻ",      "·",      "\xF0\x9F\x8F\xB3",
        "\xEF\xB8\x8F"};
    std::mt19937 random(2024);
    int compared = 0, toIcu = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string text;
        const int length = 1 + static_cast<int>(random() % 24);
        for (int k = 0; k < length; ++k)
            text += palette[random() % palette.size()];
        std::vector<WordSpan> spans;
        if (!detail::segmentWordsDirect(text, spans)) {
            ++toIcu;
            continue;
        }
        ++compared;
        const auto expected = icu(text);
        if (spans != expected) {
            FAIL_CHECK("scanner and ICU differ on \"" << text << "\": " << spans.size() << " vs "
                                                      << expected.size() << " words");
            break;
        }
    }
    CHECK(compared > 15000);
    INFO("texts left to ICU: " << toIcu);
    CHECK(toIcu > 0);
}

TEST_CASE("ill-formed UTF-8 is a non-word character to the scanner", "[text][segment]") {
    const std::string text = "ab\xFF"
                             "cd \xC3";
    const auto spans = direct(text);
    REQUIRE(spans.size() == 2);
    CHECK(spans[0] == WordSpan{0, 2, 0, 2});
    CHECK(spans[1] == WordSpan{3, 5, 3, 5});
}
