#pragma once
// Per-code-point folding data for fold.cpp and the analyser (internal to text/).
//
// Each code point has two precomputed forms, built once from ICU and Cairn's explicit maps (fold.h
// lists every rule):
//   - `lower`: full Unicode case folding, compatibility decomposition of presentation and width forms,
//     Arabic marks, tatweel, default-ignorables and spaces removed, apostrophes and digits made ASCII.
//     Diacritics and letter variants are kept: this is what the Snowball stemmers read.
//   - `fold`: `lower`, then Latin diacritics removed and letters unified: what the index holds.
// Tables are built lazily in blocks of 256 code points (a passage touches a handful of blocks; building
// all 4,352 would cost seconds of ICU calls at start-up) and published with an atomic pointer, so
// lookups are lock-free and every thread sees the same data. Blocks live until the process ends.

#include <cstdint>
#include <string_view>

namespace cairn::text::detail {

enum FoldFlag : std::uint8_t {
    kLatinLetter = 1, // a letter of the Latin script: a combining mark after it is a diacritic (removed)
    kMark = 2,        // general category Mn or Me: removed after a Latin letter, kept after other bases
    kIgnorable = 4,   // folds to nothing (ZWNJ, harakat, tatweel…) and leaves the preceding base in force
    kLetter = 8,      // general category L*
    kDigit = 16,      // general category Nd
    kApostrophe = 32, // U+0027, U+2019, U+FF07: the apostrophes of elision and clitics
};

struct FoldEntry {
    std::uint32_t foldOffset;
    std::uint32_t lowerOffset;
    std::uint8_t foldLength;
    std::uint8_t lowerLength;
    std::uint8_t flags;
};

struct FoldBlock {
    FoldEntry entries[256];
    const char* pool; // UTF-8 bytes the entries point into (owned by the block)
};

/// The block holding `cp` (cp < 0x110000), built on first use. Thread-safe and lock-free after the build.
const FoldBlock& foldBlock(char32_t cp);

struct FoldView {
    std::string_view fold;
    std::string_view lower;
    std::uint8_t flags;
};

inline FoldView foldInfo(char32_t cp) {
    const FoldBlock& block = foldBlock(cp);
    const FoldEntry& e = block.entries[cp & 0xFF];
    return {std::string_view(block.pool + e.foldOffset, e.foldLength),
            std::string_view(block.pool + e.lowerOffset, e.lowerLength), e.flags};
}

/// Decodes one code point at `pos` (< text.size()) and advances `pos`. An ill-formed sequence yields
/// U+FFFD and advances one byte, so a scan never stalls or reads past the end.
inline char32_t decodeUtf8(std::string_view text, std::size_t& pos) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    const unsigned char b0 = s[pos];
    if (b0 < 0x80) {
        ++pos;
        return b0;
    }
    const auto continuation = [&](std::size_t i) { return i < n && (s[i] & 0xC0) == 0x80; };
    if (b0 >= 0xC2 && b0 < 0xE0 && continuation(pos + 1)) {
        const char32_t cp = (char32_t{b0} & 0x1F) << 6 | (s[pos + 1] & 0x3F);
        pos += 2;
        return cp;
    }
    if (b0 >= 0xE0 && b0 < 0xF0 && continuation(pos + 1) && continuation(pos + 2)) {
        const char32_t cp =
            (char32_t{b0} & 0x0F) << 12 | char32_t(s[pos + 1] & 0x3F) << 6 | (s[pos + 2] & 0x3F);
        if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
            pos += 3;
            return cp;
        }
    } else if (b0 >= 0xF0 && b0 < 0xF5 && continuation(pos + 1) && continuation(pos + 2) &&
               continuation(pos + 3)) {
        const char32_t cp = (char32_t{b0} & 0x07) << 18 | char32_t(s[pos + 1] & 0x3F) << 12 |
                            char32_t(s[pos + 2] & 0x3F) << 6 | (s[pos + 3] & 0x3F);
        if (cp >= 0x10000 && cp <= 0x10FFFF) {
            pos += 4;
            return cp;
        }
    }
    ++pos;
    return 0xFFFD;
}

} // namespace cairn::text::detail
