#pragma once
// A heat map over codes: co-occurrence (codes × codes, passages where both apply) or a crosstab
// (codes × the values of a case attribute, shaded by the percentage). Clicking a cell lists the
// passages behind it.

#include "views/analysis_page.h"

class QComboBox;
class QModelIndex;
class QTableView;

namespace cairn::gui {

class AnalysisTableModel;

class HeatMapPage : public AnalysisPage {
    Q_OBJECT
public:
    explicit HeatMapPage(ProjectQueries* queries, QWidget* parent = nullptr);

    void refresh() override;
    QWidget* picture() const override;
    /// "" for co-occurrence, else a crosstab by this attribute.
    void showBy(const QString& attribute);
    AnalysisTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

private:
    void ask();
    void cellClicked(const QModelIndex& index);

    QComboBox* m_kind;
    QTableView* m_view;
    AnalysisTableModel* m_model;
    QString m_attribute;
};

} // namespace cairn::gui
