// The editing panels (cases, memos, the journal) and the codebook's commands, and how the window
// keeps the memo panel on whatever the user last chose: a source, a case, a code or a coding.

#include "app/codebook_commands.h"
#include "app/main_window.h"
#include "app/project_editor.h"
#include "app/project_session.h"
#include "views/cases_panel.h"
#include "views/codebook_panel.h"
#include "views/document_view.h"
#include "views/memo_editor.h"
#include "views/search_panel.h"
#include "views/sources_panel.h"

#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>

namespace cairn::gui {

namespace {
project::MemoTarget memoTarget(std::string project::MemoTarget::*field, const QString& value) {
    project::MemoTarget target;
    target.*field = value.toStdString();
    return target;
}
} // namespace

QDockWidget* MainWindow::addDock(const QString& title, const QString& name, QWidget* content,
                                 Qt::DockWidgetArea area) {
    auto* widget = new QDockWidget(title, this);
    widget->setObjectName(name); // saveState() finds docks by name
    widget->setWidget(content);
    addDockWidget(area, widget);
    return widget;
}

void MainWindow::createEditingPanels() {
    connect(m_editor, &ProjectEditor::edited, this, &MainWindow::refreshCodings);
    connect(m_editor, &ProjectEditor::failed, this, &MainWindow::showError);
    m_codebookCommands = new CodebookCommands(m_editor, m_codebook, this);
    m_cases = new CasesPanel(m_editor);
    m_memos = new MemoEditor(m_editor, false);
    m_journal = new MemoEditor(m_editor, true);
    auto* casesDock = addDock(tr("Cases"), QStringLiteral("CasesDock"), m_cases, Qt::BottomDockWidgetArea);
    auto* memosDock = addDock(tr("Memos"), QStringLiteral("MemosDock"), m_memos, Qt::RightDockWidgetArea);
    auto* journalDock =
        addDock(tr("Journal"), QStringLiteral("JournalDock"), m_journal, Qt::RightDockWidgetArea);
    tabifyDockWidget(memosDock, journalDock);
    memosDock->raise();
    // The codebook gets most of its column, and the column room for code paths; a saved window
    // state replaces these first-run sizes.
    if (auto* codebookDock = findChild<QDockWidget*>(QStringLiteral("CodebookDock"))) {
        resizeDocks({codebookDock, memosDock}, {3, 1}, Qt::Vertical);
        resizeDocks({codebookDock}, {420}, Qt::Horizontal);
    }
    casesDock->hide(); // shown from the View menu; the document keeps the height by default

    connect(m_cases, &CasesPanel::caseSourcesRequested, this, [this](const QString& caseName) {
        if (!m_sources->showCase(caseName))
            statusBar()->showMessage(tr("No sources are linked to %1.").arg(caseName), 5000);
    });
    connect(m_cases, &CasesPanel::currentCaseChanged, this, [this](const QString& caseName) {
        if (!caseName.isEmpty())
            m_memos->setTarget(memoTarget(&project::MemoTarget::caseName, caseName),
                               tr("Case: %1").arg(caseName));
    });
    connect(m_codebook, &CodebookPanel::currentCodeChanged, this, [this](const QString& guid) {
        if (!guid.isEmpty())
            m_memos->setTarget(memoTarget(&project::MemoTarget::code, guid),
                               tr("Code: %1").arg(m_codebook->model()->pathOf(guid)));
        m_codebookCommands->updateActions(m_session && !m_session->isLent());
    });
    connect(this, &MainWindow::sourceShown, this, [this](const QString& guid) {
        m_memos->setTarget(memoTarget(&project::MemoTarget::source, guid),
                           tr("Source: %1").arg(m_document->content().sourceName()));
    });
    connect(m_document, &DocumentView::codingClicked, this, [this](const QString& guid) {
        m_memos->setTarget(memoTarget(&project::MemoTarget::coding, guid),
                           tr("A coding in %1").arg(m_document->content().sourceName()));
    });
    connect(m_search, &SearchPanel::codeAllRequested, this, &MainWindow::codeAllResults);
    // The document's own menu plus the coding commands, for a right-click on selected text.
    m_document->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_document, &QWidget::customContextMenuRequested, this, &MainWindow::showDocumentMenu);
}

void MainWindow::showDocumentMenu(const QPoint& at) {
    std::unique_ptr<QMenu> menu(m_document->createStandardContextMenu(at));
    menu->addSeparator();
    menu->addAction(m_codeAction);
    menu->addAction(m_inVivoAction);
    addProposeActions(*menu, m_document->cursorForPosition(at).position());
    menu->exec(m_document->viewport()->mapToGlobal(at));
}

} // namespace cairn::gui
