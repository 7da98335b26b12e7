// The window's menus and actions: every command has a menu entry and a keyboard shortcut.

#include "app/codebook_commands.h"
#include "app/main_window.h"
#include "app/project_session.h"
#include "app/recent_projects.h"
#include "views/cases_panel.h"
#include "views/codebook_panel.h"
#include "views/document_view.h"
#include "views/quotes_panel.h"
#include "views/search_panel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace cairn::gui {

namespace {
// Source kinds as the core stores them, with the names users read.
QList<std::pair<QString, QString>> sourceKinds() {
    return {{QStringLiteral("interview"), MainWindow::tr("Interview")},
            {QStringLiteral("workshop-notes"), MainWindow::tr("Workshop notes")},
            {QStringLiteral("submission"), MainWindow::tr("Submission")},
            {QStringLiteral("case-study-notes"), MainWindow::tr("Case study notes")},
            {QStringLiteral("field-notes"), MainWindow::tr("Field notes")},
            {QStringLiteral("document"), MainWindow::tr("Other document")}};
}
} // namespace

void MainWindow::createActions() {
    m_newAction = new QAction(tr("&New Project…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::chooseNew);
    m_openAction = new QAction(tr("&Open Project…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseOpen);
    m_closeAction = new QAction(tr("&Close Project"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProject);
    m_importAction = new QAction(tr("&Import Files…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, [this] { chooseImport(); });
    m_surveyAction = new QAction(tr("Import Sur&vey…"), this);
    m_surveyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_surveyAction, &QAction::triggered, this, [this] { chooseSurvey(); });
    m_importQdpxAction = new QAction(tr("Import REFI-QDA &Project (.qdpx)…"), this);
    m_importQdpxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    connect(m_importQdpxAction, &QAction::triggered, this, &MainWindow::chooseQdpxImport);
    m_exportQdpxAction = new QAction(tr("&Export REFI-QDA Project (.qdpx)…"), this);
    m_exportQdpxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    connect(m_exportQdpxAction, &QAction::triggered, this, &MainWindow::chooseQdpxExport);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, &MainWindow::undo);
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, this, &MainWindow::redo);
    m_codeAction = new QAction(tr("&Code Selection with Current Code"), this);
    m_codeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_codeAction, &QAction::triggered, this, [this] {
        const auto code = m_codebook->currentCode();
        if (code.isEmpty())
            statusBar()->showMessage(tr("Choose a code in the codebook first."), 5000);
        else
            codeSelection(code);
    });
    m_inVivoAction = new QAction(tr("Code In &Vivo"), this);
    m_inVivoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_inVivoAction, &QAction::triggered, this, &MainWindow::codeInVivo);
    m_findAction = new QAction(tr("&Search Passages"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->parentWidget()->show();
        m_search->queryEdit()->setFocus();
        m_search->queryEdit()->selectAll();
    });
    for (int n = 1; n <= CodebookModel::ShortcutCount; ++n) {
        auto* action = new QAction(tr("Code Selection with Code %1").arg(n), this);
        action->setShortcut(QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_0 + n))));
        connect(action, &QAction::triggered, this, [this, n] {
            const auto code = m_codebook->model()->shortcutCode(n);
            if (!code.isEmpty()) codeSelection(code);
        });
        m_codeShortcuts.append(action);
    }
}

