// Picking a report writer by name or file extension, and the paragraph direction every writer of
// quotes needs.

#include "export/report_writers.h"

#include <algorithm>
#include <cctype>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace cairn::exporting {

std::optional<ReportFormat> reportFormatNamed(std::string_view name) {
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "docx") return ReportFormat::Docx;
    if (lower == "odt") return ReportFormat::Odt;
    if (lower == "html" || lower == "htm") return ReportFormat::Html;
    if (lower == "md" || lower == "markdown") return ReportFormat::Markdown;
    if (lower == "pdf") return ReportFormat::Pdf;
    if (lower == "csv") return ReportFormat::Csv;
    if (lower == "xlsx") return ReportFormat::Xlsx;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatOfPath(std::string_view path) {
    const auto dot = path.rfind('.');
    const auto slash = path.find_last_of("/\\");
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
        return std::nullopt;
    return reportFormatNamed(path.substr(dot + 1));
}

std::string reportFormatName(ReportFormat format) {
    switch (format) {
    case ReportFormat::Docx:
        return "docx";
    case ReportFormat::Odt:
        return "odt";
    case ReportFormat::Html:
        return "html";
    case ReportFormat::Markdown:
        return "md";
    case ReportFormat::Pdf:
        return "pdf";
    case ReportFormat::Csv:
        return "csv";
    case ReportFormat::Xlsx:
        return "xlsx";
    }
    return "";
}

std::string writeReport(const Report& report, ReportFormat format) {
    switch (format) {
    case ReportFormat::Docx:
        return writeReportDocx(report);
    case ReportFormat::Odt:
        return writeReportOdt(report);
    case ReportFormat::Html:
        return writeReportHtml(report);
    case ReportFormat::Markdown:
        return writeReportMarkdown(report);
    case ReportFormat::Pdf:
        return writeReportPdf(report);
    case ReportFormat::Csv:
        return writeReportCsv(report);
    case ReportFormat::Xlsx:
        return writeReportXlsx(report);
    }
    return {};
}

bool isRightToLeft(std::string_view utf8) {
    const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const auto length = static_cast<std::int32_t>(utf8.size());
    for (std::int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0) continue;
        switch (u_charDirection(c)) {
        case U_LEFT_TO_RIGHT:
            return false;
        case U_RIGHT_TO_LEFT:
        case U_RIGHT_TO_LEFT_ARABIC:
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace cairn::exporting
