#include "views/analysis_page.h"

#include "jobs/project_queries.h"
#include "views/chart_export.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace cairn::gui {

AnalysisPage::AnalysisPage(ProjectQueries* queries, QWidget* parent) : QWidget(parent), m_queries(queries) {}

bool AnalysisPage::exportPicture(const QString& path) const {
    return saveWidgetPicture(picture(), path);
}

bool AnalysisPage::exportTable(const QString& path) const {
    return saveTableCsv(m_table, path);
}

QHBoxLayout* AnalysisPage::labelledRow(const QString& text, QWidget* field) {
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(text);
    label->setBuddy(field);
    row->addWidget(label);
    row->addWidget(field, 1);
    return row;
}

void AnalysisPage::offerAttributes(const QString& channel, QComboBox* choice, const QString& first,
                                   const QString& format, QString* current, std::function<void()> then) {
    m_queries->ask<std::vector<store::AttributeRow>>(
        channel, [](project::Project& p) { return p.attributes(); },
        [=](std::vector<store::AttributeRow>& attributes) {
            choice->clear();
            choice->addItem(first, QString());
            for (const auto& a : attributes)
                if (a.type != "integer" && a.type != "decimal" && a.type != "date")
                    choice->addItem(format.arg(QString::fromStdString(a.name)),
                                    QString::fromStdString(a.name));
            choose(choice, *current, current);
            then();
        });
}

void AnalysisPage::replaceChart(QChartView* view, QChart* chart) {
    auto* old = view->chart();
    view->setChart(chart);
    delete old;
}

void AnalysisPage::choose(QComboBox* choice, const QString& value, QString* current) {
    choice->setCurrentIndex(std::max(0, choice->findData(value)));
    *current = choice->currentData().toString();
}

int columnOf(const analysis::Table& table, const std::string& name) {
    for (std::size_t i = 0; i < table.columns.size(); ++i)
        if (table.columns[i].name == name) return static_cast<int>(i);
    return -1;
}

} // namespace cairn::gui
