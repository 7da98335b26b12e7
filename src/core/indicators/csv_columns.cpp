#include "indicators/csv_columns.h"

#include <cctype>

namespace cairn::indicators {

namespace {

std::string lowered(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    std::string out;
    for (const char c : text)
        out += c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

std::optional<std::size_t> findColumn(const import::CsvTable& table,
                                      std::initializer_list<std::string_view> names) {
    for (const auto name : names)
        for (std::size_t i = 0; i < table.header.size(); ++i)
            if (lowered(table.header[i]) == name) return i;
    return std::nullopt;
}

std::string field(const std::vector<std::string>& row, const std::optional<std::size_t>& index) {
    if (!index || *index >= row.size()) return {};
    std::string_view text = row[*index];
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return std::string(text);
}

std::string joinProblems(const std::vector<std::string>& problems, std::size_t limit) {
    std::string out;
    for (std::size_t i = 0; i < problems.size() && i < limit; ++i)
        out += (i ? "\n" : "") + problems[i];
    if (problems.size() > limit)
        out += "\n… and " + std::to_string(problems.size() - limit) + " more problems";
    return out;
}

} // namespace cairn::indicators
