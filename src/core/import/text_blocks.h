#pragma once
// The common middle of every document parser. Plain text, Markdown, HTML, DOCX, ODT and PDF parsers
// each reduce their format to a list of blocks (paragraphs, headings, list items, table rows); this
// turns the blocks into a ParsedDocument, finding speaker turns when the blocks look like a transcript
// (so "Name: text" works the same in .txt, .md and .docx).
//
// Transcript detection reads lines, not blocks: a turn starts at any line with a speaker label, so a
// transcript with one turn a line and no blank lines between them works as well as one with a turn a
// paragraph. A line without a label continues the turn before it (a wrapped line, or a further
// paragraph of a long answer). Blocks before the first turn (a title, a preamble) stay prose, and a
// heading ends the turn before it.

#include "import/parsed_document.h"

#include <cstddef>
#include <string>
#include <vector>

namespace cairn::import {

/// A half-open byte range of a block's text.
struct ByteRange {
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct TextBlock {
    enum class Kind { Paragraph, Heading, ListItem, TableRow };
    std::string text; // NFC UTF-8, no CR; may contain LF (a soft line break inside the block)
    Kind kind = Kind::Paragraph;
    // Byte ranges of `text` that were bold in the source, markup removed (Markdown `**Amira:**`, a
    // bold run in a word processor). They let the markdown-bold layout find "**Amira:** text" speaker
    // labels without leaving asterisks in the stored text.
    std::vector<ByteRange> strong = {};
};

/// Which transcript layout to apply. "auto" detects; "none" treats every block as prose;
/// any other value names one layout (see transcriptLayouts()).
struct LayoutChoice {
    std::string layout = "auto";
};

/// Builds the document from its blocks. With "auto", each layout of transcriptLayouts() is scored by
/// the share of lines its labelled turns cover and must pass acceptsAsTranscript(); the best wins,
/// a more specific layout winning a near-tie (within 0.1) with a more general one that labels the same
/// lines (caps-speaker over name-colon for "INTERVIEWER: …"), and a warning names both when two
/// layouts label different lines about equally well. A forced layout must label at least half of the
/// blocks or of the lines. Throws InvalidInput when there is no text, when a forced layout is
/// unknown, or when it does not fit.
ParsedDocument documentFromBlocks(const std::vector<TextBlock>& blocks, const std::string& format,
                                  const LayoutChoice& choice = {});

} // namespace cairn::import
