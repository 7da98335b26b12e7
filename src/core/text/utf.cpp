#include "text/utf.h"

#include <algorithm>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace cairn::text {

namespace {

// Length of the UTF-8 sequence led by `lead`; continuation bytes count as 1 so scanning never stalls.
int sequenceLength(unsigned char lead) {
    if (lead < 0xC0) return 1;
    if (lead < 0xE0) return 2;
    if (lead < 0xF0) return 3;
    return 4;
}

struct Position {
    std::int64_t byte = 0;
    std::int64_t cp = 0;
    std::int64_t utf16 = 0;
};

// Walks forward from `from` until `stop` says so; returns the position reached.
template <typename Stop> Position walk(std::string_view s, Position from, Stop stop) {
    const auto size = static_cast<std::int64_t>(s.size());
    Position p = from;
    while (p.byte < size && !stop(p)) {
        const int len = sequenceLength(static_cast<unsigned char>(s[static_cast<std::size_t>(p.byte)]));
        p.byte = std::min<std::int64_t>(p.byte + len, size);
        p.utf16 += len == 4 ? 2 : 1;
        ++p.cp;
    }
    return p;
}

} // namespace

bool isValidUtf8(std::string_view bytes, std::int64_t* badOffset) {
    // ICU's macros index with int32_t, so walk a text of any size in chunks of at most 1 GiB,
    // never letting a sequence straddle a chunk boundary.
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto total = static_cast<std::int64_t>(bytes.size());
    std::int64_t base = 0;
    while (base < total) {
        const auto length = static_cast<int32_t>(std::min<std::int64_t>(total - base, std::int64_t{1} << 30));
        const bool last = base + length >= total;
        const int32_t limit = last ? length : length - 4;
        int32_t i = 0;
        while (i < limit) {
            const int32_t start = i;
            UChar32 c;
            U8_NEXT(s + base, i, length, c);
            if (c < 0) {
                if (badOffset) *badOffset = base + start;
                return false;
            }
        }
        base += i;
    }
    return true;
}

std::int64_t codePointCount(std::string_view utf8) {
    std::int64_t n = 0;
    for (const char c : utf8)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

std::int64_t utf16Length(std::string_view utf8) {
    std::int64_t n = 0;
    for (const char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        n += (b & 0xC0) != 0x80;
        n += b >= 0xF0; // astral code points take a surrogate pair
    }
    return n;
}

std::int64_t byteToCodePoint(std::string_view utf8, std::int64_t byteOffset) {
    byteOffset = std::clamp<std::int64_t>(byteOffset, 0, static_cast<std::int64_t>(utf8.size()));
    return walk(utf8, {},
                [&](const Position& p) {
                    const auto next = p.byte + sequenceLength(static_cast<unsigned char>(utf8[p.byte]));
                    return next > byteOffset;
                })
        .cp;
}

std::int64_t codePointToByte(std::string_view utf8, std::int64_t cpOffset) {
    return walk(utf8, {}, [&](const Position& p) { return p.cp >= cpOffset; }).byte;
}

std::int64_t utf16ToCodePoint(std::string_view utf8, std::int64_t utf16Pos) {
    // A position between the two halves of a surrogate pair rounds down to the pair's code point.
    return walk(utf8, {},
                [&](const Position& p) {
                    const int len = sequenceLength(static_cast<unsigned char>(utf8[p.byte]));
                    return p.utf16 + (len == 4 ? 2 : 1) > utf16Pos;
                })
        .cp;
}

std::int64_t codePointToUtf16(std::string_view utf8, std::int64_t cpOffset) {
    return walk(utf8, {}, [&](const Position& p) { return p.cp >= cpOffset; }).utf16;
}

std::string_view sliceCodePoints(std::string_view utf8, std::int64_t cpStart, std::int64_t cpEnd) {
    const auto begin = codePointToByte(utf8, cpStart);
    const auto rest = utf8.substr(static_cast<std::size_t>(begin));
    const auto length = codePointToByte(rest, std::max<std::int64_t>(0, cpEnd - cpStart));
    return rest.substr(0, static_cast<std::size_t>(length));
}

void appendCodePoint(std::string& out, char32_t cp) {
    uint8_t buffer[4];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer, length, 4, static_cast<UChar32>(cp), error);
    if (!error) out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
}

