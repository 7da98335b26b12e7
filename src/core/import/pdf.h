#pragma once
// PDF import from the text layer (poppler-cpp).
//
// Text is taken per page in poppler's physical layout: it keeps the page's vertical whitespace as
// blank lines, and the vertical gap between paragraphs is how nearly every PDF marks them (reading-order
// mode drops most of those gaps; raw order follows the drawing order, which is arbitrary). Its cost is
// that two-column pages read across both columns; interview transcripts and reports are single-column.
//
// Paragraphs end at a blank line, or after a line much shorter than the page's longest (the last line
// of a paragraph, a heading, a transcript turn of one line); a line starting with a bullet glyph
// starts one. Within a paragraph, lines are joined with
// spaces, and a line-end hyphen is removed only when the next line starts in lower case
// ("Tur-" + "key" → "Turkey", but "Anglo-" + "Welsh" stays). A line that opens a speaker turn
// ("Amira: …") keeps its line break, so transcripts with a turn a line still get their turns. A paragraph cut
// by a page break is joined when the next page starts in lower case. A header or footer line repeated on
// every page of a document of three or more pages (digits aside, so "Page 3 of 9" counts) is dropped.
//
// A PDF whose pages have no text at all is a scan: refused with advice to run OCR first.

#include "import/block_document.h"

#include <string_view>

namespace cairn::import {

/// Reads a PDF's bytes into paragraph blocks, with the title from the document information.
/// Throws as parsePdf does.
BlockDocument readPdf(std::string_view bytes);

/// Parses a PDF's bytes: readPdf, then documentFromBlocks (so a transcript PDF gets speaker turns).
/// Throws InvalidInput when the bytes are not a readable PDF (damaged, truncated), when it is
/// password-protected, or when no page has a text layer.
ParsedDocument parsePdf(std::string_view bytes, const LayoutChoice& layout = {});

} // namespace cairn::import
