// Arabic-script languages: Pashto and Central Kurdish (Sorani) by their own letters, then CLD2, then Urdu
// or Persian letters, then Arabic.
//
// Why Pashto first: the CLD2 tables Debian ships have no Pashto model and call Pashto "fa", reliably.
// Pashto writes sounds that neither Persian nor Arabic has with letters of its own (ټ ډ ړ ږ ښ ځ څ ګ ڼ ې ۍ),
// so a fair share of Pashto words carry one; a Persian text quoting one Pashto place name does not.
// ئ is left out: Persian and Arabic write it too, and Pashto's final ئ varies with the typist.
// When CLD2 is unsure (short text), letters that Arabic lacks decide: Urdu's ٹ ڈ ڑ ں ہ ے, then
// Persian's پ چ ژ گ and the Persian forms of yeh and kaf (ی ک), which a Persian keyboard produces
// wherever Arabic would have ي ك.

#include "text/language_detail.h"

#include <algorithm>
#include <array>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace cairn::text::detail {

namespace {

bool isPashtoLetter(UChar32 c) {
    switch (c) {
    case 0x067C: // ټ
    case 0x0681: // ځ
    case 0x0685: // څ
    case 0x0689: // ډ
    case 0x0693: // ړ
    case 0x0696: // ږ
    case 0x069A: // ښ
    case 0x06AB: // ګ
    case 0x06BC: // ڼ
    case 0x06CD: // ۍ
    case 0x06D0: // ې
        return true;
    default:
        return false;
    }
}

bool isSoraniLetter(UChar32 c) {
    // ڕ ڵ ۆ ێ ە: Central Kurdish spells its vowels and its trilled r and velar l with them.
    return c == 0x0695 || c == 0x06B5 || c == 0x06C6 || c == 0x06CE || c == 0x06D5;
}

bool isUrduLetter(UChar32 c) {
    // ھ (U+06BE) is left out: some Arabic keyboards use it for initial heh.
    return c == 0x0679 || c == 0x0688 || c == 0x0691 || c == 0x06BA || c == 0x06C1 || c == 0x06D2;
}

bool isPersianLetter(UChar32 c) {
    return c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF || c == 0x06CC || c == 0x06A9;
}

// Frequent Pashto words spelt only with letters Persian and Arabic share, and that are not words of
// either (Egyptian "دا"/"دي" and Persian "که"/"نه"/"او" are deliberately absent).
constexpr std::array<std::string_view, 7> kPashtoWords = {"د", "په", "ته", "زه", "زما", "هغه", "دغه"};

struct WordCounts {
    int words = 0;
    int pashto = 0;
    int sorani = 0;
    int urdu = 0;
    int persian = 0;
};

WordCounts countWords(std::string_view arabic) {
    WordCounts counts;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(arabic.data());
    const std::size_t size = arabic.size();
    std::size_t pos = 0;
    std::size_t wordStart = 0;
    bool inWord = false;
    bool pashto = false, sorani = false, urdu = false, persian = false;
    const auto finish = [&](std::size_t end) {
        if (!inWord) return;
        const std::string_view word = arabic.substr(wordStart, end - wordStart);
        pashto = pashto || std::find(kPashtoWords.begin(), kPashtoWords.end(), word) != kPashtoWords.end();
        ++counts.words;
        counts.pashto += pashto ? 1 : 0;
        counts.sorani += sorani ? 1 : 0;
        counts.urdu += urdu ? 1 : 0;
        counts.persian += persian ? 1 : 0;
        inWord = pashto = sorani = urdu = persian = false;
    };
    while (pos < size) {
        const std::size_t start = pos;
        std::int32_t i = 0;
        const auto window = static_cast<std::int32_t>(std::min<std::size_t>(size - pos, 4));
        UChar32 c = 0;
        U8_NEXT(bytes + pos, i, window, c);
        pos += static_cast<std::size_t>(i);
        UErrorCode status = U_ZERO_ERROR;
        const bool letter = c >= 0 && (U_GET_GC_MASK(c) & U_GC_L_MASK) != 0 &&
                            uscript_getScript(c, &status) == USCRIPT_ARABIC && U_SUCCESS(status);
        const bool joiner =
            c == 0x200C || c == 0x200D; // ZWNJ inside Persian words: "می‌روند" is one word
        if (letter) {
            if (!inWord) wordStart = start;
            inWord = true;
            pashto = pashto || isPashtoLetter(c);
            sorani = sorani || isSoraniLetter(c);
            urdu = urdu || isUrduLetter(c);
            persian = persian || isPersianLetter(c);
        } else if (!(joiner && inWord)) {
            finish(start);
        }
    }
    finish(size);
    return counts;
}

bool isArabicScriptLanguage(std::string_view tag) {
    // The Arabic-script languages CLD2 can name.
    constexpr std::array<std::string_view, 8> kTags = {"ar", "fa", "ur", "ps", "ku", "sd", "ug", "ks"};
    return std::find(kTags.begin(), kTags.end(), tag) != kTags.end();
}

// At least `percent` % of the words.
bool share(int part, int whole, int percent) {
    return part > 0 && part * 100 >= whole * percent;
}

} // namespace

LanguageGuess detectArabicScript(std::string_view utf8) {
    const std::string arabic = textInScript(utf8, USCRIPT_ARABIC);
    const WordCounts counts = countWords(arabic);
    if (counts.words == 0) return {"und", 0, false};

    // Two marked words in at least 15% of them, or one in a line of three words or fewer.
    if ((counts.pashto >= 2 && share(counts.pashto, counts.words, 15)) ||
        (counts.words <= 3 && counts.pashto >= 1)) {
        const int confidence = std::min(95, 50 + 100 * counts.pashto / counts.words);
        return {"ps", confidence, counts.pashto >= 2};
    }

    // Central Kurdish, which the linked CLD2 tables do not know either, by the same rule.
    if ((counts.sorani >= 2 && share(counts.sorani, counts.words, 15)) ||
        (counts.words <= 3 && counts.sorani >= 1))
        return {"ckb", std::min(95, 50 + 100 * counts.sorani / counts.words), counts.sorani >= 2};

    LanguageGuess cld = detectWithCld2(arabic);
    if (cld.tag == "ku") cld.tag = "ckb"; // CLD2's Kurdish in Arabic script is Sorani
    const bool arabicScript = isArabicScriptLanguage(cld.tag);
    if (cld.reliable && arabicScript) return cld;

    if (share(counts.urdu, counts.words, 15)) return {"ur", 30, false};
    if (share(counts.persian, counts.words, 25)) return {"fa", 30, false};
    if (arabicScript) return cld;
    return {"ar", 20, false};
}

} // namespace cairn::text::detail
