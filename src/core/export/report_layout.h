#pragma once
// A report as the sequence of blocks every document writer (DOCX, ODT, HTML, Markdown, PDF) renders, so
// the formats cannot drift apart in what they say: the words, headings, tables and quotes are decided
// here once, and a writer only decides how a heading or a quote looks in its format.

#include "export/report.h"

#include <string>
#include <vector>

namespace cairn::exporting {

struct ReportBlock {
    enum class Kind { Title, Subtitle, Heading1, Heading2, Paragraph, Quote, Table };
    Kind kind = Kind::Paragraph;
    std::string text;        // every kind but Table; for Quote, the quote
    std::string attribution; // Quote: "– " is the writer's to add
    ReportTable table;       // Table
};

/// The report in reading order: title and date; per theme a Heading 1, the counts in words, the table,
/// the sub-codes, and the quotes under a Heading 2; the indicators side by side; the methods note.
std::vector<ReportBlock> layoutReport(const Report& report);

} // namespace cairn::exporting
