#include "views/analysis_panel.h"

#include "jobs/project_queries.h"
#include "views/frequency_page.h"
#include "views/heat_map_page.h"
#include "views/paired_page.h"
#include "views/passage_list.h"
#include "views/side_by_side_page.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cairn::gui {

AnalysisPanel::AnalysisPanel(JobRunner* runner, QWidget* parent)
    : QWidget(parent), m_queries(new ProjectQueries(runner, this)), m_tabs(new QTabWidget),
      m_frequencies(new FrequencyPage(m_queries)), m_heatMap(new HeatMapPage(m_queries)),
      m_paired(new PairedPage(m_queries)), m_sideBySide(new SideBySidePage(m_queries)),
      m_passages(new PassageList), m_status(new QLabel) {
    m_tabs->addTab(m_frequencies, tr("&Frequencies"));
    m_tabs->addTab(m_heatMap, tr("&Heat Map"));
    m_tabs->addTab(m_paired, tr("&Before and After"));
    m_tabs->addTab(m_sideBySide, tr("&Indicator Side by Side"));

    auto* buttons = new QHBoxLayout;
    auto* picture = new QPushButton(tr("Export &Picture…"));
    auto* table = new QPushButton(tr("Export &Table…"));
    m_status->setWordWrap(true);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(picture);
    buttons->addWidget(table);
    connect(picture, &QPushButton::clicked, this, &AnalysisPanel::exportPicture);
    connect(table, &QPushButton::clicked, this, &AnalysisPanel::exportTable);

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_tabs, 1);
    topLayout->addLayout(buttons);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(m_passages);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    for (AnalysisPage* page :
         {static_cast<AnalysisPage*>(m_frequencies), static_cast<AnalysisPage*>(m_heatMap),
          static_cast<AnalysisPage*>(m_paired), static_cast<AnalysisPage*>(m_sideBySide)})
        connect(page, &AnalysisPage::passagesRequested, this, &AnalysisPanel::listPassages);
    connect(m_passages, &PassageList::passageChosen, this, &AnalysisPanel::passageChosen);
    connect(m_queries, &ProjectQueries::failed, this, [this](const UserMessage& message) {
        m_status->setText(tr("%1 %2").arg(message.text, message.advice));
    });
    connect(m_queries, &ProjectQueries::idle, this, &AnalysisPanel::idle);
}

void AnalysisPanel::setProjectPath(const QString& path) {
    m_queries->setPath(path);
    m_passages->clear();
    m_status->clear();
    if (!path.isEmpty()) refresh();
}

void AnalysisPanel::refresh() {
    for (AnalysisPage* page :
         {static_cast<AnalysisPage*>(m_frequencies), static_cast<AnalysisPage*>(m_heatMap),
          static_cast<AnalysisPage*>(m_paired), static_cast<AnalysisPage*>(m_sideBySide)})
        page->refresh();
}

bool AnalysisPanel::isBusy() const {
    return m_queries->isBusy();
}

AnalysisPage* AnalysisPanel::currentPage() const {
    return qobject_cast<AnalysisPage*>(m_tabs->currentWidget());
}

void AnalysisPanel::listPassages(const QString& caption, const project::CellQuery& query) {
    m_queries->ask<std::vector<project::CodingView>>(
        QStringLiteral("passages"), [query](project::Project& p) { return p.codingsBehind(query); },
        [this, caption](std::vector<project::CodingView>& passages) {
            m_passages->showPassages(caption, std::move(passages));
        });
}

void AnalysisPanel::exportPicture() {
    auto* page = currentPage();
    const auto path = QFileDialog::getSaveFileName(this, tr("Export Picture"), {},
                                                   tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty() || !page) return;
    m_status->setText(page->exportPicture(path) ? tr("Saved %1").arg(path)
                                                : tr("Could not write %1").arg(path));
}

void AnalysisPanel::exportTable() {
    auto* page = currentPage();
    auto path = QFileDialog::getSaveFileName(this, tr("Export Table"), {}, tr("CSV (*.csv)"));
    if (path.isEmpty() || !page) return;
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) path += QStringLiteral(".csv");
    m_status->setText(page->exportTable(path) ? tr("Saved %1").arg(path)
                                              : tr("Could not write %1").arg(path));
}

} // namespace cairn::gui
