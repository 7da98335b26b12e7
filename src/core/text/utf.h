#pragma once
// The one place that converts between the three ways of counting text in Cairn:
//   - code points: the unit of every stored anchor (passages, codings, highlights), as REFI-QDA says;
//   - UTF-8 bytes: how the core and SQLite hold text;
//   - UTF-16 code units: how Qt (QString, QTextCursor) and NVivo's exports count.
// Nothing else in Cairn converts offsets ad hoc. All offsets are 0-based; ranges are half-open.
// Inputs are assumed to be valid UTF-8 (everything stored has been decoded and validated at import);
// an offset past the end clamps to the end, and a byte offset inside a sequence rounds down to its start.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::text {

/// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or values above U+10FFFF).
/// On failure, `badOffset` (if given) receives the byte offset of the first bad sequence.
bool isValidUtf8(std::string_view bytes, std::int64_t* badOffset = nullptr);

std::int64_t codePointCount(std::string_view utf8);
std::int64_t utf16Length(std::string_view utf8);

std::int64_t byteToCodePoint(std::string_view utf8, std::int64_t byteOffset);
std::int64_t codePointToByte(std::string_view utf8, std::int64_t cpOffset);
std::int64_t utf16ToCodePoint(std::string_view utf8, std::int64_t utf16Pos);
std::int64_t codePointToUtf16(std::string_view utf8, std::int64_t cpOffset);

/// The substring between two code-point offsets.
std::string_view sliceCodePoints(std::string_view utf8, std::int64_t cpStart, std::int64_t cpEnd);

/// Appends one code point as UTF-8.
void appendCodePoint(std::string& out, char32_t cp);

/// Converts many offsets into one long text without rescanning from the start each time
/// (a 1,000,000-character transcript with 10,000 codings). Keeps a checkpoint every 512 code points;
/// each lookup then scans at most one block. The text must outlive the index.
class OffsetIndex {
public:
    explicit OffsetIndex(std::string_view utf8);
    std::int64_t codePoints() const { return m_codePoints; }
    std::int64_t codePointToByte(std::int64_t cpOffset) const;
    std::int64_t byteToCodePoint(std::int64_t byteOffset) const;
    std::int64_t codePointToUtf16(std::int64_t cpOffset) const;
    std::int64_t utf16ToCodePoint(std::int64_t utf16Pos) const;

private:
    struct Checkpoint {
        std::int64_t byte;
        std::int64_t utf16;
    };
    static constexpr std::int64_t kBlock = 512;
    std::string_view m_text;
    std::int64_t m_codePoints = 0;
    std::vector<Checkpoint> m_checkpoints; // m_checkpoints[i] is at code point i * kBlock
};

} // namespace cairn::text
