#pragma once
// Spreadsheets (.xlsx) of tables — analysis tables, indicator values, frameworks — through
// libxlsxwriter. Like the other writers here it returns bytes, so the caller saves them atomically
// (common/file_io.h) and a failed write never leaves half a workbook where the user's file was.

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace cairn::exporting {

using XlsxCell = std::variant<std::monostate, std::int64_t, double, std::string>;

struct XlsxSheet {
    std::string name; // shortened to Excel's 31 characters, with []:*?/\ replaced
    std::vector<std::string> header;
    std::vector<std::vector<XlsxCell>> rows;
    std::vector<std::string> notes; // written below the table
};

/// The workbook's bytes. Numbers stay numbers (so a spreadsheet can sum them); text longer than
/// Excel's 32,767 characters per cell is cut and ends in "…". Throws Io when libxlsxwriter fails.
std::string writeXlsx(const std::vector<XlsxSheet>& sheets);

/// A sheet name Excel accepts, unique among `taken` (which it is added to).
std::string xlsxSheetName(const std::string& wanted, std::vector<std::string>& taken);

} // namespace cairn::exporting
