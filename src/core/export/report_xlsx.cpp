// The report's tables as a workbook: frequencies (counts as numbers, so they can be summed), quotes,
// each indicator table, and the methods note, one sheet each.

#include "export/report_writers.h"
#include "export/xlsx_workbook.h"

#include <cstdlib>

namespace cairn::exporting {

namespace {

// Digits become numbers; anything else stays text.
XlsxCell cell(const std::string& text) {
    if (!text.empty() && text.size() < 18 && text.find_first_not_of("0123456789") == std::string::npos)
        return static_cast<std::int64_t>(std::strtoll(text.c_str(), nullptr, 10));
    return text;
}

XlsxSheet sheet(const ReportTable& table, std::vector<std::string>& taken) {
    XlsxSheet out{xlsxSheetName(table.title, taken), table.header, {}, {}};
    for (const auto& row : table.rows) {
        std::vector<XlsxCell> cells;
        for (const auto& text : row)
            cells.push_back(cell(text));
        out.rows.push_back(std::move(cells));
    }
    return out;
}

} // namespace

std::string writeReportXlsx(const Report& report) {
    std::vector<std::string> taken;
    std::vector<XlsxSheet> sheets{sheet(allFrequencies(report), taken), sheet(quoteTable(report), taken)};
    for (const auto& table : report.indicators)
        sheets.push_back(sheet(table, taken));
    XlsxSheet methods{xlsxSheetName("Methods", taken), {"methods"}, {}, {}};
    methods.rows.push_back({report.title + " (" + report.date + ")"});
    for (const auto& p : report.methods)
        methods.rows.push_back({p});
    sheets.push_back(std::move(methods));
    return writeXlsx(sheets);
}

} // namespace cairn::exporting
