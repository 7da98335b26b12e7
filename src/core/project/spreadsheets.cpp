#include "project/spreadsheets.h"

#include "common/file_io.h"
#include "export/xlsx_workbook.h"

#include <algorithm>
#include <cctype>

namespace cairn::project {

void saveTablesXlsx(const std::string& path, const std::vector<analysis::Table>& tables) {
    std::vector<exporting::XlsxSheet> sheets;
    for (const auto& table : tables) {
        exporting::XlsxSheet sheet;
        sheet.name = table.title.empty() ? "Table" : table.title;
        for (const auto& column : table.columns)
            sheet.header.push_back(column.name);
        for (const auto& row : table.rows) {
            std::vector<exporting::XlsxCell> cells;
            for (const auto& cell : row)
                std::visit([&](const auto& value) { cells.emplace_back(value); }, cell);
            sheet.rows.push_back(std::move(cells));
        }
        sheet.notes = table.notes;
        sheets.push_back(std::move(sheet));
    }
    writeFileAtomically(path, exporting::writeXlsx(sheets));
}

bool isXlsxPath(const std::string& path) {
    if (path.size() < 5) return false;
    std::string end = path.substr(path.size() - 5);
    std::transform(end.begin(), end.end(), end.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return end == ".xlsx";
}

} // namespace cairn::project
