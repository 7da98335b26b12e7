// The report as one self-contained HTML file: no scripts, no external styles, fonts or images, so it
// opens offline in any browser and can be mailed as it is. Every text is escaped; quotes carry
// dir="auto", so the browser sets an Arabic, Persian or Pashto quote right to left by its own letters.

#include "export/report_layout.h"
#include "export/report_writers.h"

namespace cairn::exporting {

namespace {

// Text and attribute values (always double-quoted) are safe with these four escaped.
std::string escaped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string tableHtml(const ReportTable& table) {
    std::string out = "<table>\n";
    if (!table.title.empty()) out += "<caption>" + escaped(table.title) + "</caption>\n";
    out += "<thead><tr>";
    for (const auto& h : table.header)
        out += "<th scope=\"col\">" + escaped(h) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : table.rows) {
        out += "<tr>";
        for (const auto& cell : row)
            out += "<td dir=\"auto\">" + escaped(cell) + "</td>";
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

constexpr const char* kStyle =
    R"(body{font-family:"Noto Sans",sans-serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.5}
blockquote{margin:1em 2em;padding-inline-start:1em;border-inline-start:3px solid #888;font-style:italic}
blockquote footer{font-style:normal;margin-top:.3em}
table{border-collapse:collapse;margin:1em 0}
th,td{border:1px solid #999;padding:.2em .6em;text-align:start}
td:not(:first-child){font-variant-numeric:tabular-nums}
caption{font-weight:bold;text-align:start}
.date{color:#555})";

} // namespace

std::string writeReportHtml(const Report& report) {
    using K = ReportBlock::Kind;
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                      escaped(report.title) + "</title>\n<style>\n" + kStyle +
                      "\n</style>\n</head>\n<body>\n";
    for (const auto& b : layoutReport(report)) {
        switch (b.kind) {
        case K::Title:
            out += "<h1>" + escaped(b.text) + "</h1>\n";
            break;
        case K::Subtitle:
            out += "<p class=\"date\">" + escaped(b.text) + "</p>\n";
            break;
        case K::Heading1:
            out += "<h2>" + escaped(b.text) + "</h2>\n";
            break;
        case K::Heading2:
            out += "<h3>" + escaped(b.text) + "</h3>\n";
            break;
        case K::Paragraph:
            out += "<p>" + escaped(b.text) + "</p>\n";
            break;
        case K::Quote:
            out += std::string("<blockquote dir=\"") + (isRightToLeft(b.text) ? "rtl" : "auto") + "\"><p>" +
                   escaped(b.text) + "</p><footer dir=\"auto\">– " + escaped(b.attribution) +
                   "</footer></blockquote>\n";
            break;
        case K::Table:
            out += tableHtml(b.table);
            break;
        }
    }
    return out + "</body>\n</html>\n";
}

} // namespace cairn::exporting
