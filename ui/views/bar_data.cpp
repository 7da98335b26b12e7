#include "views/bar_data.h"

#include "models/analysis_table_model.h"
#include "views/analysis_page.h"

#include <algorithm>

namespace cairn::gui {

namespace {
double at(const std::vector<analysis::Cell>& row, int column) {
    return column < 0 ? 0.0 : numberIn(row[static_cast<std::size_t>(column)]).value_or(0.0);
}

// Drops codes with no bar at all: a codebook of sixty codes with eight in use reads as eight bars.
void dropEmptyCategories(BarData& bars) {
    for (auto c = static_cast<int>(bars.categories.size()) - 1; c >= 0; --c) {
        const bool any = std::any_of(bars.counts.begin(), bars.counts.end(),
                                     [c](const auto& set) { return set[static_cast<std::size_t>(c)] > 0; });
        if (any) continue;
        bars.categories.removeAt(c);
        for (auto* list : {&bars.counts, &bars.totals})
            for (auto& set : *list)
                set.erase(set.begin() + c);
    }
}
// An axis label wider than its slot is not drawn at all, and QBarCategoryAxis drops a repeated
// label, so labels are short (the code's name, with its parent where names repeat, elided) and
// unique.
void labelCategories(BarData& bars) {
    constexpr qsizetype kLongest = 22;
    bars.labels.clear();
    QStringList names;
    for (const auto& path : bars.categories)
        names << path.section(QLatin1Char('/'), -1);
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto label = names.count(names[i]) > 1 ? bars.categories[i].section(QLatin1Char('/'), -2) : names[i];
        if (label.size() > kLongest) label = label.left(kLongest - 1) + QChar(0x2026);
        const auto base = label;
        for (int n = 2; bars.labels.contains(label); ++n)
            label = base + QStringLiteral(" (%1)").arg(n);
        bars.labels << label;
    }
}
} // namespace

void keepLargest(BarData& bars, qsizetype most) {
    std::vector<std::pair<double, qsizetype>> totals;
    for (qsizetype c = 0; c < bars.categories.size(); ++c) {
        double sum = 0;
        for (const auto& set : bars.counts)
            sum += set[static_cast<std::size_t>(c)];
        totals.emplace_back(sum, c);
    }
    if (static_cast<qsizetype>(totals.size()) <= most) return;
    std::stable_sort(totals.begin(), totals.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<bool> keep(totals.size(), false);
    for (qsizetype i = 0; i < most; ++i)
        keep[static_cast<std::size_t>(totals[static_cast<std::size_t>(i)].second)] = true;
    for (auto c = bars.categories.size() - 1; c >= 0; --c) {
        if (keep[static_cast<std::size_t>(c)]) continue;
        bars.categories.removeAt(c);
        for (auto* list : {&bars.counts, &bars.totals})
            for (auto& set : *list)
                set.erase(set.begin() + c);
    }
    labelCategories(bars);
}

BarData barsBySourceKind(const analysis::Table& table) {
    BarData bars;
    const int first = columnOf(table, "sources_total") + 1;
    const int last = columnOf(table, "cases");
    std::vector<std::pair<int, int>> columns; // count, total
    for (int c = first; first > 0 && c + 1 < last; c += 2) {
        bars.sets << QString::fromStdString(table.columns[static_cast<std::size_t>(c)].name);
        columns.emplace_back(c, c + 1);
    }
    bars.counts.resize(columns.size());
    bars.totals.resize(columns.size());
    for (const auto& row : table.rows) {
        bars.categories << cellText(row[0]);
        for (std::size_t s = 0; s < columns.size(); ++s) {
            bars.counts[s].push_back(at(row, columns[s].first));
            bars.totals[s].push_back(at(row, columns[s].second));
        }
    }
    dropEmptyCategories(bars);
    labelCategories(bars);
    return bars;
}

BarData barsByAttribute(const analysis::Table& table) {
    BarData bars;
    std::vector<int> columns;
    for (std::size_t c = 1; c < table.columns.size(); ++c) {
        const auto& name = table.columns[c].name;
        if (name.size() >= 2 && name.compare(name.size() - 2, 2, " %") == 0) continue;
        bars.sets << QString::fromStdString(name);
        columns.push_back(static_cast<int>(c));
    }
    bars.counts.resize(columns.size());
    bars.totals.resize(columns.size());
    for (std::size_t r = 1; r < table.rows.size(); ++r) { // row 0, "(all)", holds the denominators
        bars.categories << cellText(table.rows[r][0]);
        for (std::size_t s = 0; s < columns.size(); ++s) {
            bars.counts[s].push_back(at(table.rows[r], columns[s]));
            bars.totals[s].push_back(table.rows.empty() ? 0.0 : at(table.rows[0], columns[s]));
        }
    }
    dropEmptyCategories(bars);
    labelCategories(bars);
    return bars;
}

} // namespace cairn::gui
