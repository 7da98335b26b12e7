// The tables every writer shares, derived from the report's counts so that the words ("30 of 46
// submissions") and the tables can never disagree.

#include "export/report.h"

#include <cmath>

namespace cairn::exporting {

namespace {

std::string share(const ReportCount& c) {
    if (c.total <= 0) return "";
    return std::to_string(static_cast<std::int64_t>(
               std::lround(100.0 * static_cast<double>(c.count) / static_cast<double>(c.total)))) +
           "%";
}

} // namespace

std::string countPhrase(const ReportCount& count) {
    return std::to_string(count.count) + " of " + std::to_string(count.total) + " " + count.units;
}

ReportTable frequencyTable(const ReportTheme& theme) {
    ReportTable table{theme.title, {"", "with the theme", "out of", "share"}, {}};
    for (const auto& c : theme.byKind)
        table.rows.push_back({c.units, std::to_string(c.count), std::to_string(c.total), share(c)});
    for (const auto& c : theme.byAttribute)
        table.rows.push_back({c.units, std::to_string(c.count), std::to_string(c.total), share(c)});
    return table;
}

ReportTable allFrequencies(const Report& report) {
    ReportTable table{"Frequencies", {"theme", "measure", "group", "count", "total"}, {}};
    for (const auto& theme : report.themes) {
        for (const auto& c : theme.byKind)
            table.rows.push_back(
                {theme.path, "sources", c.group, std::to_string(c.count), std::to_string(c.total)});
        for (const auto& c : theme.byAttribute)
            table.rows.push_back({theme.path, "cases by " + theme.attribute, c.group, std::to_string(c.count),
                                  std::to_string(c.total)});
        for (const auto& sub : theme.subcodes)
            for (const auto& c : sub.byKind)
                table.rows.push_back({theme.path + "/" + sub.name, "sources", c.group,
                                      std::to_string(c.count), std::to_string(c.total)});
    }
    return table;
}

ReportTable quoteTable(const Report& report) {
    ReportTable table{"Quotes", {"theme", "quote", "attribution"}, {}};
    for (const auto& theme : report.themes)
        for (const auto& q : theme.quotes)
            table.rows.push_back({theme.path, q.text, q.attribution});
    return table;
}

} // namespace cairn::exporting
