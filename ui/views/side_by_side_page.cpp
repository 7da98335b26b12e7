#include "views/side_by_side_page.h"

#include "jobs/project_queries.h"
#include "models/analysis_table_model.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QMap>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cairn::gui {

namespace {
struct SideAnswer {
    analysis::Table sideBySide;
    analysis::Table series;
};
} // namespace

SideBySidePage::SideBySidePage(ProjectQueries* queries, QWidget* parent)
    : AnalysisPage(queries, parent), m_indicator(new QComboBox), m_body(new QWidget), m_view(new QChartView),
      m_evidence(new QLabel), m_quotes(new QListWidget) {
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(labelledRow(tr("&Indicator:"), m_indicator));
    layout->addWidget(m_body, 1);
    auto* body = new QHBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_view, 3);
    auto* side = new QVBoxLayout;
    m_evidence->setWordWrap(true);
    m_evidence->setTextFormat(Qt::RichText);
    side->addWidget(m_evidence);
    side->addWidget(new QLabel(tr("Top quotes:")));
    m_quotes->setWordWrap(true);
    m_quotes->setAccessibleName(tr("Top quotes"));
    side->addWidget(m_quotes, 1);
    body->addLayout(side, 2);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Indicator series chart"));
    connect(m_indicator, &QComboBox::activated, this, &SideBySidePage::ask);
}

QWidget* SideBySidePage::picture() const {
    return m_body;
}

QString SideBySidePage::evidence() const {
    return m_evidence->text();
}

void SideBySidePage::refresh() {
    queries()->ask<std::vector<project::IndicatorInfo>>(
        QStringLiteral("side-by-side indicators"), [](project::Project& p) { return p.indicators(); },
        [this](std::vector<project::IndicatorInfo>& nodes) {
            const auto current = m_indicator->currentData().toString();
            m_indicator->clear();
            for (const auto& node : nodes)
                if (node.values > 0 || !node.codes.empty())
                    m_indicator->addItem(tr("%1 — %2").arg(QString::fromStdString(node.ref),
                                                           QString::fromStdString(node.row.title)),
                                         QString::fromStdString(node.ref));
            m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(current)));
            ask();
        });
}

bool SideBySidePage::showIndicator(const QString& ref) {
    const int at = m_indicator->findData(ref);
    if (at < 0) return false;
    m_indicator->setCurrentIndex(at);
    ask();
    return true;
}

void SideBySidePage::ask() {
    const auto ref = m_indicator->currentData().toString().toStdString();
    if (ref.empty()) {
        m_evidence->setText(tr("No indicator has linked codes or values yet."));
        return;
    }
    queries()->ask<SideAnswer>(
        QStringLiteral("side by side"),
        [ref](project::Project& p) {
            project::SideBySideRequest request;
            request.indicator = ref;
            return SideAnswer{p.sideBySide(request), p.indicatorSeries(ref)};
        },
        [this](SideAnswer& answer) {
            setTable(std::move(answer.sideBySide));
            show(answer.series);
            emit tableShown();
        });
}

void SideBySidePage::show(const analysis::Table& series) {
    // The chart: one line per series over every period any series has, in the core's time order.
    QStringList periods;
    QMap<QString, QLineSeries*> lines;
    auto* chart = new QChart;
    for (const auto& row : series.rows) {
        const auto period = cellText(row[1]);
        if (!periods.contains(period)) periods << period;
    }
    for (const auto& row : series.rows) {
        const auto name = cellText(row[0]);
        auto*& line = lines[name];
        if (!line) {
            line = new QLineSeries;
            line->setName(name);
            line->setPointsVisible(true);
        }
        line->append(static_cast<qreal>(periods.indexOf(cellText(row[1]))), numberIn(row[2]).value_or(0));
    }
    auto* axis = new QBarCategoryAxis;
    axis->append(periods);
    chart->addAxis(axis, Qt::AlignBottom);
    auto* values = new QValueAxis;
    chart->addAxis(values, Qt::AlignLeft);
    for (auto* line : std::as_const(lines)) {
        chart->addSeries(line);
        line->attachAxis(axis);
        line->attachAxis(values);
    }
    values->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(m_indicator->currentText());
    replaceChart(m_view, chart);

    // The evidence: the first row carries it (every row of an indicator repeats it).
    const auto& t = table();
    m_quotes->clear();
    if (t.rows.empty()) return;
    const auto& row = t.rows[0];
    const auto cell = [&](const char* column) {
        const int c = columnOf(t, column);
        return c < 0 ? QString() : cellText(row[static_cast<std::size_t>(c)]).toHtmlEscaped();
    };
    QString numbers;
    for (const auto& r : t.rows) { // one row per value series
        const auto at = [&](const char* column) {
            const int c = columnOf(t, column);
            return c < 0 ? QString() : cellText(r[static_cast<std::size_t>(c)]).toHtmlEscaped();
        };
        if (at("series").isEmpty()) continue;
        numbers += tr("<br>%1: %2 → %3 (change %4)").arg(at("series"), at("first"), at("last"), at("change"));
        if (!at("paired_n").isEmpty())
            numbers += tr("; paired change %1 over %2 cases").arg(at("paired_change"), at("paired_n"));
    }
    m_evidence->setText(tr("<b>Coded evidence</b><br>codes: %1<br>codings: %2<br>sources: %3 of %4<br>"
                           "cases: %5 of %6<br>passages: %7<br><br><b>Values</b>%8")
                            .arg(cell("codes").isEmpty() ? tr("none linked") : cell("codes"), cell("codings"),
                                 cell("sources"), cell("sources_total"), cell("cases"), cell("cases_total"),
                                 cell("passages"), numbers.isEmpty() ? tr("<br>none recorded") : numbers));
    for (std::size_t c = 0; c < t.columns.size(); ++c)
        if (t.columns[c].name.rfind("quote_", 0) == 0 && !cellText(row[c]).isEmpty())
            m_quotes->addItem(cellText(row[c]));
}

} // namespace cairn::gui
