#pragma once
// Markdown import (CommonMark's block structure with GitHub tables, simplified to what becomes text):
//   # ATX and setext headings                → Heading blocks, markers removed
//   paragraphs (lines kept, joined by LF)    → Paragraph blocks
//   -, *, + and 1. / 1) list items           → ListItem blocks, nested ones too, markers removed
//   > block quotes                           → their content's blocks, markers removed
//   ``` and ~~~ fenced code                  → Paragraph blocks, verbatim
//   | a | b | tables                         → TableRow blocks, cells joined by " | ", rules dropped
//   thematic breaks, link definitions, HTML comments, YAML front matter → dropped (front matter's
//                                              title: becomes the document title)
// Inline markup is removed (see markdown_inline.h).
//
// Transcripts written as `**Amira:** text` keep their speaker turns: the asterisks are removed from
// the text, and the bold range they marked travels with the block (TextBlock::strong), which the
// markdown-bold layout reads. So the stored text is clean and the layout is still reported as
// markdown-bold.

#include "import/parsed_document.h"
#include "import/text_blocks.h"

#include <string>
#include <string_view>
#include <vector>

namespace cairn::import {

struct MarkdownContent {
    std::vector<TextBlock> blocks;
    std::string title; // from YAML front matter's "title:", empty otherwise
};

/// Splits canonical Markdown (NFC, LF) into blocks. Never throws.
MarkdownContent markdownBlocks(std::string_view utf8Canonical);

/// Parses canonical Markdown as format "markdown". Throws InvalidInput when there is no text or a
/// forced layout does not fit.
ParsedDocument parseMarkdown(std::string_view utf8Canonical, const LayoutChoice& layout = {});

} // namespace cairn::import
