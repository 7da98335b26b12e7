#include "text/analyser_word.h"

#include "text/fold_table.h"
#include "text/utf.h"

#include <algorithm>
#include <array>
#include <unicode/uchar.h>

namespace cairn::text::detail {

namespace {

bool isAlnum(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    return (U_GET_GC_MASK(static_cast<UChar32>(c)) & (U_GC_L_MASK | U_GC_N_MASK)) != 0;
}

bool isMark(char32_t c) {
    return c >= 0x80 && (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) != 0;
}

// The start of the code point that ends before `end`.
std::size_t previousStart(std::string_view text, std::size_t begin, std::size_t end) {
    std::size_t at = end - 1;
    while (at > begin && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
        --at;
    return at;
}

// Length of the apostrophe starting at `at` (U+0027, U+2019, U+FF07), or 0.
std::size_t apostropheAt(std::string_view word, std::size_t at) {
    if (word[at] == '\'') return 1;
    if (word.substr(at, 3) == "\xE2\x80\x99" || word.substr(at, 3) == "\xEF\xBC\x87") return 3;
    return 0;
}

std::string asciiLower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

// The first byte of the fold of the code point at `at`, or 0.
char foldedInitial(std::string_view word, std::size_t at) {
    const std::string_view folded = foldInfo(decodeUtf8(word, at)).fold;
    return folded.empty() ? '\0' : folded.front();
}

bool isElision(std::string_view prefix) {
    static constexpr std::array<std::string_view, 13> kElided = {
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"};
    if (prefix.size() > 6) return false;
    const std::string lower = asciiLower(prefix);
    for (const auto e : kElided)
        if (lower == e) return true;
    return false;
}

bool isWelshClitic(std::string_view suffix) {
    static constexpr std::array<std::string_view, 7> kClitics = {"r", "n", "m", "i", "w", "th", "ch"};
    if (suffix.size() > 2) return false;
    const std::string lower = asciiLower(suffix);
    for (const auto c : kClitics)
        if (lower == c) return true;
    return false;
}

} // namespace

bool trimWord(std::string_view text, WordSpan& span) {
    auto start = static_cast<std::size_t>(span.byteStart);
    auto end = static_cast<std::size_t>(span.byteEnd);
    while (start < end) {
        std::size_t next = start;
        if (isAlnum(decodeUtf8(text, next))) break;
        start = next;
        ++span.cpStart;
    }
    while (end > start) {
        const std::size_t at = previousStart(text, start, end);
        std::size_t next = at;
        const char32_t c = decodeUtf8(text, next);
        if (isAlnum(c) || isMark(c)) break;
        end = at;
        --span.cpEnd;
    }
    span.byteStart = static_cast<std::int64_t>(start);
    span.byteEnd = static_cast<std::int64_t>(end);
    return start < end;
}

void splitClitics(std::string_view text, WordSpan& span) {
    std::string_view word = text.substr(static_cast<std::size_t>(span.byteStart),
                                        static_cast<std::size_t>(span.byteEnd - span.byteStart));
    // Most words have no apostrophe: one pass over the bytes for ' and the lead bytes of ’ and ＇.
    if (std::none_of(word.begin(), word.end(),
                     [](char c) { return c == '\'' || c == '\xE2' || c == '\xEF'; }))
        return;
    // Elision: the first apostrophe, after a known prefix, before a vowel or h.
    for (std::size_t at = 1; at < word.size() && at <= 6; ++at) {
        const std::size_t length = apostropheAt(word, at);
        if (!length) continue;
        const std::size_t rest = at + length;
        if (rest < word.size() && isElision(word.substr(0, at))) {
            const char initial = foldedInitial(word, rest);
            if (initial && std::string_view("aeiouyh").find(initial) != std::string_view::npos) {
                span.byteStart += static_cast<std::int64_t>(rest);
                span.cpStart += codePointCount(word.substr(0, rest));
                word = word.substr(rest);
            }
        }
        break;
    }
    // Clitic: the last apostrophe, before 'r 'n 'm 'i 'w 'th 'ch after a vowel, or before 's.
    for (std::size_t at = word.size() - 1; at > 0; --at) {
        const std::size_t length = apostropheAt(word, at);
        if (!length) continue;
        const std::string_view suffix = word.substr(at + length);
        bool drop = asciiLower(suffix) == "s";
        if (!drop && isWelshClitic(suffix)) {
            const char last = foldedInitial(word, previousStart(word, 0, at));
            drop = last && std::string_view("aeiouwy").find(last) != std::string_view::npos;
        }
        if (drop) {
            span.byteEnd = span.byteStart + static_cast<std::int64_t>(at);
            span.cpEnd -= codePointCount(word.substr(at));
        }
        break;
    }
}

void collapseInitialisms(std::string& term) {
    if (term.find('.') == std::string::npos) return;
    std::size_t parts = 0;
    std::size_t pos = 0;
    while (pos <= term.size()) {
        const std::size_t dot = std::min(term.find('.', pos), term.size());
        const std::string_view part = std::string_view(term).substr(pos, dot - pos);
        if (part.empty() || codePointCount(part) != 1) return;
        std::size_t at = 0;
        const char32_t c = decodeUtf8(part, at);
        if (!u_isalpha(static_cast<UChar32>(c))) return; // "3.5" is a number
        ++parts;
        pos = dot + 1;
    }
    if (parts < 2) return;
    std::erase(term, '.');
}

} // namespace cairn::text::detail
