#pragma once
// CSV reading (RFC 4180, plus what spreadsheet exports really do): one survey export, one row a
// respondent. Quoted fields may hold separators, doubled quotes and line breaks; a byte-order mark is
// dropped; the separator is detected among ',' ';' and tab (European Excel writes ';' because ',' is
// its decimal mark). Records end at LF, CRLF or a lone CR; line breaks inside quotes are kept as LF.
// Blank lines are skipped. Lenient where data is not ambiguous: a quote inside an unquoted field, or
// text after a closing quote, is kept literally, as Excel and LibreOffice read it.
//
// Strict where a silent guess would shift answers into the wrong column: every row must have as many
// fields as the header, and header names must be present and unique.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::import {

struct CsvTable {
    std::vector<std::string> header;            // column names, trimmed of spaces and tabs
    std::vector<std::vector<std::string>> rows; // each exactly header.size() fields, as written
    std::vector<std::int64_t> rowLines;         // 1-based line of each row's start
    char separator = ',';
};

/// Parses UTF-8 CSV text (the caller decoded it). When `separator` is not given it is detected from
/// the first records. Throws InvalidInput naming the line for an empty file, a row with the wrong
/// number of fields ("line 7 has 4 fields, but the header has 5"), a quote that is never closed
/// (the line where it opened), and missing or duplicate header names (naming them).
CsvTable parseCsv(std::string_view utf8, std::optional<char> separator = {});

} // namespace cairn::import
