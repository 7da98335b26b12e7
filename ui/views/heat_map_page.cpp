#include "views/heat_map_page.h"

#include "jobs/project_queries.h"
#include "models/analysis_table_model.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace cairn::gui {

namespace {
bool isPercentColumn(const analysis::Table& table, int column) {
    const auto& name = table.columns[static_cast<std::size_t>(column)].name;
    return name.size() >= 2 && name.compare(name.size() - 2, 2, " %") == 0;
}
} // namespace

HeatMapPage::HeatMapPage(ProjectQueries* queries, QWidget* parent)
    : AnalysisPage(queries, parent), m_kind(new QComboBox), m_view(new QTableView),
      m_model(new AnalysisTableModel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(labelledRow(tr("&Table:"), m_kind));
    layout->addWidget(m_view, 1);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Heat map"));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_view, &QTableView::clicked, this, &HeatMapPage::cellClicked);
    connect(m_kind, &QComboBox::activated, this, [this] { showBy(m_kind->currentData().toString()); });
}

QWidget* HeatMapPage::picture() const {
    return m_view;
}

void HeatMapPage::refresh() {
    offerAttributes(QStringLiteral("heat map attributes"), m_kind, tr("Co-occurrence of codes (passages)"),
                    tr("Codes by case attribute: %1"), &m_attribute, [this] { ask(); });
}

void HeatMapPage::showBy(const QString& attribute) {
    choose(m_kind, attribute, &m_attribute);
    ask();
}

void HeatMapPage::ask() {
    const auto attribute = m_attribute.toStdString();
    queries()->ask<analysis::Table>(
        QStringLiteral("heat map"),
        [attribute](project::Project& p) {
            if (attribute.empty()) return p.cooccurrence({});
            project::CrosstabRequest request;
            request.attribute = attribute;
            return p.crosstab(request);
        },
        [this](analysis::Table& table) {
            setTable(table);
            const bool crosstab = !m_attribute.isEmpty();
            // Crosstabs shade the percentages (comparable across values of different sizes); the
            // co-occurrence table shades the pairs, since each code's own count on the diagonal
            // would outshine them.
            auto heat = [crosstab, columns = table.columns](int row, int column) {
                if (column == 0) return false;
                if (crosstab) {
                    const auto& name = columns[static_cast<std::size_t>(column)].name;
                    return row > 0 && name.size() >= 2 && name.compare(name.size() - 2, 2, " %") == 0;
                }
                return row + 1 != column;
            };
            m_model->setTable(std::move(table), heat);
            emit tableShown();
        });
}

void HeatMapPage::cellClicked(const QModelIndex& index) {
    const auto& table = m_model->table();
    if (!index.isValid() || index.column() == 0) return;
    const auto code = m_model->text(index.row(), 0);
    auto column = QString::fromStdString(table.columns[static_cast<std::size_t>(index.column())].name);
    project::CellQuery query;
    query.code = code.toStdString();
    if (m_attribute.isEmpty()) {
        query.otherCode = column.toStdString();
        emit passagesRequested(tr("%1 with %2").arg(code, column), query);
        return;
    }
    if (index.row() == 0) return; // "(all)": the denominators, not a code
    if (isPercentColumn(table, index.column())) column.chop(2);
    query.attribute = m_attribute.toStdString();
    query.value = column.toStdString();
    emit passagesRequested(tr("%1 · %2 = %3").arg(code, m_attribute, column), query);
}

} // namespace cairn::gui
