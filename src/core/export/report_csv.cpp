// The report's tables as one long CSV, so a spreadsheet can filter it: frequency rows (measure "sources"
// or "cases by ATTR", with group, count and total) and quote rows (measure "quote", with the quote and
// its attribution). The methods note is not a table and is left to the document formats.

#include "common/csv_writer.h"
#include "export/report_writers.h"

namespace cairn::exporting {

std::string writeReportCsv(const Report& report) {
    std::string out = csvRecord({"theme", "measure", "group", "count", "total", "quote", "attribution"});
    for (const auto& row : allFrequencies(report).rows)
        out += csvRecord({row[0], row[1], row[2], row[3], row[4], "", ""});
    for (const auto& row : quoteTable(report).rows)
        out += csvRecord({row[0], "quote", "", "", "", row[1], row[2]});
    return out;
}

} // namespace cairn::exporting
