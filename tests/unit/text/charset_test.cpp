#include "common/error.h"
#include "text/charset.h"

#include <catch2/catch.hpp>
#include <string>
#include <unicode/ucnv.h>
#include <vector>

using namespace cairn::text;
using Catch::Matchers::Contains;

namespace {

// Encodes UTF-8 test text into `encoding` with ICU, failing the test if a character has no mapping
// (so a fixture can never silently contain a substitute byte).
std::string encode(const std::string& utf8, const char* encoding) {
    UErrorCode status = U_ZERO_ERROR;
    std::string out(utf8.size() * 4 + 16, '\0');
    const auto length = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                     utf8.data(), static_cast<int32_t>(utf8.size()), &status);
    REQUIRE(U_SUCCESS(status));
    out.resize(static_cast<std::size_t>(length));
    return out;
}

std::string invalidInputMessage(std::string_view bytes, const std::string& hint = "") {
    try {
        decodeBytes(bytes, hint, "t.txt");
    } catch (const cairn::InvalidInput& e) {
        return e.what();
    }
    FAIL("expected InvalidInput");
    return {};
}

std::int64_t invalidInputOffset(std::string_view bytes, const std::string& hint = "") {
    try {
        decodeBytes(bytes, hint, "t.txt");
    } catch (const cairn::InvalidInput& e) {
        REQUIRE(e.byteOffset().has_value());
        CHECK(e.file() == "t.txt");
        return *e.byteOffset();
    }
    FAIL("expected InvalidInput");
    return -1;
}

const std::string kEnglish1252 =
    "The caseworker said it would cost \xC2\xA3"
    "50 a month. \xE2\x80\x9CThat\xE2\x80\x99s too much,\xE2\x80\x9D she told us \xE2\x80\x94 and we "
    "didn\xE2\x80\x99t "
    "know where the money would come from. The children needed coats for the winter.";
const std::string kFrench =
    "J'\xC3\xA9tais tr\xC3\xA8s fatigu\xC3\xA9"
    "e quand nous sommes arriv\xC3\xA9s \xC3\xA0 Cardiff. Les enfants ne parlaient pas "
    "anglais et l'\xC3\xA9"
    "cole \xC3\xA9tait loin de la maison.";
const std::string kFrenchEuro =
    "Le loyer \xC3\xA9tait de 500 \xE2\x82\xAC par mois, c'\xC3\xA9tait beaucoup trop "
    "cher pour nous et pour les enfants.";
const std::string kPolish = "Pochodz\xC4\x99 z \xC5\x81odzi, sko\xC5\x84"
                            "czy\xC5\x82"
                            "am tam studia piel\xC4\x99gniarskie i pracowa\xC5\x82"
                            "am sze\xC5\x9B\xC4\x87 lat na oddziale kardiologii, wi\xC4\x99"
                            "c my\xC5\x9Bla\xC5\x82"
                            "am, \xC5\xBC"
                            "e tutaj te\xC5\xBC szybko znajd\xC4\x99 prac\xC4\x99. \xC5\x81\xC3\xB3"
                            "d\xC5\xBA.";
// Ś and ś are 0x8C and 0x9C in windows-1250: C1 bytes that tell it from ISO-8859-2.
const std::string kPolish1250 = kPolish + " \xC5\x9Awi\xC4\x99to w \xC5\x9Arodzie.";
const std::string kArabic =
    "\xD8\xA3\xD9\x86\xD8\xA7 \xD9\x85\xD9\x86 \xD8\xAD\xD9\x85\xD8\xB5 \xD9\x81\xD9\x8A "
    "\xD8\xA7\xD9\x84\xD8\xA3\xD8\xB5\xD9\x84. \xD8\xB9\xD8\xB4\xD9\x86\xD8\xA7 \xD9\x81\xD9\x8A "
    "\xD9\x84\xD8\xA8\xD9\x86\xD8\xA7\xD9\x86 \xD8\xA3\xD8\xB1\xD8\xA8\xD8\xB9 "
    "\xD8\xB3\xD9\x86\xD9\x88\xD8\xA7\xD8\xAA \xD9\x82\xD8\xA8\xD9\x84 \xD8\xA3\xD9\x86 "
    "\xD9\x86\xD8\xA3\xD8\xAA\xD9\x8A \xD8\xA5\xD9\x84\xD9\x89 \xD9\x87\xD9\x86\xD8\xA7.";
