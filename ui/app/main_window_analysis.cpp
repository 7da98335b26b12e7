// The Indicators and Analysis views as docks of the window (View menu), kept apart from the window's
// own code: they follow the open project, re-read after an edit, and open a source at a passage the
// way a search hit does.

#include "app/main_window.h"
#include "app/project_session.h"
#include "views/analysis_panel.h"
#include "views/indicators_panel.h"

#include <QAction>
#include <QDockWidget>

namespace cairn::gui {

void MainWindow::addAnalysisViews() {
    m_indicators = new IndicatorsPanel(m_jobs);
    m_analysis = new AnalysisPanel(m_jobs);
    for (auto [title, name, panel] :
         {std::tuple{tr("Indicators"), QStringLiteral("IndicatorsDock"), static_cast<QWidget*>(m_indicators)},
          std::tuple{tr("Analysis"), QStringLiteral("AnalysisDock"), static_cast<QWidget*>(m_analysis)}}) {
        auto* widget = new QDockWidget(title, this);
        widget->setObjectName(name); // saveState() finds docks by name
        widget->setWidget(panel);
        // Side by side, not tabified: a tab group of hidden docks still adds its height to the
        // window's minimum size (Qt 6.4), and the window must fit a 700-pixel-high screen.
        addDockWidget(Qt::BottomDockWidgetArea, widget);
        widget->hide(); // opened from the View menu; the document keeps the room by default
    }

    connect(this, &MainWindow::projectChanged, this, [this] {
        const auto path = m_session ? m_session->path() : QString();
        m_analysis->setProjectPath(path);
        m_indicators->setProject(path, [this] { return m_session ? m_session->writer() : nullptr; });
    });
    connect(m_indicators, &IndicatorsPanel::edited, this, [this] {
        updateActions();
        m_analysis->refresh();
    });
    connect(m_indicators, &IndicatorsPanel::failed, this, &MainWindow::showError);
    connect(m_analysis, &AnalysisPanel::passageChosen, this, &MainWindow::showSourceAt);
    // An undo or redo may take back a link (or a coding the analyses count).
    for (auto* action : {m_undoAction, m_redoAction})
        connect(action, &QAction::triggered, this, [this] {
            m_indicators->reload();
            m_analysis->refresh();
        });
}

} // namespace cairn::gui
