// The report as Markdown (CommonMark with pipe tables, as GitHub and pandoc read it). Quote text and
// every other text from the project is escaped: a participant's "*" or "#" or "<b>" must stay a
// character, not become emphasis, a heading or HTML.

#include "export/report_layout.h"
#include "export/report_writers.h"

#include <cstring>

namespace cairn::exporting {

namespace {

// Backslash-escapes the ASCII punctuation that can open or close CommonMark markup anywhere, and the
// characters that make a list, a heading underline or a numbered list only at the start of a text;
// line breaks become spaces, so one text stays one paragraph (or one table cell).
std::string escaped(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n' || c == '\r') {
            out += ' ';
            continue;
        }
        const bool always = c != '\0' && std::strchr("\\`*_[]<>#|~&!", c);
        const bool atStart = i == 0 && (c == '-' || c == '+' || c == '=');
        const bool numbered = i == digits && digits > 0 && (c == '.' || c == ')');
        if (always || atStart || numbered) out += '\\';
        out += c;
    }
    return out;
}

std::string tableMarkdown(const ReportTable& table) {
    std::string out;
    if (!table.title.empty()) out += "**" + escaped(table.title) + "**\n\n";
    out += "|";
    for (const auto& h : table.header)
        out += " " + (h.empty() ? std::string(" ") : escaped(h)) + " |";
    out += "\n|";
    for (std::size_t i = 0; i < table.header.size(); ++i)
        out += " --- |";
    out += "\n";
    for (const auto& row : table.rows) {
        out += "|";
        for (const auto& cell : row)
            out += " " + escaped(cell) + " |";
        out += "\n";
    }
    return out + "\n";
}

} // namespace

std::string writeReportMarkdown(const Report& report) {
    using K = ReportBlock::Kind;
    std::string out;
    for (const auto& b : layoutReport(report)) {
        switch (b.kind) {
        case K::Title:
            out += "# " + escaped(b.text) + "\n\n";
            break;
        case K::Subtitle:
            out += "*" + escaped(b.text) + "*\n\n";
            break;
        case K::Heading1:
            out += "## " + escaped(b.text) + "\n\n";
            break;
        case K::Heading2:
            out += "### " + escaped(b.text) + "\n\n";
            break;
        case K::Paragraph:
            out += escaped(b.text) + "\n\n";
            break;
        case K::Quote:
            out += "> " + escaped(b.text) + "\n>\n> – " + escaped(b.attribution) + "\n\n";
            break;
        case K::Table:
            out += tableMarkdown(b.table);
            break;
        }
    }
    return out;
}

} // namespace cairn::exporting
