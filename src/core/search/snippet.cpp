#include "search/snippet.h"

#include "text/utf.h"

#include <algorithm>

namespace cairn::search {

namespace {

// How far a cut may move to land on a space, and how much context to keep before the first highlight.
constexpr std::int64_t kSnapChars = 16;

bool spaceAt(std::string_view text, const text::OffsetIndex& offsets, std::int64_t cp) {
    const auto byte = static_cast<std::size_t>(offsets.codePointToByte(cp));
    return byte < text.size() && (text[byte] == ' ' || text[byte] == '\n' || text[byte] == '\t');
}

} // namespace

Snippet makeSnippet(std::string_view passageText, const std::vector<CharSpan>& highlights,
                    std::int64_t maxChars) {
    const text::OffsetIndex offsets(passageText);
    const std::int64_t length = offsets.codePoints();
    Snippet snippet;
    snippet.span = {0, length};
    if (length > maxChars) {
        // The window that starts at some highlight and holds the most highlights whole.
        std::size_t best = 0, bestCount = 0;
        for (std::size_t i = 0; i < highlights.size(); ++i) {
            std::size_t count = 0;
            for (std::size_t j = i;
                 j < highlights.size() && highlights[j].end <= highlights[i].start + maxChars; ++j)
                ++count;
            if (count > bestCount) {
                best = i;
                bestCount = count;
            }
        }
        const std::int64_t lead = maxChars / 5;
        std::int64_t start =
            highlights.empty() ? 0 : std::max<std::int64_t>(0, highlights[best].start - lead);
        start = std::min(start, length - maxChars);
        // Start after a space shortly before, never past the highlight it was placed for.
        const std::int64_t limit = highlights.empty() ? start + kSnapChars : highlights[best].start;
        for (std::int64_t cp = start; start > 0 && cp < std::min(start + kSnapChars, limit); ++cp) {
            if (spaceAt(passageText, offsets, cp)) {
                start = cp + 1;
                break;
            }
        }
        std::int64_t end = std::min(length, start + maxChars);
        const std::int64_t lastHighlightEnd = bestCount ? highlights[best + bestCount - 1].end : start;
        for (std::int64_t cp = end - 1; end < length && cp > std::max(end - kSnapChars, lastHighlightEnd);
             --cp) {
            if (spaceAt(passageText, offsets, cp)) {
                end = cp;
                break;
            }
        }
        snippet.span = {start, end};
    }
    const auto byteStart = offsets.codePointToByte(snippet.span.start);
    snippet.text = std::string(
        passageText.substr(static_cast<std::size_t>(byteStart),
                           static_cast<std::size_t>(offsets.codePointToByte(snippet.span.end) - byteStart)));
    return snippet;
}

} // namespace cairn::search
