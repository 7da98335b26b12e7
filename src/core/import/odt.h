#pragma once
// ODT (OpenDocument text, what LibreOffice writes) import.
//
// Reads office:text in content.xml in document order: text:p is a paragraph, text:h a heading,
// paragraphs inside text:list items are list items (nested lists too), and each table:table-row is a
// block whose cells are joined by " | ". Inside a paragraph, text:s/text:tab/text:line-break become
// spaces, a tab and a line break; other whitespace collapses to one space as ODF specifies; spans,
// links and fields are read for their shown text. Tracked changes are read as accepted. Spans in a
// bold text style become the block's strong ranges, so bold speaker labels are found.
//
// Not imported, on purpose: comments (office:annotation), footnotes and endnotes (text:note), text
// boxes and frames (draw:*), generated indexes and tables of contents, headers and footers (they
// live in styles.xml). A warning says so when comments or text boxes held text.

#include "import/block_document.h"

#include <string_view>

namespace cairn::import {

/// Reads an .odt file's bytes into blocks, with the title from meta.xml (dc:title).
/// Throws as parseOdt does, except that a document without text gives no blocks.
BlockDocument readOdt(std::string_view bytes);

/// Parses an .odt file's bytes: readOdt, then documentFromBlocks.
/// Throws InvalidInput with a message for the user when the file is not a ZIP, is truncated, lacks
/// content.xml, holds malformed XML, is another OpenDocument type (a spreadsheet), is
/// password-protected, or has no text.
ParsedDocument parseOdt(std::string_view bytes, const LayoutChoice& layout = {});

} // namespace cairn::import
