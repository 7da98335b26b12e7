#pragma once
// DOCX (Office Open XML word-processing) import.
//
// Reads the body of word/document.xml in document order: each paragraph is a block, a table row is a
// block whose cells are joined by " | ", headings come from the paragraph style (Heading1..9, Title,
// or any style whose built-in name in word/styles.xml is "heading N"/"Title", or based on one), and
// numbered or bulleted paragraphs are list items. Tracked changes are read as accepted: inserted text
// is kept, deleted text dropped. Field codes are dropped and their displayed results kept. Directly
// bold runs are kept as the block's strong ranges, so "**Amira:** text" transcripts are found.
//
// Not imported, on purpose: text boxes and shapes (their text is duplicated in fallback markup and
// floats outside the reading order), footnotes and endnotes, comments, headers and footers. A warning
// says so when the body has text boxes or the document has comments.
//
// The blocks then go through documentFromBlocks, so a DOCX transcript ("Amira: …") gets speaker turns
// exactly as a .txt one does.

#include "import/block_document.h"

#include <string_view>

namespace cairn::import {

/// Reads a .docx file's bytes into blocks, with the title from docProps/core.xml (dc:title).
/// Throws as parseDocx does, except that a document without text gives no blocks.
BlockDocument readDocx(std::string_view bytes);

/// Parses a .docx file's bytes: readDocx, then documentFromBlocks.
/// Throws InvalidInput with a message for the user when the file is not a ZIP, is truncated, lacks
/// word/document.xml, holds malformed XML, is encrypted or an old .doc (an OLE compound file), or has
/// no text.
ParsedDocument parseDocx(std::string_view bytes, const LayoutChoice& layout = {});

} // namespace cairn::import
