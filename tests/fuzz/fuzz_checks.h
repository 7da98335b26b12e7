#pragma once
// Invariants every fuzz target checks on what a parser returned. A violation aborts, which libFuzzer
// reports as a crash with the input that caused it.

#include "import/parsed_document.h"
#include "import/text_blocks.h"
#include "text/utf.h"

#include <cstdlib>
#include <string_view>
#include <vector>

namespace cairn::fuzz {

inline void require(bool condition) {
    if (!condition) std::abort();
}

/// Valid UTF-8 with no CR; passages ordered, non-empty and inside the text.
inline void checkDocument(const import::ParsedDocument& doc) {
    require(text::isValidUtf8(doc.text));
    require(doc.text.find('\r') == std::string::npos);
    require(text::isValidUtf8(doc.title));
    require(!doc.passages.empty());
    const auto length = text::codePointCount(doc.text);
    std::int64_t previousEnd = 0;
    for (const auto& p : doc.passages) {
        require(p.cpStart >= previousEnd && p.cpStart < p.cpEnd && p.cpEnd <= length);
        require(text::isValidUtf8(p.speaker));
        previousEnd = p.cpEnd;
    }
}

/// Blocks are valid UTF-8 without CR, none empty, and bold ranges lie inside their block.
inline void checkBlocks(const std::vector<import::TextBlock>& blocks) {
    for (const auto& block : blocks) {
        require(!block.text.empty() && text::isValidUtf8(block.text));
        require(block.text.find('\r') == std::string::npos);
        for (const auto& range : block.strong)
            require(range.begin < range.end && range.end <= block.text.size());
    }
}

} // namespace cairn::fuzz
