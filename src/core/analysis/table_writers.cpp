// The three renderings of a Table. Decimals are printed with four significant digits in text (people
// read them) and with full precision in CSV and JSON (programs read them).

#include "analysis/table_writers.h"

#include "common/csv_writer.h"
#include "text/utf.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace cairn::analysis {

namespace {

std::string formatDecimal(double value, bool forPeople) {
    char buffer[64];
    if (forPeople && std::abs(value) >= 1000)
        std::snprintf(buffer, sizeof buffer, "%.1f", value);
    else
        std::snprintf(buffer, sizeof buffer, forPeople ? "%.4g" : "%.15g", value);
    return buffer;
}

// Line breaks and tabs would break the alignment of a text table.
std::string oneLine(std::string text) {
    for (auto& c : text)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return text;
}

} // namespace

std::string cellText(const Cell& cell, bool forPeople) {
    if (const auto* i = std::get_if<std::int64_t>(&cell)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&cell)) return formatDecimal(*d, forPeople);
    if (const auto* s = std::get_if<std::string>(&cell)) return *s;
    return {};
}

std::string toText(const Table& table) {
    const auto columns = table.columns.size();
    std::vector<std::vector<std::string>> lines;
    std::vector<std::string> header;
    for (const auto& column : table.columns)
        header.push_back(oneLine(column.name));
    lines.push_back(header);
    for (const auto& row : table.rows) {
        std::vector<std::string> line;
        for (std::size_t i = 0; i < columns; ++i)
            line.push_back(i < row.size() ? oneLine(cellText(row[i], true)) : std::string());
        lines.push_back(std::move(line));
    }
    std::vector<std::int64_t> widths(columns, 0);
    for (const auto& line : lines)
        for (std::size_t i = 0; i < columns; ++i)
            widths[i] = std::max(widths[i], text::codePointCount(line[i]));

    std::string out;
    if (!table.title.empty()) out += table.title + "\n\n";
    for (const auto& line : lines) {
        std::string printed;
        for (std::size_t i = 0; i < columns; ++i) {
            const auto pad =
                std::string(static_cast<std::size_t>(widths[i] - text::codePointCount(line[i])), ' ');
            const bool right = table.columns[i].kind != ColumnKind::Text;
            printed += right ? pad + line[i] : line[i] + (i + 1 < columns ? pad : std::string());
            if (i + 1 < columns) printed += "  ";
        }
        out += printed + "\n";
    }
    if (!table.notes.empty()) out += "\n";
    for (const auto& note : table.notes)
        out += "* " + note + "\n";
    return out;
}

std::string toJson(const Table& table) {
    auto rows = nlohmann::ordered_json::array();
    for (const auto& row : table.rows) {
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            const Cell cell = i < row.size() ? row[i] : Cell{};
            auto& field = object[table.columns[i].name];
            if (const auto* n = std::get_if<std::int64_t>(&cell))
                field = *n;
            else if (const auto* d = std::get_if<double>(&cell))
                field = *d;
            else if (const auto* s = std::get_if<std::string>(&cell))
                field = *s;
            else
                field = nullptr;
        }
        rows.push_back(std::move(object));
    }
    return rows.dump(2) + "\n";
}

std::string toCsv(const Table& table) {
    std::vector<std::string> fields;
    for (const auto& column : table.columns)
        fields.push_back(column.name);
    std::string out = csvRecord(fields);
    for (const auto& row : table.rows) {
        fields.clear();
        for (std::size_t i = 0; i < table.columns.size(); ++i)
            fields.push_back(i < row.size() ? cellText(row[i], false) : std::string());
        out += csvRecord(fields);
    }
    return out;
}

} // namespace cairn::analysis
