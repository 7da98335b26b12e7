#include "text/fold.h"
#include "text/utf.h"

#include <catch2/catch.hpp>

using namespace cairn::text;

namespace {
using Rows = std::vector<std::pair<std::string, std::string>>;

void checkFolds(const Rows& rows) {
    for (const auto& [input, expected] : rows) {
        INFO(input);
        CHECK(fold(input) == expected);
    }
}
} // namespace

TEST_CASE("full case folding", "[text][fold]") {
    checkFolds({{"CAERDYDD", "caerdydd"},
                {"Straße", "strasse"},  // ß → ss
                {"STRASSE", "strasse"}, // so both spellings meet
                {"ẞ", "ss"},            // capital sharp s
                {"İstanbul", "istanbul"},
                {"ΣΟΦΊΑ", "σοφία"},   // Greek: case only, accents kept
                {"σοφίας", "σοφίασ"}, // final sigma folds to sigma
                {"ﬁle", "file"},      // ligature
                {"ǅ", "ǆ"},           // titlecase digraph: its caron is part of a compatibility form, kept
                {"ПРИВЕТ", "привет"}});
}

TEST_CASE("Latin diacritics are removed, each rule", "[text][fold]") {
    checkFolds({
        {"é", "e"},
        {"è", "e"},
        {"ê", "e"},
        {"ë", "e"},
        {"à", "a"},
        {"ç", "c"},
        {"ŵ", "w"},
        {"ŷ", "y"},
        {"ẁ", "w"},
        {"ẃ", "w"},
        {"ẅ", "w"},
        {"ỳ", "y"},
        {"â", "a"},
        {"ô", "o"},
        {"ž", "z"},
        {"š", "s"},
        {"č", "c"},
        {"ė", "e"},
        {"ą", "a"},
        {"ę", "e"},
        {"į", "i"},
        {"ų", "u"},
        {"ū", "u"},
        {"ó", "o"},
        {"ś", "s"},
        {"ź", "z"},
        {"ż", "z"},
        {"ć", "c"},
        {"ń", "n"},
        {"ł", "l"},
        {"Ł", "l"},
        {"ø", "o"},
        {"Ø", "o"},
        {"đ", "d"},
        {"ð", "d"},
        {"þ", "th"},
        {"æ", "ae"},
        {"Æ", "ae"},
        {"œ", "oe"},
        {"ħ", "h"},
        {"ı", "i"},
        {"ŀ", "l"},
        {"ŧ", "t"},
        {"ƀ", "b"},
        {"ƶ", "z"},
        {"Łódź", "lodz"},
        {"córka", "corka"},
        {"žmona", "zmona"},
        {"ligoninėje", "ligonineje"},
        {"était", "etait"},
        {"dŷ", "dy"},
        {"e\xCC\x81te", "ete"}, // decomposed: e + U+0301 is a Latin letter's diacritic
        {"n\xCC\x88", "n"},     // a combining mark with no precomposed form
    });
}

TEST_CASE("marks on non-Latin letters are kept", "[text][fold]") {
    checkFolds({{"й", "й"},         // Cyrillic short i is a letter of its own
                {"ά", "ά"},         // Greek tonos
                {"हिंदी", "हिंदी"},   // Devanagari vowel signs and anusvara
                {"ትምህርቲ", "ትምህርቲ"}, // Ethiopic: no case, nothing folded
                {"ቤት", "ቤት"}});
}

TEST_CASE("Arabic-script letters are unified, each rule", "[text][fold][ar]") {
    checkFolds({
        {"أ", "ا"},
        {"إ", "ا"},
        {"آ", "ا"},
        {"ٱ", "ا"},
        {"ٲ", "ا"},
        {"ٳ", "ا"}, // alef forms
        {"ة", "ه"},
        {"ۀ", "ه"},
        {"ہ", "ه"},
        {"ۃ", "ه"}, // teh marbuta, heh forms
        {"ى", "ي"},
        {"ی", "ي"},
        {"ې", "ي"},
        {"ۍ", "ي"},
        {"ئ", "ي"}, // every yeh
        {"ک", "ك"},
        {"ڪ", "ك"}, // kaf
        {"ګ", "گ"}, // Pashto gaf
        {"ؤ", "و"}, // hamza on waw
        {"الإنكليزية", "الانكليزيه"},
        {"أبحث", "ابحث"},
        {"کار", "كار"},
        {"انګليسي", fold("انگلیسی")},
    });
}

