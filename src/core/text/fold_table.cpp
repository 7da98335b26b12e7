#include "text/fold_table.h"

#include "common/error.h"
#include "text/utf.h"

#include <array>
#include <atomic>
#include <memory>
#include <string>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

namespace cairn::text::detail {

namespace {

const icu::Normalizer2& normalizer(const icu::Normalizer2* (*get)(UErrorCode&)) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = get(status);
    if (U_FAILURE(status)) throw Error(std::string("ICU normaliser unavailable: ") + u_errorName(status));
    return *n;
}
const icu::Normalizer2& nfd() {
    static const icu::Normalizer2& n = normalizer(&icu::Normalizer2::getNFDInstance);
    return n;
}
const icu::Normalizer2& nfc() {
    static const icu::Normalizer2& n = normalizer(&icu::Normalizer2::getNFCInstance);
    return n;
}
const icu::Normalizer2& nfkc() {
    static const icu::Normalizer2& n = normalizer(&icu::Normalizer2::getNFKCInstance);
    return n;
}

// Arabic presentation forms (A: FB50–FDFF, B: FE70–FEFF) and half-/full-width forms (FF00–FFEF) are
// compatibility-decomposed (NFKC) before anything else, so "ﻻ" is "لا" and "Ｃａｅｒ" is "caer". NFKC is
// applied to these ranges only: elsewhere it would fold away distinctions users mean (superscripts,
// "ﬁ" is handled by case folding anyway). U+FDFA, U+FDFB and U+FDFD expand to whole phrases with spaces
// and stay as they are.
bool usesCompatibility(char32_t c) {
    if (c == 0xFDFA || c == 0xFDFB || c == 0xFDFD) return false;
    return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF) || (c >= 0xFF00 && c <= 0xFFEF);
}

bool inArabicBlocks(UChar32 c) {
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x0870 && c <= 0x08FF) ||
           (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

// Removed from both forms: Arabic harakat, Quranic annotation and other combining marks of the Arabic
// blocks (U+064B–U+065F, U+0670, U+0610–U+061A, U+06D6–U+06ED, U+08D3–U+08FF…), tatweel (U+0640),
// default-ignorable code points (ZWNJ, ZWJ, soft hyphen, bidi marks, variation selectors, BOM), U+202F
// NARROW NO-BREAK SPACE (the one space that word breaking keeps inside a word: "10 000") and emoji
// skin-tone modifiers (they are Word_Break=Extend, so "a🏽" would otherwise be one word).
bool dropped(UChar32 c) {
    if (c == 0x0640) return true;
    const auto type = u_charType(c);
    if (inArabicBlocks(c) && (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK)) return true;
    if (c == 0x202F) return true;
    if (c >= 0x1F3FB && c <= 0x1F3FF) return true;
    return u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

bool isApostrophe(UChar32 c) {
    return c == 0x27 || c == 0x2019 || c == 0xFF07;
}

bool isMark(UChar32 c) {
    const auto type = u_charType(c);
    return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK;
}

bool isLetter(UChar32 c) {
    return (U_GET_GC_MASK(c) & U_GC_L_MASK) != 0;
}

bool isLatinLetter(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    return isLetter(c) && uscript_getScript(c, &status) == USCRIPT_LATIN;
}

// Letters folded by explicit rule, after case folding and canonical decomposition (so only lowercase,
// undecomposable letters appear here).
//   Latin letters with a stroke, bar or ligature that no decomposition removes: ł→l (Polish), ø→o,
//   đ→d, ð→d, þ→th, æ→ae, œ→oe, ħ→h, ı→i (dotless i), ŀ→l, ŧ→t, ƀ→b, ƶ→z.
//   Arabic script (one spelling for letters people type interchangeably):
//     alef wasla and wavy-hamza alefs → bare alef (ٱ ٲ ٳ ٵ → ا; أ إ آ reach ا by decomposition, the
//     hamza and madda being marks);
//     teh marbuta → heh (ة → ه), also Urdu heh goal and its forms and Persian ۀ (ہ ۂ ۃ ۀ → ه);
//     every yeh → Arabic yeh: alef maksura ى, Persian/Urdu yeh ی, Pashto ې and ۍ (which Pashto writers
//     without a Pashto keyboard type as ی), and yeh with hamza ئ (by decomposition);
//     keheh and swash kaf → Arabic kaf (ک ڪ → ك);
//     Pashto gaf with ring → gaf (ګ → گ), which Persian-keyboard users type for it.
//   Arabic rather than Persian letters are the canonical forms because the Snowball Arabic stemmer
//   knows only the Arabic ones. Letters that are not keyboard substitutes stay distinct: ښ ≠ ش,
//   ږ ≠ ژ, ټ ≠ ت, ځ ≠ ج, څ ≠ چ, ډ ≠ د, ړ ≠ ر, ڼ ≠ ن (they are different phonemes and words).
//   Ethiopic has no case and no folding.
const char* explicitFold(UChar32 c) {
    switch (c) {
    case 0x0142:
        return "l";
    case 0x00F8:
        return "o";
    case 0x0111:
        return "d";
    case 0x00F0:
        return "d";
    case 0x00FE:
        return "th";
    case 0x00E6:
        return "ae";
    case 0x0153:
        return "oe";
    case 0x0127:
        return "h";
    case 0x0131:
        return "i";
    case 0x0140:
        return "l";
    case 0x0167:
        return "t";
    case 0x0180:
        return "b";
    case 0x01B6:
        return "z";
    case 0x0671: // ٱ
    case 0x0672: // ٲ
    case 0x0673: // ٳ
    case 0x0675:
        return "\u0627";
    case 0x0629: // ة
    case 0x06C0: // ۀ
    case 0x06C1: // ہ
    case 0x06C2: // ۂ
    case 0x06C3:
        return "\u0647";
    case 0x0649: // ى
    case 0x06CC: // ی
    case 0x06D0: // ې
    case 0x06CD:
        return "\u064A";
    case 0x06A9: // ک
    case 0x06AA:
        return "\u0643";
    case 0x06AB:
        return "\u06AF";
    default:
        return nullptr;
    }
}

// Letters whose canonical decomposition must not be used because the explicit rule is better:
// ۀ and ۂ decompose to a base (ە, ہ) plus hamza; they are heh with a mark in Persian and Urdu.
bool foldsBeforeDecomposition(UChar32 c) {
    return c == 0x06C0 || c == 0x06C2;
}

void appendUtf8(std::string& out, UChar32 c) {
    appendCodePoint(out, static_cast<char32_t>(c));
}

icu::UnicodeString compatibilityAndCase(UChar32 cp) {
    icu::UnicodeString s(cp);
    if (usesCompatibility(static_cast<char32_t>(cp))) {
        UErrorCode status = U_ZERO_ERROR;
        s = nfkc().normalize(s, status);
        if (U_FAILURE(status)) s = icu::UnicodeString(cp);
    }
    s.foldCase(U_FOLD_CASE_DEFAULT); // full folding: ß → ss, İ → i̇, ﬁ → fi
    return s;
}

std::string lowerForm(const icu::UnicodeString& cased) {
    std::string out;
    for (int32_t i = 0; i < cased.length(); i = cased.moveIndex32(i, 1)) {
        const UChar32 c = cased.char32At(i);
        if (dropped(c)) continue;
        if (isApostrophe(c)) {
            out += '\'';
        } else if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
            out += static_cast<char>('0' + u_charDigitValue(c));
        } else {
            appendUtf8(out, c);
        }
    }
    return out;
}

std::string foldForm(UChar32 cp, const icu::UnicodeString& cased) {
    if (foldsBeforeDecomposition(cp)) return explicitFold(cp);
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString decomposed = nfd().normalize(cased, status);
    if (U_FAILURE(status)) return lowerForm(cased);
    icu::UnicodeString folded;
    bool latinBase = false;
    for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
        const UChar32 c = decomposed.char32At(i);
        if (dropped(c)) continue;
        if (isMark(c)) {
            if (!latinBase) folded.append(c);
            continue;
        }
        latinBase = isLatinLetter(c);
        if (const char* mapped = explicitFold(c)) {
            folded.append(icu::UnicodeString::fromUTF8(mapped));
        } else if (isApostrophe(c)) {
            folded.append(UChar32{'\''});
        } else if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
            folded.append(static_cast<UChar32>('0' + u_charDigitValue(c)));
        } else {
            folded.append(c);
        }
    }
    status = U_ZERO_ERROR;
    const icu::UnicodeString composed = nfc().normalize(folded, status);
    std::string out;
    (U_SUCCESS(status) ? composed : folded).toUTF8String(out);
    return out;
}

