// inVivoCodeName: an in-vivo code is named with the participant's own words, so the name keeps them
// as written and only tidies what a selection drags along (line breaks, the quote marks and the full
// stop around the words) and shortens a long selection to a name that fits a codebook row.

#include "project/project.h"
#include "text/normalize.h"
#include "text/utf.h"

#include <algorithm>
#include <array>

namespace cairn::project {

namespace {

// Inputs are valid UTF-8 (stored text is validated at import), so decoding needs no error path.
std::u32string decode(std::string_view utf8) {
    std::u32string out;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        char32_t cp = length == 1 ? lead : lead & (0xFF >> (length + 1));
        for (int k = 1; k < length && i + static_cast<std::size_t>(k) < utf8.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + static_cast<std::size_t>(k)]) & 0x3F);
        out.push_back(cp);
        i += static_cast<std::size_t>(length);
    }
    return out;
}

bool isSpace(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' || c == 0xA0 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x3000;
}

// Marks that open or close a quotation or a sentence, in the scripts the corpora use (Latin, Arabic,
// Persian, Urdu, CJK); a name neither starts nor ends with them.
bool isEdgePunctuation(char32_t c) {
    static constexpr std::array<char32_t, 34> marks{
        U'"',   U'\'',  U'.',   U',',   U';',   U':',   U'!',   U'?',   U'-',   U'(',   U')',   U'[',
        U']',   U'*',   0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x2039, 0x203A, 0x00AB, 0x00BB,
        0x2026, 0x2013, 0x2014, 0x060C, 0x061B, 0x061F, 0x06D4, 0x3001, 0x3002, 0xFF0C};
    return std::find(marks.begin(), marks.end(), c) != marks.end();
}

void trimEdges(std::u32string& s) {
    while (!s.empty() && (isSpace(s.back()) || isEdgePunctuation(s.back())))
        s.pop_back();
    std::size_t from = 0;
    while (from < s.size() && (isSpace(s[from]) || isEdgePunctuation(s[from])))
        ++from;
    s.erase(0, from);
}

} // namespace

std::string inVivoCodeName(std::string_view text, std::size_t maxChars) {
    // Only the start can become the name; a whole transcript selected is not decoded whole.
    const auto head = text::sliceCodePoints(text::trim(text), 0, static_cast<std::int64_t>(maxChars * 4 + 8));
    std::u32string words;
    for (const auto c : decode(head)) {
        if (isSpace(c)) {
            if (!words.empty() && words.back() != U' ') words.push_back(U' ');
        } else {
            words.push_back(c);
        }
    }
    trimEdges(words);
    const bool cut = words.size() > maxChars || head.size() < text::trim(text).size();
    if (words.size() > maxChars) {
        // Cut at the last space that keeps at least half the room; one long word is cut where it is.
        const auto space = words.rfind(U' ', maxChars);
        words.resize(space != std::u32string::npos && space >= maxChars / 2 ? space : maxChars);
        trimEdges(words);
    }
    std::string out;
    for (const auto c : words)
        text::appendCodePoint(out, c);
    if (cut && !out.empty()) out += "\xE2\x80\xA6";
    return out;
}

} // namespace cairn::project
