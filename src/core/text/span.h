#pragma once
// Spans of text as Cairn stores them: half-open code-point ranges [cpStart, cpEnd) into a source's
// NFC text. Selections arrive in other units (Qt's UTF-16 positions, a search hit's bytes) and may
// cut a character in two: a surrogate pair, a base letter and its combining marks, an emoji and its
// modifier. Every coding goes through these helpers, so a stored span always covers whole user-visible
// characters (grapheme clusters) and never drifts when a tool counts differently.

#include <cstdint>
#include <string>
#include <string_view>

namespace cairn::text {

struct Span {
    std::int64_t cpStart = 0; // first code point, 0-based, into the NFC text
    std::int64_t cpEnd = 0;   // one past the last code point
    bool operator==(const Span&) const = default;
    std::int64_t length() const { return cpEnd - cpStart; }
    bool empty() const { return cpEnd <= cpStart; }
};

/// A UTF-16 selection (QTextCursor's selectionStart/End) as code points, widened to whole graphemes.
Span spanFromUtf16(std::string_view utf8, std::int64_t utf16Start, std::int64_t utf16End);
/// A byte range (the analyser's token offsets) as code points, widened to whole graphemes.
Span spanFromBytes(std::string_view utf8, std::int64_t byteStart, std::int64_t byteEnd);
/// Widens a span so it starts and ends on grapheme-cluster boundaries, clamped to the text: a span
/// ending between "e" and a combining acute, or inside a family emoji, takes the whole character.
Span snapToGraphemes(std::string_view utf8, Span span);
/// The same with an index of `utf8` the caller already has (a long transcript is indexed once).
Span snapToGraphemes(std::string_view utf8, Span span, const class OffsetIndex& index);
/// Narrows a span past leading and trailing white space (a drag that took a line end with it).
Span trimWhitespace(std::string_view utf8, Span span);
/// The text a span covers.
std::string_view spanText(std::string_view utf8, Span span);
std::string_view spanText(std::string_view utf8, Span span, const class OffsetIndex& index);

} // namespace cairn::text
