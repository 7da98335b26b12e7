#pragma once
// The report writers, one format per file (report_docx.cpp, report_odt.cpp, report_html.cpp,
// report_markdown.cpp, report_pdf.cpp, report_csv.cpp, report_xlsx.cpp). Each is pure: a Report in,
// the file's bytes out, so the caller writes them atomically and a failed write leaves nothing behind.
//
//   DOCX, ODT  pugixml for the XML parts, export/zip_builder for the package; Heading 1/2, a Quote
//              paragraph style and real tables; right-to-left quotes carry w:bidi/w:rtl (DOCX) or a
//              right-to-left paragraph style (ODT)
//   HTML       one self-contained UTF-8 file, every text escaped; quotes carry dir="auto"
//   Markdown   quote text with Markdown's metacharacters escaped, so a quote cannot become markup
//   PDF        Cairo and Pango: Pango shapes Arabic, Persian, Pashto and Ethiopic, and the PDF does not
//              depend on an office suite being installed
//   CSV        the frequencies and the quotes in one long table (common/csv_writer)
//   XLSX       sheets for the frequencies, the quotes, the indicators and the methods note (libxlsxwriter)

#include "export/report.h"

#include <optional>
#include <string>
#include <string_view>

namespace cairn::exporting {

enum class ReportFormat { Docx, Odt, Html, Markdown, Pdf, Csv, Xlsx };

/// "docx", "odt", "html", "md", "pdf", "csv", "xlsx" (also "markdown", "htm"); nullopt otherwise.
std::optional<ReportFormat> reportFormatNamed(std::string_view name);
/// The format a file name's extension names, case-insensitively; nullopt when it names none.
std::optional<ReportFormat> reportFormatOfPath(std::string_view path);
/// The short name: "docx", "odt", "html", "md", "pdf", "csv", "xlsx".
std::string reportFormatName(ReportFormat format);

/// The file's bytes in `format`.
std::string writeReport(const Report& report, ReportFormat format);

std::string writeReportDocx(const Report& report);
std::string writeReportOdt(const Report& report);
std::string writeReportHtml(const Report& report);
std::string writeReportMarkdown(const Report& report);
std::string writeReportPdf(const Report& report);
std::string writeReportCsv(const Report& report);
std::string writeReportXlsx(const Report& report);

/// True when the text's first strong directional character is right to left (Arabic, Persian, Pashto,
/// Hebrew…): the paragraph rule of the Unicode bidi algorithm, which writers without dir="auto" need.
bool isRightToLeft(std::string_view utf8);

} // namespace cairn::exporting