struct OwnedFoldBlock : FoldBlock {
    std::string storage;
};

std::uint32_t store(std::string& storage, const std::string& bytes) {
    const auto at = storage.find(bytes);
    if (at != std::string::npos && !bytes.empty()) return static_cast<std::uint32_t>(at);
    storage += bytes;
    return static_cast<std::uint32_t>(storage.size() - bytes.size());
}

std::unique_ptr<OwnedFoldBlock> buildBlock(char32_t first) {
    auto block = std::make_unique<OwnedFoldBlock>();
    for (char32_t i = 0; i < 256; ++i) {
        const auto cp = static_cast<UChar32>(first + i);
        FoldEntry& e = block->entries[i];
        e = FoldEntry{0, 0, 0, 0, 0};
        if (cp >= 0xD800 && cp <= 0xDFFF) continue; // never decoded from valid UTF-8
        const icu::UnicodeString cased = compatibilityAndCase(cp);
        const std::string lower = lowerForm(cased);
        const std::string fold = foldForm(cp, cased);
        e.lowerOffset = store(block->storage, lower);
        e.lowerLength = static_cast<std::uint8_t>(lower.size());
        e.foldOffset = store(block->storage, fold);
        e.foldLength = static_cast<std::uint8_t>(fold.size());
        std::uint8_t flags = 0;
        if (isLatinLetter(cp)) flags |= kLatinLetter;
        if (isMark(cp)) flags |= kMark;
        if (fold.empty()) flags |= kIgnorable;
        if (isLetter(cp)) flags |= kLetter;
        if (u_charType(cp) == U_DECIMAL_DIGIT_NUMBER) flags |= kDigit;
        if (isApostrophe(cp)) flags |= kApostrophe;
        e.flags = flags;
    }
    block->pool = block->storage.data();
    return block;
}

constexpr std::size_t kBlocks = 0x110000 / 256;
std::array<std::atomic<const FoldBlock*>, kBlocks> g_blocks{};

} // namespace

const FoldBlock& foldBlock(char32_t cp) {
    auto& slot = g_blocks[(cp >> 8) % kBlocks];
    if (const FoldBlock* ready = slot.load(std::memory_order_acquire)) return *ready;
    auto fresh = buildBlock(cp & ~char32_t{0xFF});
    const FoldBlock* expected = nullptr;
    // Two threads may build the same block; the first to publish wins and the other's copy is dropped.
    // Published blocks are never freed: they are reachable from g_blocks until the process exits.
    if (slot.compare_exchange_strong(expected, fresh.get(), std::memory_order_acq_rel))
        return *fresh.release();
    return *expected;
}

} // namespace cairn::text::detail
