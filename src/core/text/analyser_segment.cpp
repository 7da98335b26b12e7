#include "text/analyser_segment.h"

#include "common/error.h"
#include "text/fold_table.h"
#include "text/utf.h"

#include <climits>
#include <memory>
#include <mutex>
#include <unicode/brkiter.h>
#include <unicode/ucpmap.h>
#include <unicode/uniset.h>
#include <unicode/uscript.h>
#include <unicode/uset.h>
#include <unicode/utext.h>

namespace cairn::text::detail {

namespace {

// One byte per code point: the Word_Break class in the low three bits, flags above.
enum WordClass : std::uint8_t {
    kOther = 0,
    kALetter = 1,
    kNumeric = 2,
    kMidLetter = 3,
    kMidNum = 4,
    kMidNumLet = 5, // MidNumLet and Single_Quote: the rules treat them alike outside Hebrew
    kExtendNumLet = 6,
    kExtend = 7, // Extend, Format and ZWJ (WB4 attaches them to the character before)
};
constexpr std::uint8_t kClassMask = 7;
constexpr std::uint8_t kNewline = 8; // CR, LF, Newline: never take Extend characters (WB4)
constexpr std::uint8_t kZwj = 16;    // U+200D: WB3c joins it to a following emoji
constexpr std::uint8_t kEmoji = 32;  // Extended_Pictographic or ICU's older $EmojiNRK, for WB3c
constexpr std::uint8_t kNeedsIcu = 64;

std::uint8_t fromIcu(std::int32_t wordBreak) {
    switch (wordBreak) {
    case U_WB_ALETTER:
        return kALetter;
    case U_WB_NUMERIC:
        return kNumeric;
    case U_WB_MIDLETTER:
        return kMidLetter;
    case U_WB_MIDNUM:
        return kMidNum;
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE:
        return kMidNumLet;
    case U_WB_EXTENDNUMLET:
        return kExtendNumLet;
    case U_WB_EXTEND:
    case U_WB_FORMAT:
        return kExtend;
    case U_WB_ZWJ:
        return kExtend | kZwj;
    case U_WB_CR:
    case U_WB_LF:
    case U_WB_NEWLINE:
        return kOther | kNewline;
    case U_WB_HEBREW_LETTER:
    case U_WB_KATAKANA:
    case U_WB_E_BASE:
    case U_WB_E_BASE_GAZ:
    case U_WB_E_MODIFIER:
    case U_WB_GLUE_AFTER_ZWJ:
        return kOther | kNeedsIcu;
    default:
        return kOther; // Other, Double_Quote (only Hebrew rules use it), Regional_Indicator, WSegSpace
    }
}

template <typename Apply> void forEachRange(const UCPMap* map, Apply apply) {
    UChar32 start = 0;
    uint32_t value = 0;
    for (UChar32 end;
         (end = ucpmap_getRange(map, start, UCPMAP_RANGE_NORMAL, 0, nullptr, nullptr, &value)) >= 0;
         start = end + 1)
        apply(start, end, value);
}

template <typename Apply> void forEachInSet(const USet* set, Apply apply) {
    const int32_t items = uset_getItemCount(set);
    for (int32_t i = 0; i < items; ++i) {
        UChar32 start = 0, end = 0;
        UErrorCode status = U_ZERO_ERROR;
        if (uset_getItem(set, i, &start, &end, nullptr, 0, &status) == 0) apply(start, end);
    }
}

const UCPMap* intMap(UProperty property) {
    UErrorCode status = U_ZERO_ERROR;
    const UCPMap* map = u_getIntPropertyMap(property, &status);
    if (U_FAILURE(status)) throw Error(std::string("ICU property data unavailable: ") + u_errorName(status));
    return map;
}

const USet* binarySet(UProperty property) {
    UErrorCode status = U_ZERO_ERROR;
    const USet* set = u_getBinaryPropertySet(property, &status);
    if (U_FAILURE(status)) throw Error(std::string("ICU property data unavailable: ") + u_errorName(status));
    return set;
}

std::vector<std::uint8_t> buildClassTable() {
    std::vector<std::uint8_t> table(0x110000, kOther);
    forEachRange(intMap(UCHAR_WORD_BREAK), [&](UChar32 s, UChar32 e, uint32_t v) {
        for (UChar32 c = s; c <= e; ++c)
            table[static_cast<std::size_t>(c)] = fromIcu(static_cast<int32_t>(v));
    });
    // ICU's tailorings of UAX #29 (icu4c/source/data/brkitr/rules/word.txt): '@' is a letter, so that
    // "name@example.org" stays one word, and the colons are not MidLetter, so "10:30" and "re:cap" break.
    table['@'] = kALetter;
    for (const char32_t colon : {U':', U'\uFE55', U'\uFF1A'})
        table[colon] = kOther;
    // ICU's $EmojiNRK: Emoji minus regional indicators, '*', '#', digits, ©, ®, ™, 〰 and 〽.
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeSet notEmoji(
        icu::UnicodeString(u"[\\p{Regional_Indicator}\\u002A\\u00230-9\\u00A9\\u00AE\\u2122\\u3030\\u303D]"),
        status);
    if (U_FAILURE(status)) throw Error(std::string("ICU set pattern refused: ") + u_errorName(status));
    // Extended_Pictographic is what ICU 72's WB3c uses; older rule files used $EmojiNRK. Both are flagged:
    // a flag only sends a text to ICU, so a superset is safe.
    forEachInSet(binarySet(UCHAR_EXTENDED_PICTOGRAPHIC), [&](UChar32 s, UChar32 e) {
        for (UChar32 c = s; c <= e; ++c)
            table[static_cast<std::size_t>(c)] |= kEmoji;
    });
    forEachInSet(binarySet(UCHAR_EMOJI), [&](UChar32 s, UChar32 e) {
        for (UChar32 c = s; c <= e; ++c)
            if (!notEmoji.contains(c)) table[static_cast<std::size_t>(c)] |= kEmoji;
    });
    const auto needsIcu = [&](UChar32 s, UChar32 e) {
        for (UChar32 c = s; c <= e; ++c)
            table[static_cast<std::size_t>(c)] |= kNeedsIcu;
    };
    forEachRange(intMap(UCHAR_LINE_BREAK), [&](UChar32 s, UChar32 e, uint32_t v) {
        if (v == U_LB_COMPLEX_CONTEXT) needsIcu(s, e);
    });
    forEachRange(intMap(UCHAR_SCRIPT), [&](UChar32 s, UChar32 e, uint32_t v) {
        if (v == USCRIPT_HAN || v == USCRIPT_HIRAGANA || v == USCRIPT_KATAKANA) needsIcu(s, e);
    });
    forEachInSet(binarySet(UCHAR_IDEOGRAPHIC), needsIcu);
    needsIcu(0xAC00, 0xD7A3); // Hangul syllables: ICU keeps them out of ALetter
    for (auto& entry : table) {
        const auto cls = entry & kClassMask;
        const bool wordish = cls != kOther && cls != kExtend;
        if ((entry & kEmoji) && wordish) entry |= kNeedsIcu; // e.g. Ⓜ, ℹ: letters and emoji at once
    }
    return table;
}

const std::uint8_t* classTable() {
    static const std::vector<std::uint8_t> table = buildClassTable();
    return table.data();
}

bool isWordStart(std::uint8_t cls) {
    return cls == kALetter || cls == kNumeric || cls == kExtendNumLet;
}

// WB5, WB8, WB9, WB10, WB13a, WB13b: pairs that never break.
bool joins(std::uint8_t left, std::uint8_t right) {
    const bool alnumLeft = left == kALetter || left == kNumeric;
    const bool alnumRight = right == kALetter || right == kNumeric;
    return (alnumLeft && alnumRight) || ((alnumLeft || left == kExtendNumLet) && right == kExtendNumLet) ||
           (left == kExtendNumLet && alnumRight);
}

// WB6/WB7 (letter, MidLetter or MidNumLetQ, letter) and WB11/WB12 (digit, MidNum or MidNumLetQ, digit).
bool joinsAcross(std::uint8_t left, std::uint8_t middle) {
    if (left == kALetter) return middle == kMidLetter || middle == kMidNumLet;
    if (left == kNumeric) return middle == kMidNum || middle == kMidNumLet;
    return false;
}

// The UTF-8 word scanner: one pass over the code points. WB4 is applied on the fly: an Extend, Format or
// ZWJ character lengthens whatever unit precedes it, so it only matters inside a word (before a word it
// belongs to a non-word unit or follows a newline: it can never start one).
class Scanner {
public:
    Scanner(std::string_view text, std::vector<WordSpan>& out)
        : m_text(text), m_bytes(reinterpret_cast<const unsigned char*>(text.data())), m_table(classTable()),
          m_out(out) {}

