#include "text/span.h"

#include "text/utf.h"

#include <algorithm>
#include <memory>
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

namespace cairn::text {

namespace {

// ICU iterates UTF-8 in place through UText, so a megabyte transcript is not copied to UTF-16 for
// two boundary lookups. Boundaries come back as byte offsets into `utf8`.
class GraphemeBoundaries {
public:
    explicit GraphemeBoundaries(std::string_view utf8) {
        UErrorCode status = U_ZERO_ERROR;
        m_text = utext_openUTF8(nullptr, utf8.data(), static_cast<std::int64_t>(utf8.size()), &status);
        m_iterator.reset(icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
        if (U_SUCCESS(status)) m_iterator->setText(m_text, status);
        m_ok = U_SUCCESS(status);
    }
    ~GraphemeBoundaries() { utext_close(m_text); }
    GraphemeBoundaries(const GraphemeBoundaries&) = delete;
    GraphemeBoundaries& operator=(const GraphemeBoundaries&) = delete;

    std::int64_t atOrBefore(std::int64_t byte) {
        if (!m_ok || m_iterator->isBoundary(static_cast<std::int32_t>(byte))) return byte;
        return m_iterator->preceding(static_cast<std::int32_t>(byte));
    }
    std::int64_t atOrAfter(std::int64_t byte) {
        if (!m_ok || m_iterator->isBoundary(static_cast<std::int32_t>(byte))) return byte;
        return m_iterator->following(static_cast<std::int32_t>(byte));
    }

private:
    UText* m_text = nullptr;
    std::unique_ptr<icu::BreakIterator> m_iterator;
    bool m_ok = false;
};

bool isSpaceAt(std::string_view utf8, std::int64_t byte, std::int64_t& next) {
    std::int32_t offset = static_cast<std::int32_t>(byte);
    UChar32 cp = 0;
    U8_NEXT(utf8.data(), offset, static_cast<std::int32_t>(utf8.size()), cp);
    next = offset;
    return cp >= 0 && u_isUWhiteSpace(cp);
}

} // namespace

Span snapToGraphemes(std::string_view utf8, Span span) {
    return snapToGraphemes(utf8, span, OffsetIndex(utf8));
}

Span snapToGraphemes(std::string_view utf8, Span span, const OffsetIndex& index) {
    const auto total = index.codePoints();
    span.cpStart = std::clamp<std::int64_t>(span.cpStart, 0, total);
    span.cpEnd = std::clamp<std::int64_t>(span.cpEnd, span.cpStart, total);
    // Spans index strings far below 2 GiB in practice; ICU's iterator takes 32-bit offsets, so longer
    // texts are left as they are rather than misread.
    if (utf8.size() > static_cast<std::size_t>(INT32_MAX)) return span;
    GraphemeBoundaries boundaries(utf8);
    const auto startByte = boundaries.atOrBefore(index.codePointToByte(span.cpStart));
    const auto endByte = boundaries.atOrAfter(index.codePointToByte(span.cpEnd));
    return {index.byteToCodePoint(startByte), index.byteToCodePoint(std::max(startByte, endByte))};
}

Span spanFromUtf16(std::string_view utf8, std::int64_t utf16Start, std::int64_t utf16End) {
    const OffsetIndex index(utf8);
    const auto [low, high] = std::minmax(utf16Start, utf16End);
    // A position inside a surrogate pair converts to the pair's start; an end there must take the
    // whole pair instead, or a selection of half an emoji would cover nothing.
    auto cpEnd = index.utf16ToCodePoint(high);
    if (index.codePointToUtf16(cpEnd) < high) ++cpEnd;
    return snapToGraphemes(utf8, {index.utf16ToCodePoint(low), cpEnd}, index);
}

Span spanFromBytes(std::string_view utf8, std::int64_t byteStart, std::int64_t byteEnd) {
    const OffsetIndex index(utf8);
    const auto [low, high] = std::minmax(byteStart, byteEnd);
    return snapToGraphemes(utf8, {index.byteToCodePoint(low), index.byteToCodePoint(high)}, index);
}

Span trimWhitespace(std::string_view utf8, Span span) {
    const OffsetIndex index(utf8);
    auto start = index.codePointToByte(std::clamp<std::int64_t>(span.cpStart, 0, index.codePoints()));
    auto end = index.codePointToByte(std::clamp<std::int64_t>(span.cpEnd, 0, index.codePoints()));
    std::int64_t next = 0;
    while (start < end && isSpaceAt(utf8, start, next))
        start = next;
    // Walk back one code point at a time from the end.
    while (end > start) {
        std::int64_t previous = end - 1;
        while (previous > start && (static_cast<unsigned char>(utf8[previous]) & 0xC0) == 0x80)
            --previous;
        if (!isSpaceAt(utf8, previous, next)) break;
        end = previous;
    }
    return {index.byteToCodePoint(start), index.byteToCodePoint(end)};
}

std::string_view spanText(std::string_view utf8, Span span) {
    return sliceCodePoints(utf8, span.cpStart, span.cpEnd);
}

std::string_view spanText(std::string_view utf8, Span span, const OffsetIndex& index) {
    const auto start = index.codePointToByte(std::clamp<std::int64_t>(span.cpStart, 0, index.codePoints()));
    const auto end = index.codePointToByte(std::clamp<std::int64_t>(span.cpEnd, 0, index.codePoints()));
    return utf8.substr(static_cast<std::size_t>(start),
                       static_cast<std::size_t>(std::max(start, end) - start));
}

} // namespace cairn::text
