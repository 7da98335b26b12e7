#include "import/block_document.h"

namespace cairn::import {

ParsedDocument finishDocument(BlockDocument content, const std::string& format, const LayoutChoice& layout) {
    auto doc = documentFromBlocks(content.blocks, format, layout);
    if (!content.title.empty()) doc.title = std::move(content.title); // metadata beats the first heading
    for (auto& warning : content.warnings)
        doc.warnings.push_back(std::move(warning));
    return doc;
}

} // namespace cairn::import
