#include "import/text_blocks.h"

namespace cairn::import {

ParsedDocument documentFromBlocks(const std::vector<TextBlock>& blocks, const std::string& format,
                                  const LayoutChoice& /*choice*/) {
    DocumentBuilder builder(format);
    for (const auto& block : blocks) {
        if (block.kind == TextBlock::Kind::Heading)
            builder.addHeading(block.text);
        else
            builder.addPassage(block.text);
    }
    return std::move(builder).finish();
}

} // namespace cairn::import