TEST_CASE("Pashto letters that are not keyboard substitutes stay distinct", "[text][fold][ps]") {
    for (const auto& [pashto, other] : Rows{{"ښ", "ش"},
                                            {"ږ", "ژ"},
                                            {"ټ", "ت"},
                                            {"ځ", "ج"},
                                            {"څ", "چ"},
                                            {"ډ", "د"},
                                            {"ړ", "ر"},
                                            {"ڼ", "ن"}}) {
        INFO(pashto);
        CHECK(fold(pashto) == pashto);
        CHECK(fold(pashto) != fold(other));
    }
}

TEST_CASE("harakat, superscript alef, Quranic marks and tatweel are removed", "[text][fold][ar]") {
    checkFolds({{"الحُصُولُ عَلَى السَّكَنِ صَعْبٌ جِدّاً", "الحصول علي السكن صعب جدا"},
                {"هٰذا", "هذا"},              // U+0670 superscript alef
                {"المستشفـــى", "المستشفي"}, // tatweel
                {"كتابۖ", "كتاب"}});          // U+06D6, a Quranic annotation mark
}

TEST_CASE("zero-width joiners and other ignorables are removed inside words", "[text][fold][fa]") {
    CHECK(fold("می‌روند") == fold("میروند")); // ZWNJ
    CHECK(fold("بچه‌های") == fold("بچههای"));
    CHECK(fold("a\u200Db") == "ab");               // ZWJ
    CHECK(fold("co\u00ADoperate") == "cooperate"); // soft hyphen
    CHECK(fold("\u200Fabc\u200E") == "abc");       // bidi marks
    CHECK(fold("10\u202F000") == "10000");         // narrow no-break space inside a number
}

TEST_CASE("presentation forms and width forms are normalised", "[text][fold]") {
    checkFolds({{"ﻻ", "لا"},                  // lam-alef ligature (presentation form B)
                {"ﺍﻟﻌﺮﺑﻴﺔ", fold("العربية")}, // isolated/initial/medial/final forms
                {"ﷲ", fold("الله")},          // presentation form A ligature
                {"Ｃａｅｒ", "caer"},         // full-width Latin
                {"１２３", "123"}});
    CHECK(fold("ﷺ") == "ﷺ"); // expands to a phrase with spaces: kept as it is
}

TEST_CASE("digits of every script become ASCII digits; apostrophes become U+0027", "[text][fold]") {
    checkFolds({{"۲۰۱۹", "2019"},   // Persian
                {"٢٠١٩", "2019"},   // Arabic-Indic
                {"२०१९", "2019"},   // Devanagari
                {"don’t", "don't"}, // U+2019
                {"l＇eau", "l'eau"}});
}

TEST_CASE("caseFold keeps diacritics and letter variants but makes the same removals", "[text][fold]") {
    const Rows rows = {{"Łódź", "łódź"},
                       {"ÉTAIT", "était"},
                       {"الإنكليزية", "الإنكليزية"},
                       {"السَّكَنِ", "السكن"},
                       {"می‌روند", "میروند"},
                       {"ﻻ", "لا"},
                       {"۲۰۱۹", "2019"}};
    for (const auto& [input, expected] : rows) {
        INFO(input);
        CHECK(caseFold(input) == expected);
    }
}

TEST_CASE("folding is idempotent for every code point of planes 0 to 3", "[text][fold]") {
    std::int64_t failures = 0;
    std::string one, folded;
    for (char32_t c = 0; c < 0x40000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        one.clear();
        appendCodePoint(one, c);
        folded = fold(one);
        if (fold(folded) != folded) {
            if (++failures <= 10)
                FAIL_CHECK("U+" << std::hex << static_cast<std::uint32_t>(c) << " folds to " << folded
                                << " which folds again to " << fold(folded));
        }
        if (!isValidUtf8(folded))
            FAIL_CHECK("fold of U+" << std::hex << static_cast<std::uint32_t>(c) << " is not UTF-8");
    }
    CHECK(failures == 0);
}

TEST_CASE("ill-formed UTF-8 folds without reading past the end", "[text][fold]") {
    CHECK(fold("ab\xFF") == "ab\xEF\xBF\xBD");
    CHECK(fold("x\xC3") == "x\xEF\xBF\xBD"); // truncated sequence at the end
    CHECK(fold("") == "");
}
