#include "views/frequency_page.h"

#include "jobs/project_queries.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cairn::gui {

FrequencyPage::FrequencyPage(ProjectQueries* queries, QWidget* parent)
    : AnalysisPage(queries, parent), m_split(new QComboBox), m_view(new QChartView) {
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(labelledRow(tr("Split &by:"), m_split));
    layout->addWidget(m_view, 1);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Code frequencies chart"));
    connect(m_split, &QComboBox::activated, this, [this] { splitBy(m_split->currentData().toString()); });
}

QWidget* FrequencyPage::picture() const {
    return m_view;
}

void FrequencyPage::refresh() {
    offerAttributes(QStringLiteral("frequency attributes"), m_split, tr("Source kind"),
                    tr("Case attribute: %1"), &m_attribute, [this] { ask(); });
}

void FrequencyPage::splitBy(const QString& attribute) {
    choose(m_split, attribute, &m_attribute);
    ask();
}

void FrequencyPage::ask() {
    const auto attribute = m_attribute.toStdString();
    struct Answer {
        analysis::Table table;
        BarData bars;
    };
    queries()->ask<Answer>(
        QStringLiteral("frequencies"),
        [attribute](project::Project& p) {
            Answer answer;
            if (attribute.empty()) {
                answer.table = p.frequencies({});
                answer.bars = barsBySourceKind(answer.table);
            } else {
                project::CrosstabRequest request;
                request.attribute = attribute;
                answer.table = p.crosstab(request);
                answer.bars = barsByAttribute(answer.table);
            }
            keepLargest(answer.bars, kMostCodes);
            return answer;
        },
        [this](Answer& answer) {
            setTable(std::move(answer.table));
            show(std::move(answer.bars));
            emit tableShown();
        });
}

void FrequencyPage::show(BarData bars) {
    m_bars = std::move(bars);
    auto* chart = new QChart;
    // Upright bars, codes along the bottom: a dock is wider than it is tall, and a code's name fits
    // under its group of bars where a row beside a horizontal bar would be a few pixels high.
    m_series = new QBarSeries;
    for (qsizetype s = 0; s < m_bars.sets.size(); ++s) {
        auto* set = new QBarSet(m_bars.sets[s]);
        for (const auto count : m_bars.counts[static_cast<std::size_t>(s)])
            set->append(count);
        m_series->append(set);
    }
    chart->addSeries(m_series);
    auto* codes = new QBarCategoryAxis;
    codes->append(m_bars.labels);
    // Labels are kept short (labelCategories); truncation is the fallback for a narrow window, since
    // an axis label too wide for its slot would otherwise not be drawn at all.
    codes->setTruncateLabels(true);
    QFont small = codes->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    codes->setLabelsFont(small);
    chart->addAxis(codes, Qt::AlignBottom);
    m_series->attachAxis(codes);
    auto* counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(counts, Qt::AlignLeft);
    m_series->attachAxis(counts);
    counts->applyNiceNumbers();
    chart->setTitle(m_attribute.isEmpty()
                        ? tr("Sources of each kind each code applies to (the %1 most widely applied codes)")
                              .arg(m_bars.categories.size())
                        : tr("Cases by %1 each code applies to (the %2 most widely applied codes)")
                              .arg(m_attribute)
                              .arg(m_bars.categories.size()));
    chart->legend()->setAlignment(Qt::AlignBottom);
    connect(m_series, &QBarSeries::clicked, this, &FrequencyPage::barClicked);
    connect(m_series, &QBarSeries::hovered, this, [this](bool on, int index, QBarSet* set) {
        const auto s = m_series->barSets().indexOf(set);
        const auto c = static_cast<std::size_t>(index);
        m_view->setToolTip(on && s >= 0 ? tr("%1 · %2: %3 of %4")
                                              .arg(m_bars.categories[static_cast<qsizetype>(c)], set->label())
                                              .arg(m_bars.counts[static_cast<std::size_t>(s)][c])
                                              .arg(m_bars.totals[static_cast<std::size_t>(s)][c])
                                        : QString());
    });
    replaceChart(m_view, chart);
}

void FrequencyPage::barClicked(int category, QBarSet* set) {
    if (category < 0 || category >= m_bars.categories.size() || !set) return;
    project::CellQuery query;
    query.code = m_bars.categories[category].toStdString();
    if (m_attribute.isEmpty()) {
        query.kind = set->label().toStdString();
    } else {
        query.attribute = m_attribute.toStdString();
        query.value = set->label().toStdString();
    }
    emit passagesRequested(tr("%1 · %2").arg(m_bars.categories[category], set->label()), query);
}

} // namespace cairn::gui
