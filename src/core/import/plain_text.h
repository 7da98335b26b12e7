#pragma once
// Plain text import: paragraphs are separated by blank lines (a line of nothing but whitespace,
// including the form feeds pdftotext writes between pages). A single line break stays inside its
// paragraph, as text wrapped at 72 columns expects; transcript detection in documentFromBlocks still
// sees each line, so "Name: text" turns on consecutive lines become separate turns.

#include "import/parsed_document.h"
#include "import/text_blocks.h"

#include <string_view>
#include <vector>

namespace cairn::import {

/// Splits canonical text (NFC, LF) into paragraph blocks at blank lines. Never throws.
std::vector<TextBlock> plainTextBlocks(std::string_view utf8Canonical);

/// Parses canonical text (text::canonicalText of the decoded file) as format "text".
/// Throws InvalidInput when there is no text or a forced layout does not fit.
ParsedDocument parsePlainText(std::string_view utf8Canonical, const LayoutChoice& layout = {});

} // namespace cairn::import
