#pragma once
// What a reader of a written document sees, for tests that check reports: the text of DOCX and ODT
// paragraphs (parsed with pugixml from the unzipped parts), an XLSX workbook's strings, a PDF's text as
// pdftotext extracts it, and HTML, Markdown and CSV as they are. Also the parsed XML parts, for checks
// of styles and structure.

#include <filesystem>
#include <pugixml.hpp>
#include <string>
#include <vector>

namespace cairn::test {

/// The names of a ZIP archive's entries in order, and one entry's bytes (throws when it is missing).
std::vector<std::string> zipEntryNames(const std::string& zipBytes);
std::string zipEntry(const std::string& zipBytes, const std::string& name);

/// Parses XML (throws std::runtime_error naming what when it is not well-formed).
void parseXml(pugi::xml_document& doc, const std::string& xml, const std::string& what);

/// The visible text of a document, by the file's extension: one line per paragraph, heading or table
/// cell for DOCX and ODT, every string for XLSX, pdftotext's output for PDF, the bytes otherwise.
std::string documentText(const std::filesystem::path& path);

/// The full path of a program found on PATH; empty when it is not installed (runProcess needs the path).
std::string findProgram(const std::string& name);

/// pdftotext's UTF-8 text of a PDF (throws when pdftotext fails).
std::string pdfText(const std::filesystem::path& path);

} // namespace cairn::test
