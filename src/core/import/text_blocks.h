#pragma once
// The common middle of every document parser. Plain text, Markdown, HTML, DOCX, ODT and PDF parsers
// each reduce their format to a list of blocks (paragraphs, headings, list items, table rows); this
// turns the blocks into a ParsedDocument, finding speaker turns when the blocks look like a transcript
// (so "Name: text" works the same in .txt, .md and .docx).

#include "import/parsed_document.h"

#include <string>
#include <vector>

namespace cairn::import {

struct TextBlock {
    enum class Kind { Paragraph, Heading, ListItem, TableRow };
    std::string text; // NFC UTF-8, no CR; may contain LF (a soft line break inside the block)
    Kind kind = Kind::Paragraph;
};

/// Which transcript layout to apply. "auto" detects; "none" treats every block as prose;
/// any other value names one layout (see transcriptLayouts()).
struct LayoutChoice {
    std::string layout = "auto";
};

/// Builds the document from its blocks. Throws InvalidInput when there is no text, or when a layout
/// is forced that does not fit the blocks at all.
ParsedDocument documentFromBlocks(const std::vector<TextBlock>& blocks, const std::string& format,
                                  const LayoutChoice& choice = {});

} // namespace cairn::import
