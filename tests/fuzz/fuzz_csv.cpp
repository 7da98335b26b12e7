// libFuzzer target: CSV reading and survey column inference on valid UTF-8 (what the caller passes
// after decoding). Checks the table's shape, and the inference's promise: every non-missing cell of
// a column has a canonical value of the column's inferred type.

#include "common/error.h"
#include "fuzz/fuzz_checks.h"
#include "import/csv.h"
#include "import/survey_table.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using cairn::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    if (!cairn::text::isValidUtf8(input)) return 0;
    cairn::import::CsvTable table;
    try {
        table = cairn::import::parseCsv(input);
    } catch (const cairn::InvalidInput&) {
        return 0;
    }
    require(table.separator == ',' || table.separator == ';' || table.separator == '\t');
    require(!table.header.empty() && table.rows.size() == table.rowLines.size());
    std::int64_t previousLine = 1;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        require(table.rows[r].size() == table.header.size());
        require(table.rowLines[r] > previousLine);
        previousLine = table.rowLines[r];
        for (const auto& cell : table.rows[r])
            require(cell.find('\r') == std::string::npos);
    }

    const auto columns = cairn::import::inferColumns(table);
    require(columns.size() == table.header.size());
    const auto rows = static_cast<std::int64_t>(table.rows.size());
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const auto& column = columns[c];
        require(column.missing >= 0 && column.distinct >= 0 && column.missing + column.distinct <= rows);
        require(!column.looksLikeOpenAnswer || column.type == cairn::import::ValueType::Text);
        require(cairn::import::parseValueType(cairn::import::valueTypeName(column.type)) == column.type);
        for (const auto& row : table.rows) {
            try {
                const auto stored = cairn::import::canonicalValue(column.type, row[c]);
                require(cairn::text::isValidUtf8(stored));
            } catch (const cairn::InvalidInput&) {
                require(false); // inference promised this value fits
            }
        }
    }
    return 0;
}
