#include "views/paired_page.h"

#include "jobs/project_queries.h"
#include "models/analysis_table_model.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cairn::gui {

PairedPage::PairedPage(ProjectQueries* queries, QWidget* parent)
    : AnalysisPage(queries, parent), m_before(new QComboBox), m_after(new QComboBox), m_view(new QChartView),
      m_summary(new QLabel) {
    auto* layout = new QVBoxLayout(this);
    auto* row = labelledRow(tr("&Before:"), m_before);
    row->addLayout(labelledRow(tr("&After:"), m_after), 1);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Before and after chart"));
    for (auto* combo : {m_before, m_after})
        connect(combo, &QComboBox::activated, this, &PairedPage::ask);
}

QWidget* PairedPage::picture() const {
    return m_view;
}

QString PairedPage::summary() const {
    return m_summary->text();
}

void PairedPage::refresh() {
    queries()->ask<project::PairedAttributes>(
        QStringLiteral("paired attributes"), [](project::Project& p) { return p.pairedAttributes(); },
        [this](project::PairedAttributes& attributes) {
            const auto before = m_before->currentText();
            const auto after = m_after->currentText();
            QStringList numeric;
            for (const auto& name : attributes.numeric)
                numeric << QString::fromStdString(name);
            for (auto* combo : {m_before, m_after}) {
                combo->clear();
                combo->addItems(numeric);
            }
            // The user's choice stays while both measures still exist; otherwise the core's guess.
            if (numeric.contains(before) && numeric.contains(after))
                compare(before, after);
            else
                compare(QString::fromStdString(attributes.before), QString::fromStdString(attributes.after));
        });
}

void PairedPage::compare(const QString& before, const QString& after) {
    m_before->setCurrentIndex(m_before->findText(before));
    m_after->setCurrentIndex(m_after->findText(after));
    ask();
}

void PairedPage::ask() {
    const auto before = m_before->currentText().toStdString();
    const auto after = m_after->currentText().toStdString();
    if (before.empty() || after.empty()) {
        m_summary->setText(tr("The project has no two numeric case attributes to compare."));
        return;
    }
    queries()->ask<analysis::Table>(
        QStringLiteral("paired"),
        [before, after](project::Project& p) {
            project::SummaryRequest request;
            request.attribute = before;
            request.paired = after;
            return p.surveySummary(request);
        },
        [this](analysis::Table& table) {
            setTable(std::move(table));
            show();
            emit tableShown();
        });
}

void PairedPage::show() {
    const auto& t = table();
    const auto before = m_before->currentText();
    const auto after = m_after->currentText();
    const auto value = [&t](const std::string& column) {
        const int c = columnOf(t, column);
        return t.rows.empty() || c < 0 ? std::nullopt : numberIn(t.rows[0][static_cast<std::size_t>(c)]);
    };
    const auto meanBefore = value("mean_" + before.toStdString());
    const auto meanAfter = value("mean_" + after.toStdString());
    auto* chart = new QChart;
    auto* set = new QBarSet(tr("Mean"));
    *set << meanBefore.value_or(0) << meanAfter.value_or(0);
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append({before, after});
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto* values = new QValueAxis;
    values->setMin(0);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    values->applyNiceNumbers();
    chart->legend()->hide();
    const QLocale locale;
    const auto n = value("n").value_or(0);
    const auto difference = value("mean_difference");
    if (!difference) {
        chart->setTitle(tr("%1 and %2: too few cases with both").arg(before, after));
        m_summary->setText(tr("Cases with both values: %1. A paired comparison needs at least two.").arg(n));
    } else {
        const auto low = value("ci_low"), high = value("ci_high"), p = value("p");
        const auto number = [&locale](std::optional<double> v) {
            return v ? locale.toString(*v, 'f', 2) : QStringLiteral("–");
        };
        chart->setTitle(tr("Mean difference %1 (95% CI %2 to %3), n = %4")
                            .arg(number(difference), number(low), number(high))
                            .arg(n));
        m_summary->setText(tr("%1 → %2 over the %3 cases with both: mean %4 → %5; difference %6, 95% "
                              "confidence interval %7 to %8; paired t-test p = %9.")
                               .arg(before, after)
                               .arg(n)
                               .arg(number(meanBefore), number(meanAfter), number(difference), number(low),
                                    number(high), p && *p < 0.001 ? tr("< 0.001") : number(p)));
    }
    replaceChart(m_view, chart);
}

} // namespace cairn::gui