    /// Appends the words to `out`; false as soon as a character needs ICU.
    bool run() {
        while (m_pos < m_text.size()) {
            const auto startByte = static_cast<std::int64_t>(m_pos);
            const std::uint8_t info = next();
            if (m_needsIcu) return false;
            const std::uint8_t cls = info & kClassMask;
            if (cls == kExtend) {
                extend();
                continue;
            }
            if (m_word.open && continueWord(cls)) continue;
            if (isWordStart(cls)) start(cls, startByte);
        }
        if (m_word.open) close();
        return true;
    }

private:
    struct OpenWord {
        bool open = false;
        bool pendingMiddle = false; // a MidLetter/MidNum character was read: the next unit decides
        std::uint8_t last = kOther; // class of the word's last unit
        bool alnum = false;
        bool joined = false;       // more than one unit
        bool lastExtended = false; // Extend, Format or ZWJ characters follow the last unit
        WordSpan span{};
    };

    // Reads one code point and returns its table entry; flags the text when it needs ICU.
    std::uint8_t next() {
        if (m_bytes[m_pos] < 0x80) {
            ++m_cp;
            return m_table[m_bytes[m_pos++]];
        }
        m_word.span.shape |= kNonAscii; // harmless on a word about to close: the next one resets it
        const std::uint8_t info = m_table[decodeUtf8(m_text, m_pos)];
        ++m_cp;
        std::size_t after = m_pos;
        // WB3c joins ZWJ to an emoji: ICU's emoji rules decide what that does to a word.
        m_needsIcu = (info & kNeedsIcu) || ((info & kZwj) && m_pos < m_text.size() &&
                                            (m_table[decodeUtf8(m_text, after)] & kEmoji));
        return info;
    }

