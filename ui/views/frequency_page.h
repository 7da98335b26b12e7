#pragma once
// Code frequencies as a bar chart: per code, how many sources of each kind (or cases with each
// value of an attribute) it applies to, each bar "N of M". Clicking a bar lists its passages.

#include "views/analysis_page.h"
#include "views/bar_data.h"

class QComboBox;
class QBarSet;

QT_BEGIN_NAMESPACE
class QChartView;
class QBarSeries;
QT_END_NAMESPACE

namespace cairn::gui {

class FrequencyPage : public AnalysisPage {
    Q_OBJECT
public:
    explicit FrequencyPage(ProjectQueries* queries, QWidget* parent = nullptr);

    /// Codes charted at most; a codebook of sixty codes in use would make bars too thin to read.
    static constexpr int kMostCodes = 12;

    void refresh() override;
    QWidget* picture() const override;
    /// "" for source kinds, else the attribute the bars are split by.
    void splitBy(const QString& attribute);
    const BarData& bars() const { return m_bars; }
    QBarSeries* series() const { return m_series; }

private:
    void ask();
    void show(BarData bars);
    void barClicked(int category, QBarSet* set);

    QComboBox* m_split;
    QChartView* m_view;
    QBarSeries* m_series = nullptr;
    BarData m_bars;
    QString m_attribute;
};

} // namespace cairn::gui
