#pragma once
// The numbers of a grouped bar chart, read out of the core's frequency and crosstab tables: one
// category per code with any coding, one set per source kind (or attribute value), each bar "N of M".

#include "analysis/table.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace cairn::gui {

struct BarData {
    QStringList categories;                  // code paths
    QStringList labels;                      // on the axis: short and unique (see labelCategories)
    QStringList sets;                        // source kinds, or attribute values
    std::vector<std::vector<double>> counts; // [set][category]
    std::vector<std::vector<double>> totals; // [set][category]: what each count is out of
};

/// Keeps the `most` codes with the largest counts (all sets together), in codebook order, so the bars
/// stay readable; the others are left out of the chart (the exported table still has every code).
void keepLargest(BarData& bars, qsizetype most);

/// From analysis::frequencies: a set per source kind (columns K and K_total).
BarData barsBySourceKind(const analysis::Table& frequencies);
/// From analysis::crosstab: a set per attribute value; totals from its "(all)" row.
BarData barsByAttribute(const analysis::Table& crosstab);

} // namespace cairn::gui