    void extend() {
        if (!m_word.open || m_word.pendingMiddle) return;
        m_word.span.byteEnd = static_cast<std::int64_t>(m_pos);
        m_word.span.cpEnd = m_cp;
        m_word.span.shape |= kEdges;
        m_word.lastExtended = true;
    }

    // True when the unit of class `cls` (just read) belongs to the open word; else closes the word.
    bool continueWord(std::uint8_t cls) {
        if (m_word.pendingMiddle) {
            m_word.pendingMiddle = false;
            if (cls == m_word.last) { // WB7, WB11: the letter or digit after the middle character
                m_word.span.shape |= kMiddle;
                grow(cls);
                return true;
            }
        } else if (joins(m_word.last, cls)) {
            grow(cls);
            return true;
        } else if (joinsAcross(m_word.last, cls)) {
            m_word.pendingMiddle = true; // WB6, WB12
            return true;
        }
        close();
        return false;
    }

    void start(std::uint8_t cls, std::int64_t startByte) {
        m_word.open = true;
        m_word.pendingMiddle = false;
        m_word.last = cls;
        m_word.alnum = cls != kExtendNumLet;
        m_word.joined = false;
        m_word.lastExtended = false;
        const std::uint8_t shape =
            (m_bytes[startByte] >= 0x80 ? kNonAscii : 0) | (cls == kExtendNumLet ? kEdges : 0);
        m_word.span = {startByte, static_cast<std::int64_t>(m_pos), m_cp - 1, m_cp, shape};
        if (cls != kExtendNumLet) takeAsciiRun();
    }

    void grow(std::uint8_t cls) {
        m_word.span.byteEnd = static_cast<std::int64_t>(m_pos);
        m_word.span.cpEnd = m_cp;
        m_word.last = cls;
        m_word.alnum = m_word.alnum || cls != kExtendNumLet;
        m_word.joined = true;
        m_word.lastExtended = false;
        if (cls == kExtendNumLet)
            m_word.span.shape |= kEdges;
        else
            takeAsciiRun();
    }

