#include "models/analysis_table_model.h"

#include <QColor>
#include <QLocale>
#include <cmath>

namespace cairn::gui {

std::optional<double> numberIn(const analysis::Cell& cell) {
    if (const auto* i = std::get_if<std::int64_t>(&cell)) return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&cell)) return *d;
    return std::nullopt;
}

QString cellText(const analysis::Cell& cell) {
    if (const auto* i = std::get_if<std::int64_t>(&cell))
        return QLocale().toString(static_cast<qlonglong>(*i));
    if (const auto* d = std::get_if<double>(&cell)) return QLocale().toString(*d, 'f', 2);
    if (const auto* s = std::get_if<std::string>(&cell)) return QString::fromStdString(*s);
    return {};
}

AnalysisTableModel::AnalysisTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AnalysisTableModel::setTable(analysis::Table table, HeatFilter heat) {
    beginResetModel();
    m_table = std::move(table);
    m_heat = std::move(heat);
    m_heatMax = 0;
    if (m_heat)
        for (int r = 0; r < rowCount(); ++r)
            for (int c = 0; c < columnCount(); ++c)
                if (const auto n = numberIn(m_table.rows[r][c]); n && m_heat(r, c))
                    m_heatMax = std::max(m_heatMax, *n);
    endResetModel();
}

QString AnalysisTableModel::text(int row, int column) const {
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount()) return {};
    const auto* s = std::get_if<std::string>(&m_table.rows[row][column]);
    return s ? QString::fromStdString(*s) : QString();
}

int AnalysisTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int AnalysisTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_table.columns.size());
}

QVariant AnalysisTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const auto& cell = m_table.rows[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(cell);
    case NumberRole:
        if (const auto n = numberIn(cell)) return *n;
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(numberIn(cell) ? Qt::AlignRight | Qt::AlignVCenter
                                                  : Qt::AlignLeading | Qt::AlignVCenter);
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        const auto n = numberIn(cell);
        if (!m_heat || !n || m_heatMax <= 0 || !m_heat(index.row(), index.column())) return {};
        const double share = std::clamp(*n / m_heatMax, 0.0, 1.0);
        // From near white to a deep teal; dark cells take white text so the number stays legible.
        if (role == Qt::ForegroundRole) return share > 0.55 ? QColor(Qt::white) : QVariant();
        return QColor::fromRgbF(static_cast<float>(1.0 - 0.9 * share), static_cast<float>(1.0 - 0.55 * share),
                                static_cast<float>(1.0 - 0.5 * share));
    }
    default:
        return {};
    }
}

QVariant AnalysisTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Horizontal && section < columnCount())
        return QString::fromStdString(m_table.columns[section].name);
    if (orientation == Qt::Vertical) return section + 1;
    return {};
}

} // namespace cairn::gui
