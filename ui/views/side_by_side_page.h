#pragma once
// One indicator side by side with its coded evidence: its value series as a line chart (the project,
// each group, the cases' mean by period) beside how much coded evidence its linked codes have and
// the best quotes consent allows, all from the core's side-by-side analysis.

#include "views/analysis_page.h"

class QComboBox;
class QLabel;
class QListWidget;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace cairn::gui {

class SideBySidePage : public AnalysisPage {
    Q_OBJECT
public:
    explicit SideBySidePage(ProjectQueries* queries, QWidget* parent = nullptr);

    void refresh() override;
    QWidget* picture() const override;
    /// Shows the indicator (KEY:IDENT) if the project has it among those with links or values.
    bool showIndicator(const QString& ref);
    QChartView* chartView() const { return m_view; }
    QString evidence() const;
    QListWidget* quotes() const { return m_quotes; }

private:
    void ask();
    void show(const analysis::Table& series);

    QComboBox* m_indicator;
    QWidget* m_body;
    QChartView* m_view;
    QLabel* m_evidence;
    QListWidget* m_quotes;
};

} // namespace cairn::gui