void MainWindow::createMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_surveyAction);
    file->addAction(m_importQdpxAction);
    file->addAction(m_exportQdpxAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    auto* coding = menuBar()->addMenu(tr("&Coding"));
    coding->addAction(m_codeAction);
    coding->addAction(m_inVivoAction);
    auto* byKey = coding->addMenu(tr("Code Selection &with"));
    byKey->addActions(m_codeShortcuts);

    auto* codebook = menuBar()->addMenu(tr("Code&book"));
    codebook->addActions(m_codebookCommands->editActions());
    codebook->addSeparator();
    codebook->addActions(m_codebookCommands->fileActions());

    auto* cases = menuBar()->addMenu(tr("C&ases"));
    cases->addActions(m_cases->actions());

    auto* review = menuBar()->addMenu(tr("&Review"));
    review->addActions(m_quotes->actions());

    // Each panel is shown (or hidden) by Alt+Shift and a digit, in the order of the View menu.
    auto* view = menuBar()->addMenu(tr("&View"));
    int number = 0;
    for (auto* widget : findChildren<QDockWidget*>()) {
        auto* toggle = widget->toggleViewAction();
        if (++number <= 9)
            toggle->setShortcut(QKeySequence(
                QKeyCombination(Qt::AltModifier | Qt::ShiftModifier, Qt::Key(Qt::Key_0 + number))));
        view->addAction(toggle);
    }

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Cairn"), this, [this] {
        QMessageBox::about(this, tr("About Cairn"),
                           tr("<b>Cairn %1</b><p>A workbench for qualitative research: read, code and search "
                              "interviews, notes and submissions in any language.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    if (!m_recentMenu) return;
    m_recentMenu->clear();
    const auto paths = RecentProjects::list();
    for (int i = 0; i < paths.size(); ++i) {
        const auto& path = paths.at(i);
        auto* action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
                                               [this, path] { openProject(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!paths.isEmpty());
}

void MainWindow::updateActions() {
    const bool open = m_session != nullptr;
    const bool writable = open && !m_session->isLent();
    m_closeAction->setEnabled(open && !m_importing);
    m_importAction->setEnabled(writable);
    m_findAction->setEnabled(open);
    m_codeAction->setEnabled(writable);
    m_inVivoAction->setEnabled(writable);
    m_surveyAction->setEnabled(writable);
    m_exportQdpxAction->setEnabled(open);
    m_importQdpxAction->setEnabled(!m_importing);
    m_codebookCommands->updateActions(writable);
    for (auto* action : std::as_const(m_codeShortcuts))
        action->setEnabled(writable);
    std::optional<store::EditRow> nextUndo;
    std::optional<store::EditRow> nextRedo;
    if (writable) {
        nextUndo = m_session->writer()->nextUndo();
        nextRedo = m_session->writer()->nextRedo();
    }
    m_undoAction->setEnabled(nextUndo.has_value());
    m_undoAction->setText(nextUndo ? tr("&Undo %1").arg(QString::fromStdString(nextUndo->label))
                                   : tr("&Undo"));
    m_redoAction->setEnabled(nextRedo.has_value());
    m_redoAction->setText(nextRedo ? tr("&Redo %1").arg(QString::fromStdString(nextRedo->label))
                                   : tr("&Redo"));
}

void MainWindow::chooseOpen() {
    const auto path =
        QFileDialog::getOpenFileName(this, tr("Open Project"), {}, tr("Cairn projects (*.cairn)"));
    if (!path.isEmpty()) openProject(path);
}

void MainWindow::chooseNew() {
    auto path = QFileDialog::getSaveFileName(this, tr("New Project"), {}, tr("Cairn projects (*.cairn)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QStringLiteral(".cairn"))) path += QStringLiteral(".cairn");
    createProject(path);
}

void MainWindow::chooseImport(const QStringList& preset) {
    if (!m_session || m_session->isLent()) return;
    const auto paths = preset.isEmpty()
                           ? QFileDialog::getOpenFileNames(
                                 this, tr("Import Files"), {},
                                 tr("Documents (*.txt *.md *.html *.htm *.docx *.odt *.pdf *.srt *.vtt);;"
                                    "All files (*)"))
                           : preset;
    if (paths.isEmpty()) return;
    QStringList labels;
    for (const auto& [kind, label] : sourceKinds())
        labels << label;
    bool ok = false;
    const auto label =
        QInputDialog::getItem(this, tr("Import Files"), tr("These files are:"), labels, 0, false, &ok);
    if (!ok) return;
    importFiles(paths, sourceKinds().at(labels.indexOf(label)).first);
}

} // namespace cairn::gui
