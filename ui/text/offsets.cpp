#include "text/offsets.h"

#include <algorithm>

namespace cairn::gui {

Utf16Offsets::Utf16Offsets(const QString& text) : m_utf16(text.size()) {
    std::int64_t cp = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++cp) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            m_pairCodePoints.push_back(cp);
            m_pairUtf16.push_back(i);
            ++i;
        }
    }
    m_codePoints = cp;
}

qsizetype Utf16Offsets::toUtf16(std::int64_t cp) const {
    cp = std::clamp<std::int64_t>(cp, 0, m_codePoints);
    const auto before =
        std::lower_bound(m_pairCodePoints.begin(), m_pairCodePoints.end(), cp) - m_pairCodePoints.begin();
    return static_cast<qsizetype>(cp + before);
}

std::int64_t Utf16Offsets::toCodePoint(qsizetype pos) const {
    pos = std::clamp<qsizetype>(pos, 0, m_utf16);
    // Each pair starting before pos adds one unit; a pair starting at pos - 1 has pos inside it, and
    // subtracting it too maps pos to that pair's character, as the caret would.
    const auto before = std::lower_bound(m_pairUtf16.begin(), m_pairUtf16.end(), pos) - m_pairUtf16.begin();
    return static_cast<std::int64_t>(pos - before);
}

} // namespace cairn::gui
