#pragma once
// Which parser reads a file, and the decoding every text format shares.
//
// The format comes from ParseOptions::format when given, else from the content when it is
// unmistakable ("%PDF-", a ZIP holding word/document.xml or an OpenDocument text mimetype), else from
// the extension (.txt .text, .md .markdown, .html .htm .xhtml, .srt, .vtt, .docx, .odt, .pdf), else
// from the decoded text ("WEBVTT", an SRT cue, an <html> start), else plain text. Content beats the
// extension for binary formats only, so a PDF saved as .txt is still read as a PDF while a .txt
// transcript that begins "WEBVTT" is the user's to re-label.
//
// Text formats are decoded with text::decodeBytes (the user's --encoding, else a BOM, UTF-8 or
// detection; for HTML the page's <meta charset> counts as a hint when the bytes are not UTF-8), then
// made canonical with text::canonicalText before parsing.

#include "import/parsed_document.h"
#include "import/text_blocks.h"

#include <string>
#include <string_view>
#include <vector>

namespace cairn::import {

struct ParseOptions {
    std::string encoding; // an ICU converter name for text formats; empty = detect
    LayoutChoice layout;
    std::string format; // one of sourceFormats(); empty = from the content and the extension
};

/// The format names ParseOptions::format accepts (and ParsedDocument::format reports).
const std::vector<std::string>& sourceFormats();

/// The format a file would be parsed as: see the order above. Throws InvalidInput for an unknown
/// forced format or a ZIP archive that is neither DOCX nor ODT.
std::string detectFormat(std::string_view rawBytes, const std::string& fileName,
                         const std::string& forced = {});

/// Parses one file's bytes into a ParsedDocument, recording the encoding text formats were decoded
/// from (and a warning when it was a guess). Throws InvalidInput, prefixed with `fileName`, for a
/// file over kMaxSourceBytes, an empty, binary, undecodable or unsupported file, or whatever the
/// chosen parser refuses.
ParsedDocument parseSourceBytes(std::string_view rawBytes, const std::string& fileName,
                                const ParseOptions& options);

} // namespace cairn::import
