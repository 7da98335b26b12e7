#pragma once
// Tables as spreadsheets: what the CLI's --xlsx and the GUI's "Export table" write.

#include "analysis/table.h"

#include <string>
#include <vector>

namespace cairn::project {

/// Writes each table as a sheet named by its title (numbers stay numbers, notes below the table),
/// atomically.
void saveTablesXlsx(const std::string& path, const std::vector<analysis::Table>& tables);

/// Whether a path names a spreadsheet (ends in .xlsx, any case).
bool isXlsxPath(const std::string& path);

} // namespace cairn::project
