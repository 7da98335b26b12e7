#pragma once
// An analysis::Table as a Qt table: the core's cells as they are (numbers sort as numbers), with an
// optional heat map that shades chosen cells by their value, darkest at the largest.

#include "analysis/table.h"

#include <QAbstractTableModel>
#include <functional>

namespace cairn::gui {

/// The number in a cell, or nullopt for text and empty cells.
std::optional<double> numberIn(const analysis::Cell& cell);
/// A cell as the user reads it: integers plainly, decimals to two places, empty as nothing.
QString cellText(const analysis::Cell& cell);

class AnalysisTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Whether a cell takes part in the heat map (the others keep the plain background).
    using HeatFilter = std::function<bool(int row, int column)>;
    static constexpr int NumberRole = Qt::UserRole + 1;

    explicit AnalysisTableModel(QObject* parent = nullptr);

    void setTable(analysis::Table table, HeatFilter heat = {});
    const analysis::Table& table() const { return m_table; }
    /// The text in column `column` of row `row` ("" when out of range or not text).
    QString text(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    analysis::Table m_table;
    HeatFilter m_heat;
    double m_heatMax = 0;
};

} // namespace cairn::gui
