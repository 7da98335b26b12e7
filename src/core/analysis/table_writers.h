#pragma once
// Writers for analysis::Table: pure functions from a table to the text a user or a script reads.
//   text: the title, an aligned table (numbers right-aligned, widths in code points) and the notes.
//   JSON: an array of objects keyed by column name, numbers as numbers and empty cells as null; the
//         title and notes are left out so a script reads rows only.
//   CSV:  RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a quote or a
//         line break. Empty cells are empty fields.

#include "analysis/table.h"

#include <string>

namespace cairn::analysis {

std::string toText(const Table& table);
/// A cell as text: for people, decimals to four significant digits; otherwise in full.
std::string cellText(const Cell& cell, bool forPeople = true);
std::string toJson(const Table& table);
std::string toCsv(const Table& table);

} // namespace cairn::analysis
