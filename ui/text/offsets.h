#pragma once
// The core anchors text in code points of a source's NFC text; Qt positions are UTF-16 code units.
// The two differ only at characters outside the Basic Multilingual Plane (emoji, some CJK), each of
// which takes two UTF-16 units, so a sorted list of those characters converts either way in
// O(log n) without walking the text again.

#include <QString>
#include <cstdint>
#include <vector>

namespace cairn::gui {

class Utf16Offsets {
public:
    Utf16Offsets() = default;
    explicit Utf16Offsets(const QString& text);

    /// The UTF-16 position of code point `cp` (clamped to the text).
    qsizetype toUtf16(std::int64_t cp) const;
    /// The code point at UTF-16 position `pos`; a position inside a surrogate pair maps to its character.
    std::int64_t toCodePoint(qsizetype pos) const;
    std::int64_t codePoints() const { return m_codePoints; }

private:
    std::vector<std::int64_t> m_pairCodePoints; // code point index of each surrogate pair, ascending
    std::vector<qsizetype> m_pairUtf16;         // its UTF-16 position, ascending
    std::int64_t m_codePoints = 0;
    qsizetype m_utf16 = 0;
};

} // namespace cairn::gui