    // ASCII letters and digits after a letter or digit always join (WB5, WB8–WB10): take them at once.
    void takeAsciiRun() {
        std::size_t end = m_pos;
        while (end < m_text.size() && m_bytes[end] < 0x80 &&
               ((m_table[m_bytes[end]] & kClassMask) == kALetter ||
                (m_table[m_bytes[end]] & kClassMask) == kNumeric))
            ++end;
        if (end == m_pos) return;
        m_cp += static_cast<std::int64_t>(end - m_pos);
        m_pos = end;
        m_word.last = m_table[m_bytes[end - 1]] & kClassMask;
        m_word.alnum = m_word.joined = true;
        m_word.span.byteEnd = static_cast<std::int64_t>(m_pos);
        m_word.span.cpEnd = m_cp;
    }

    void close() {
        // ICU's rule statuses: a lone ExtendNumLet ("_") is no word, but "__" is one (rule 13a gives it a
        // status); a word ending in ExtendNumLet followed by Extend characters is none (the rule that
        // attaches them to an ExtendNumLet has no status, and the last rule matched decides).
        if ((m_word.alnum || m_word.joined) && !(m_word.last == kExtendNumLet && m_word.lastExtended))
            m_out.push_back(m_word.span);
        m_word.open = false;
        m_word.pendingMiddle = false;
    }

    std::string_view m_text;
    const unsigned char* m_bytes;
    const std::uint8_t* m_table;
    std::vector<WordSpan>& m_out;
    std::size_t m_pos = 0;
    std::int64_t m_cp = 0;
    bool m_needsIcu = false;
    OpenWord m_word;
};

std::mutex g_prototypeMutex;

const icu::BreakIterator& prototype() {
    static const std::unique_ptr<icu::BreakIterator> words = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status) || !it)
            throw Error(std::string("ICU word breaker unavailable: ") + u_errorName(status));
        return it;
    }();
    return *words;
}

} // namespace

bool segmentWordsDirect(std::string_view text, std::vector<WordSpan>& out) {
    const std::size_t before = out.size();
    if (Scanner(text, out).run()) return true;
    out.resize(before);
    return false;
}

void segmentWordsIcu(std::string_view text, std::vector<WordSpan>& out) {
    if (text.size() >= static_cast<std::size_t>(INT32_MAX))
        throw InvalidInput("text too large for word breaking (2 GiB or more in one piece)");
    thread_local std::unique_ptr<icu::BreakIterator> words;
    if (!words) {
        // createWordInstance loads and compiles rule data; a clone of one prototype is cheap. Cloning is
        // serialised because ICU documents BreakIterator objects, the prototype included, as not thread-safe.
        const std::lock_guard lock(g_prototypeMutex);
        words.reset(prototype().clone());
    }
    UErrorCode status = U_ZERO_ERROR;
    UText local = UTEXT_INITIALIZER;
    UText* utf8 = utext_openUTF8(&local, text.data(), static_cast<int64_t>(text.size()), &status);
    words->setText(utf8, status);
    if (U_FAILURE(status)) {
        utext_close(utf8);
        throw Error(std::string("ICU word breaking failed: ") + u_errorName(status));
    }
    std::int64_t countedByte = 0, countedCp = 0; // code points are counted forward once, never rescanned
    const auto cpAt = [&](std::int64_t byte) {
        countedCp += codePointCount(
            text.substr(static_cast<std::size_t>(countedByte), static_cast<std::size_t>(byte - countedByte)));
        countedByte = byte;
        return countedCp;
    };
    int32_t start = words->first();
    for (int32_t end = words->next(); end != icu::BreakIterator::DONE; start = end, end = words->next()) {
        if (words->getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
        const std::int64_t cpStart = cpAt(start);
        out.push_back({start, end, cpStart, cpAt(end)});
    }
    utext_close(utf8);
}

void segmentWords(std::string_view text, std::vector<WordSpan>& out) {
    if (!segmentWordsDirect(text, out)) segmentWordsIcu(text, out);
}

} // namespace cairn::text::detail
