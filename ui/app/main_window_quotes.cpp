// Quote review as a dock of the window (View menu, Review menu): the Quotes panel follows the open
// project and every edit, undo and redo (refreshCodings reads it again), and the document's context
// menu proposes the coding under the pointer as a quote.

#include "app/main_window.h"
#include "app/project_editor.h"
#include "views/document_view.h"
#include "views/quotes_panel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace cairn::gui {

void MainWindow::addQuoteReview() {
    m_quotes = new QuotesPanel(m_editor);
    auto* dock = addDock(tr("Quotes"), QStringLiteral("QuotesDock"), m_quotes, Qt::BottomDockWidgetArea);
    dock->hide(); // opened from the View menu; the document keeps the room by default
    connect(m_quotes, &QuotesPanel::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_quotes, &QuotesPanel::decisionsImported, this, &MainWindow::showDecisionsImported);
}

void MainWindow::addProposeActions(QMenu& menu, int documentPosition) {
    std::vector<const CodingMark*> here;
    for (const auto& mark : m_document->codings())
        if (mark.docStart <= documentPosition && documentPosition < mark.docEnd) here.push_back(&mark);
    if (here.empty()) return;
    menu.addSeparator();
    for (const auto* mark : here) {
        auto* action = menu.addAction(here.size() == 1 ? tr("Propose as &Quote")
                                                       : tr("Propose as Quote (%1)").arg(mark->codePath));
        action->setToolTip(tr("Propose this coding of %1 as a quote for review").arg(mark->codePath));
        connect(action, &QAction::triggered, this, [this, guid = mark->guid] {
            if (!m_quotes->propose(guid)) return;
            if (auto* dock = findChild<QDockWidget*>(QStringLiteral("QuotesDock"))) {
                dock->show();
                dock->raise();
            }
        });
    }
}

void MainWindow::showDecisionsImported(const project::ReviewImportResult& result) {
    const auto summary =
        tr("Applied %1 of %n decision(s) from %2.", nullptr, static_cast<int>(result.decisions))
            .arg(result.applied)
            .arg(QString::fromStdString(result.reviewer));
    statusBar()->showMessage(summary, 10000);
    if (result.refused.empty() || !m_interactive) return;
    QStringList refused;
    for (const auto& line : result.refused)
        refused.append(QString::fromStdString(line));
    QMessageBox box(QMessageBox::Information, tr("Review Decisions"), summary, QMessageBox::Ok, this);
    box.setInformativeText(tr("%n decision(s) were not applied; the details say why.", nullptr,
                              static_cast<int>(refused.size())));
    box.setDetailedText(refused.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace cairn::gui
