#pragma once
// A paired survey comparison: the same people's answers before and after (friends at arrival and
// now) as two bars of means, with the mean difference and its 95% confidence interval from the
// core's paired summary.

#include "views/analysis_page.h"

class QComboBox;
class QLabel;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace cairn::gui {

class PairedPage : public AnalysisPage {
    Q_OBJECT
public:
    explicit PairedPage(ProjectQueries* queries, QWidget* parent = nullptr);

    void refresh() override;
    QWidget* picture() const override;
    void compare(const QString& before, const QString& after);
    QChartView* chartView() const { return m_view; }
    QString summary() const;

private:
    void ask();
    void show();

    QComboBox* m_before;
    QComboBox* m_after;
    QChartView* m_view;
    QLabel* m_summary;
};

} // namespace cairn::gui
