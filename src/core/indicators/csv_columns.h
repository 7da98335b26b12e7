#pragma once
// Finding named columns in a CSV header the way users write them: case-insensitive, trimmed, with a
// few common aliases. Shared by the framework and values readers.

#include "import/csv.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace cairn::indicators {

/// The index of the first header column named any of `names` (case-insensitive).
std::optional<std::size_t> findColumn(const import::CsvTable& table,
                                      std::initializer_list<std::string_view> names);

/// The field of `row` in column `index`, trimmed; "" when the column is absent.
std::string field(const std::vector<std::string>& row, const std::optional<std::size_t>& index);

/// Joins problems into one message, at most `limit` of them, saying how many more there were.
std::string joinProblems(const std::vector<std::string>& problems, std::size_t limit = 20);

} // namespace cairn::indicators
