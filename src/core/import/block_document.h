#pragma once
// What a structured-document reader (DOCX, ODT, PDF) finds before transcript detection: its blocks in
// reading order, the title from its metadata, and what the user should know about dropped content.
// Kept apart from ParsedDocument so tests and callers can see which blocks were headings, list items
// or table rows, which the finished document no longer records.

#include "import/parsed_document.h"
#include "import/text_blocks.h"

#include <string>
#include <vector>

namespace cairn::import {

struct BlockDocument {
    std::vector<TextBlock> blocks; // NFC, no CR, none empty
    std::string title;             // from the file's metadata; empty when it has none
    std::vector<std::string> warnings;
};

/// documentFromBlocks, then the metadata title (when there is one) and the reader's warnings on top.
/// Throws InvalidInput as documentFromBlocks does (no text, a forced layout that does not fit).
ParsedDocument finishDocument(BlockDocument content, const std::string& format, const LayoutChoice& layout);

} // namespace cairn::import
