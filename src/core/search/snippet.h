#pragma once
// The part of a passage shown in a result list: at most kSnippetChars code points, placed to hold as
// many highlights as fit with a little context before the first, cut at spaces where one is near.
// It is a span of the passage, never rewritten text: offsets stay exact, and whoever shows it marks
// the highlights and adds "…" at cut ends.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::search {

inline constexpr std::int64_t kSnippetChars = 240;

/// A half-open range of code points.
struct CharSpan {
    std::int64_t start = 0;
    std::int64_t end = 0;
    bool operator==(const CharSpan&) const = default;
};

struct Snippet {
    CharSpan span;    // code points into the passage text
    std::string text; // the passage's text in that span
};

/// `highlights` are sorted code-point spans into `passageText`.
Snippet makeSnippet(std::string_view passageText, const std::vector<CharSpan>& highlights,
                    std::int64_t maxChars = kSnippetChars);

} // namespace cairn::search