OffsetIndex::OffsetIndex(std::string_view utf8) : m_text(utf8) {
    Position p;
    const auto size = static_cast<std::int64_t>(utf8.size());
    while (p.byte < size) {
        if (p.cp % kBlock == 0) m_checkpoints.push_back({p.byte, p.utf16});
        const int len = sequenceLength(static_cast<unsigned char>(utf8[static_cast<std::size_t>(p.byte)]));
        p.byte = std::min<std::int64_t>(p.byte + len, size);
        p.utf16 += len == 4 ? 2 : 1;
        ++p.cp;
    }
    if (m_checkpoints.empty()) m_checkpoints.push_back({0, 0});
    m_codePoints = p.cp;
}

std::int64_t OffsetIndex::codePointToByte(std::int64_t cpOffset) const {
    cpOffset = std::clamp<std::int64_t>(cpOffset, 0, m_codePoints);
    const auto block =
        std::min<std::int64_t>(cpOffset / kBlock, static_cast<std::int64_t>(m_checkpoints.size()) - 1);
    const auto& c = m_checkpoints[static_cast<std::size_t>(block)];
    return walk(m_text, {c.byte, block * kBlock, c.utf16},
                [&](const Position& p) { return p.cp >= cpOffset; })
        .byte;
}

std::int64_t OffsetIndex::codePointToUtf16(std::int64_t cpOffset) const {
    cpOffset = std::clamp<std::int64_t>(cpOffset, 0, m_codePoints);
    const auto block =
        std::min<std::int64_t>(cpOffset / kBlock, static_cast<std::int64_t>(m_checkpoints.size()) - 1);
    const auto& c = m_checkpoints[static_cast<std::size_t>(block)];
    return walk(m_text, {c.byte, block * kBlock, c.utf16},
                [&](const Position& p) { return p.cp >= cpOffset; })
        .utf16;
}

std::int64_t OffsetIndex::byteToCodePoint(std::int64_t byteOffset) const {
    byteOffset = std::clamp<std::int64_t>(byteOffset, 0, static_cast<std::int64_t>(m_text.size()));
    const auto it = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), byteOffset,
                                     [](std::int64_t b, const Checkpoint& c) { return b < c.byte; });
    const auto block = static_cast<std::int64_t>(it - m_checkpoints.begin()) - 1;
    const auto& c = m_checkpoints[static_cast<std::size_t>(block)];
    return walk(m_text, {c.byte, block * kBlock, c.utf16},
                [&](const Position& p) {
                    const auto next = p.byte + sequenceLength(static_cast<unsigned char>(m_text[p.byte]));
                    return next > byteOffset;
                })
        .cp;
}

std::int64_t OffsetIndex::utf16ToCodePoint(std::int64_t utf16Pos) const {
    utf16Pos = std::max<std::int64_t>(0, utf16Pos);
    const auto it = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), utf16Pos,
                                     [](std::int64_t u, const Checkpoint& c) { return u < c.utf16; });
    const auto block = static_cast<std::int64_t>(it - m_checkpoints.begin()) - 1;
    const auto& c = m_checkpoints[static_cast<std::size_t>(block)];
    return walk(m_text, {c.byte, block * kBlock, c.utf16},
                [&](const Position& p) {
                    const int len = sequenceLength(static_cast<unsigned char>(m_text[p.byte]));
                    return p.utf16 + (len == 4 ? 2 : 1) > utf16Pos;
                })
        .cp;
}

} // namespace cairn::text
