#pragma once
// Indicator values as CSV, in the two shapes people keep them.
//
// Long: one value per row. Columns (case-insensitive; indicator and value required):
//   framework, indicator, scope, period, breakdown, value, n, source
// Wide, two shapes, told apart by the header:
//   * with an `indicator` column: one row per indicator (and scope, breakdown); every other column is
//     a period ("2019", "2020-21"), as official statistics are published;
//   * without one: one row per scope (a case, a group, the project), as survey tables are kept; every
//     other column is an indicator ("KEY:ID" or an id), and period comes from a column or the caller.
// In wide files an empty cell is a missing value and is skipped; in long files it is an error.
//
// The reader checks what it can without a project (numbers, counts, periods, scopes, repeated rows) and
// returns every value with its line; the project then checks indicators and cases exist. A problem
// is kept with its line, so the caller can refuse the file or skip the bad rows.

#include "indicators/value_fields.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::indicators {

enum class ValuesFormat { Auto, Long, Wide };

struct ValueRecord {
    std::int64_t line = 0;
    std::string framework; // key, or "" (the caller's default, or any framework with the id)
    std::string indicator; // id, "KEY:ID" or title
    Scope scope;
    Period period;
    std::string breakdown;
    double value = 0;
    std::optional<std::int64_t> n;
    std::string source;
};

struct RowProblem {
    std::int64_t line = 0;
    std::string message;
};

struct ValuesFile {
    ValuesFormat format = ValuesFormat::Long; // what the file turned out to be
    std::vector<ValueRecord> records;
    std::vector<RowProblem> problems;
};

struct ValuesReadOptions {
    ValuesFormat format = ValuesFormat::Auto;
    std::string period; // wide files with indicators as columns and no period column
};

/// Parses a values CSV (UTF-8). Throws InvalidInput when the file as a whole cannot be read (bad CSV,
/// missing columns, a wide file without periods); row-level problems go into `problems`, including
/// a row that repeats an earlier one's indicator, scope, period and breakdown.
ValuesFile parseValuesCsv(std::string_view utf8, const ValuesReadOptions& options = {});

/// One value as written by the writers.
struct ValueLine {
    std::string framework;
    std::string indicator;
    std::string scope; // scopeText()
    std::string period;
    std::string breakdown;
    double value = 0;
    std::optional<std::int64_t> n;
    std::string source;
};

std::string writeValuesLong(const std::vector<ValueLine>& values);
/// Periods as columns, in the order given; one row per framework, indicator, scope and breakdown.
/// n and source cannot be carried per cell in this shape, so they are left out (the long form keeps them).
std::string writeValuesWide(const std::vector<ValueLine>& values, const std::vector<std::string>& periods);

} // namespace cairn::indicators
