#pragma once
// The one result every analysis returns: named, typed columns and rows of cells. Analyses build it;
// the writers (analysis/table_writers.h) print it; the CLI only picks a writer, and the GUI will show
// the same rows in a sortable view. Keeping one shape means a new analysis needs no new output code.

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace cairn::analysis {

/// What a column holds, so writers can align numbers and a GUI can sort them as numbers.
enum class ColumnKind { Text, Integer, Decimal };

struct Column {
    std::string name;
    ColumnKind kind = ColumnKind::Text;
};

/// Empty (a missing value, or a statistic that cannot be computed), an integer, a decimal or text.
using Cell = std::variant<std::monostate, std::int64_t, double, std::string>;

struct Table {
    std::string title;
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows; // each row has one cell per column
    std::vector<std::string> notes;      // what the numbers mean, and what was left out

    void addColumn(std::string name, ColumnKind kind) { columns.push_back({std::move(name), kind}); }
};

/// A decimal cell, or an empty one when `value` is not finite (a mean of nothing, a t of zero spread).
Cell decimal(double value);

} // namespace cairn::analysis
