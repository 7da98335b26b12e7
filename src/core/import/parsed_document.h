#pragma once
// What every format parser produces: the source's canonical text and its passages.
//
// Parsers are pure functions from bytes to a ParsedDocument: they touch no project, so they can be
// fuzzed and tested alone, and the importer writes the result in one transaction.
//
// The text is NFC with LF line ends. Each passage is a half-open code-point span of that text: a
// paragraph, a subtitle cue, or a speaker turn. For a speaker turn the text keeps the turn's label
// ("Amira: ", "[00:12:34] Amira: ") so the document reads as it did, and the passage span covers the
// utterance only, with the speaker and timestamps kept alongside.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::import {

struct ParsedPassage {
    std::int64_t cpStart = 0; // first code point of the passage in ParsedDocument::text
    std::int64_t cpEnd = 0;   // one past the last
    std::string speaker;      // empty when the passage is not a speaker turn
    std::optional<std::int64_t> timeStartMs;
    std::optional<std::int64_t> timeEndMs;
    std::string lang; // BCP 47 tag when the format declares one; empty otherwise (detected later)
};

struct ParsedDocument {
    std::string text; // NFC, LF line ends, valid UTF-8
    std::vector<ParsedPassage> passages;
    std::string format;                // "text", "markdown", "html", "docx", "odt", "pdf", "srt", "vtt"
    std::string layout;                // transcript layout detected, e.g. "name-colon"; empty for prose
    std::string title;                 // from the document's metadata or first heading, if any
    std::string encoding;              // what a text format's bytes were decoded from ("UTF-8",
                                       // "windows-1252"); empty for DOCX, ODT and PDF
    std::vector<std::string> warnings; // things the user should know (ambiguous layout, dropped content)
};

/// Builds a ParsedDocument block by block, so no parser computes offsets by hand.
/// Blocks are separated by a blank line; `label` text (a speaker label, a timestamp) is written
/// before the passage but not included in its span. Empty (all-whitespace) passages are skipped.
class DocumentBuilder {
public:
    explicit DocumentBuilder(std::string format);

    /// Adds one passage. `utterance` must be NFC UTF-8 without CR; it is trimmed.
    void addPassage(std::string_view utterance, std::string_view label = {}, ParsedPassage meta = {});
    /// Adds text that is part of the document but not a passage (a heading label, a table caption).
    void addText(std::string_view text);
    /// Adds a heading: shown in the text and kept as its own passage (headings are searchable units).
    void addHeading(std::string_view heading);

    void setLayout(std::string layout) { m_doc.layout = std::move(layout); }
    void setTitle(std::string title) { m_doc.title = std::move(title); }
    void warn(std::string warning) { m_doc.warnings.push_back(std::move(warning)); }
    bool empty() const { return m_doc.passages.empty(); }

    /// Finishes the document. Throws InvalidInput("no text") when no passage was added.
    ParsedDocument finish(std::string_view fileForErrors = {}) &&;

private:
    void separate();
    ParsedDocument m_doc;
    std::int64_t m_cpLength = 0;
};

} // namespace cairn::import