const std::string kLithuanian =
    "Kai atva\xC5\xBEiavau \xC4\xAF Glazg\xC4\x85, gyvenau viename kambaryje su dar dviem "
    "vyrais i\xC5\xA1 darbo agent\xC5\xABros, ir u\xC5\xBE t\xC4\x85 lov\xC4\x85 "
    "mok\xC4\x97jau beveik pus\xC4\x99 savo atlyginimo.";

} // namespace

TEST_CASE("detection names the encoding each language is commonly saved in", "[text][charset]") {
    struct Row {
        const char* encoding;
        std::string text;
    };
    for (const auto& [encoding, text] : std::vector<Row>{{"windows-1252", kEnglish1252},
                                                         {"ISO-8859-1", kFrench},
                                                         {"ISO-8859-15", kFrenchEuro},
                                                         {"ISO-8859-2", kPolish},
                                                         {"windows-1250", kPolish1250},
                                                         {"windows-1256", kArabic}}) {
        INFO(encoding);
        const auto decoded = decodeBytes(encode(text, encoding));
        CHECK(decoded.encoding == encoding);
        CHECK(decoded.utf8 == text);
        CHECK(decoded.confidence >= kMinDetectionConfidence);
        CHECK(decoded.confidence < 100);
        CHECK_FALSE(decoded.hadBom);
    }
}

TEST_CASE("C1 bytes past the detector's sample still mean windows-1252", "[text][charset]") {
    // ICU samples the first 8 KB; a curly quote after it must not come out as an invisible control.
    std::string text;
    while (text.size() < 9000)
        text += "We waited for eight months before the class started, and it's still far. ";
    text += "\xE2\x80\x9C"
            "Bin day\xE2\x80\x9D was a very important word!";
    const auto decoded = decodeBytes(encode(text, "windows-1252"));
    CHECK(decoded.encoding == "windows-1252");
    CHECK(decoded.utf8 == text);

    // Likewise windows-1250 over ISO-8859-2, where Ś and ś are the C1 bytes 0x8C and 0x9C.
    // The filler uses only letters both encodings put at the same bytes (ł, ę, ó, ż).
    std::string polish;
    while (polish.size() < 9000)
        polish += "Pracowa\xC5\x82"
                  "am w fabryce, potem jako piel\xC4\x99gniarka; c\xC3\xB3rka m\xC3\xB3wi po "
                  "walijsku lepiej ni\xC5\xBC ja, serio. ";
    polish += "\xC5\x9Awi\xC4\x99to w \xC5\x9Arodzie.";
    const auto decoded1250 = decodeBytes(encode(polish, "windows-1250"));
    CHECK(decoded1250.encoding == "windows-1250");
    CHECK(decoded1250.utf8 == polish);
}

TEST_CASE("a hint converts with that encoding and reports its standard name", "[text][charset]") {
    struct Row {
        std::string hint;
        const char* encodeAs;
        std::string text;
        std::string reported;
    };
    for (const auto& [hint, encodeAs, text, reported] :
         std::vector<Row>{{"windows-1257", "windows-1257", kLithuanian, "windows-1257"},
                          {"cp1257", "windows-1257", kLithuanian, "windows-1257"},
                          {"latin2", "ISO-8859-2", kPolish, "ISO-8859-2"},
                          {"cp1256", "windows-1256", kArabic, "windows-1256"},
                          {"ISO-8859-15", "ISO-8859-15", kFrenchEuro, "ISO-8859-15"},
                          {"UTF-16LE", "UTF-16LE", kArabic, "UTF-16LE"},
                          {"utf8", "UTF-8", kPolish, "UTF-8"}}) {
        INFO(hint);
        const auto decoded = decodeBytes(encode(text, encodeAs), hint);
        CHECK(decoded.encoding == reported);
        CHECK(decoded.utf8 == text);
        CHECK(decoded.confidence == 100);
    }
}

TEST_CASE("Lithuanian in windows-1257 is refused without a hint, naming three guesses", "[text][charset]") {
    const auto message = invalidInputMessage(encode(kLithuanian, "windows-1257"));
    CHECK_THAT(message, Contains("t.txt") && Contains("best guesses") && Contains("--encoding"));
    CHECK(std::count(message.begin(), message.end(), '%') == 3);
}

