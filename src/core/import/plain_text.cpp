#include "import/plain_text.h"

#include "text/normalize.h"

namespace cairn::import {

std::vector<TextBlock> plainTextBlocks(std::string_view utf8Canonical) {
    std::vector<TextBlock> blocks;
    std::string paragraph;
    const auto endParagraph = [&] {
        if (!paragraph.empty()) blocks.push_back({std::move(paragraph), TextBlock::Kind::Paragraph});
        paragraph.clear();
    };
    for (std::size_t start = 0; start < utf8Canonical.size();) {
        const auto end = std::min(utf8Canonical.find('\n', start), utf8Canonical.size());
        const auto line = utf8Canonical.substr(start, end - start);
        if (text::trim(line).empty()) { // trim takes form feeds and other Unicode spaces too
            endParagraph();
        } else {
            if (!paragraph.empty()) paragraph += '\n';
            paragraph += line;
        }
        start = end + 1;
    }
    endParagraph();
    return blocks;
}

ParsedDocument parsePlainText(std::string_view utf8Canonical, const LayoutChoice& layout) {
    return documentFromBlocks(plainTextBlocks(utf8Canonical), "text", layout);
}

} // namespace cairn::import