TEST_CASE("byte-order marks decide the encoding and are removed", "[text][charset]") {
    const std::string text = kArabic + " \xF0\x9F\x98\x80 Caerdydd";
    struct Row {
        std::string bom;
        const char* encoding;
    };
    for (const auto& [bom, encoding] : std::vector<Row>{{"\xEF\xBB\xBF", "UTF-8"},
                                                        {"\xFF\xFE", "UTF-16LE"},
                                                        {"\xFE\xFF", "UTF-16BE"},
                                                        {std::string("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
                                                        {std::string("\x00\x00\xFE\xFF", 4), "UTF-32BE"}}) {
        INFO(encoding);
        const auto decoded = decodeBytes(bom + encode(text, encoding));
        CHECK(decoded.encoding == encoding);
        CHECK(decoded.hadBom);
        CHECK(decoded.utf8 == text);
        // The mark outranks a contradicting hint: it cannot begin windows-1252 text by accident.
        CHECK(decodeBytes(bom + encode(text, encoding), "windows-1252").encoding == encoding);
    }
}

TEST_CASE("UTF-16 without a BOM is recognised in both byte orders", "[text][charset]") {
    for (const auto& text : {std::string("Interviewer: hello there.\nAmira: yes."), kArabic}) {
        for (const char* encoding : {"UTF-16LE", "UTF-16BE"}) {
            INFO(encoding << " " << text);
            const auto decoded = decodeBytes(encode(text, encoding));
            CHECK(decoded.encoding == encoding);
            CHECK(decoded.utf8 == text);
            CHECK_FALSE(decoded.hadBom);
        }
    }
}

TEST_CASE("valid UTF-8 and ASCII are taken as UTF-8 with full confidence", "[text][charset]") {
    for (const auto& text : {std::string("plain ASCII"), kPolish, kArabic}) {
        const auto decoded = decodeBytes(text);
        CHECK(decoded.encoding == "UTF-8");
        CHECK(decoded.confidence == 100);
        CHECK(decoded.utf8 == text);
    }
}

TEST_CASE("undecodable bytes are refused at their file offset", "[text][charset]") {
    struct Row {
        std::string bytes;
        std::string hint;
        std::int64_t offset;
    };
    for (const auto& [bytes, hint, offset] : std::vector<Row>{
             {"ab\xFF"
              "c",
              "UTF-8", 2},
             {"\xEF\xBB\xBF"
              "ab\xC3",
              "", 5},                               // BOM counted in the offset; truncated sequence
             {"Kaunas \xA1 ok", "windows-1257", 7}, // 0xA1 is undefined in windows-1257
             {std::string("a\0b\0\x00\xD8x\0", 8), "UTF-16LE", 4},   // unpaired high surrogate
             {std::string("a\0b\0c", 5), "UTF-16LE", 4},             // odd length: truncated code unit
             {"\xFF\xFE" + std::string("a\0\x00\xDC", 4), "", 4}}) { // BOM, then a lone low surrogate
        INFO(hint << " " << offset);
        CHECK(invalidInputOffset(bytes, hint) == offset);
    }
    CHECK_THAT(invalidInputMessage("Kaunas \xA1 ok", "windows-1257"), Contains("windows-1257"));
}

TEST_CASE("NUL bytes outside UTF-16 mean a binary file", "[text][charset]") {
    struct Row {
        std::string bytes;
        std::string hint;
        std::int64_t offset;
    };
    for (const auto& [bytes, hint, offset] :
         std::vector<Row>{{std::string("hello\0world", 11), "", 5},
                          {std::string("\x7F"
                                       "ELF\x02\x01\x01\0\0\0\0\0",
                                       12),
                           "", 7},
                          {std::string("caf\xE9\0", 5), "windows-1252", 4},
                          {"\xFF\xFE" + std::string("a\0\0\0", 4), "", 4}}) {
        INFO(offset);
        CHECK(invalidInputOffset(bytes, hint) == offset);
        CHECK_THAT(invalidInputMessage(bytes, hint), Contains("binary"));
    }
}

TEST_CASE("empty input and unknown encodings are explained", "[text][charset]") {
    CHECK_THAT(invalidInputMessage(""), Contains("the file is empty"));
    CHECK_THAT(invalidInputMessage("text", "klingon-8"),
               Contains("unknown encoding 'klingon-8'") && Contains("windows-1257") && Contains("UTF-16LE"));
}
