#include "app/main_window.h"

#include "app/project_editor.h"
#include "app/project_session.h"
#include "app/recent_projects.h"
#include "common/error.h"
#include "jobs/import_job.h"
#include "jobs/source_load_job.h"
#include "project/interrupt_on_cancel.h"
#include "views/analysis_panel.h"
#include "views/cases_panel.h"
#include "views/codebook_panel.h"
#include "views/document_view.h"
#include "views/indicators_panel.h"
#include "views/memo_editor.h"
#include "views/quotes_panel.h"
#include "views/search_panel.h"
#include "views/sources_panel.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <cstdio>

namespace cairn::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_jobs(new JobRunner(this)), m_document(new DocumentView), m_header(new QLabel),
      m_sources(new SourcesPanel), m_codebook(new CodebookPanel), m_search(new SearchPanel(m_jobs)),
      m_indicators(nullptr), m_analysis(nullptr), m_progress(new QProgressBar), m_cancel(new QToolButton),
      m_progressLabel(new QLabel), m_editor(new ProjectEditor(this)) {
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header->setContentsMargins(8, 6, 8, 6);
    m_header->setTextFormat(Qt::RichText);
    layout->addWidget(m_header);
    layout->addWidget(m_document, 1);
    setCentralWidget(central);
    m_document->setAccessibleName(tr("Document"));

    addDock(tr("Sources"), QStringLiteral("SourcesDock"), m_sources, Qt::LeftDockWidgetArea);
    addDock(tr("Codebook"), QStringLiteral("CodebookDock"), m_codebook, Qt::RightDockWidgetArea);
    addDock(tr("Search"), QStringLiteral("SearchDock"), m_search, Qt::LeftDockWidgetArea);

    m_progress->setMaximumWidth(220);
    m_cancel->setText(tr("Cancel"));
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    setProgressVisible(false);

    createEditingPanels();
    createActions();
    addAnalysisViews(); // before the menus: the View menu lists every dock
    addQuoteReview();
    createMenus();

    connect(m_sources, &SourcesPanel::sourceChosen, this, [this](const QString& guid) { showSource(guid); });
    connect(m_codebook, &CodebookPanel::codeClicked, this, [this](const QString& guid) {
        if (m_document->selectedSourceRange()) codeSelection(guid);
    });
    connect(m_search, &SearchPanel::hitChosen, this, &MainWindow::showSourceAt);
    connect(m_document, &DocumentView::removeCodingRequested, this, &MainWindow::removeCoding);
    connect(m_document, &DocumentView::codeDropped, this, &MainWindow::codeSelection);
    connect(m_document, &DocumentView::memoRequested, this, [this](const QString& guid) {
        bool ok = false;
        const auto text = QInputDialog::getMultiLineText(this, tr("Memo on a Coding"), tr("Memo:"), {}, &ok);
        if (ok && !text.trimmed().isEmpty()) addCodingMemo(guid, text);
    });
    connect(m_codebook, &CodebookPanel::selectionDropped, this, &MainWindow::codeSelection);

    restoreWindowState();
    refreshProjectViews();
}

MainWindow::~MainWindow() {
    // Workers first: they may still hold the lent writer or deliver into the panels.
    delete m_jobs;
    m_jobs = nullptr;
}

void MainWindow::restoreWindowState() {
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) resize(1400, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_importing) m_jobs->cancelAll();
    event->accept();
}

bool MainWindow::isBusy() const {
    return m_jobs->running() > 0 || m_loading || m_search->isSearching() || m_indicators->isBusy() ||
           m_analysis->isBusy();
}

void MainWindow::showError(const UserMessage& message) {
    m_lastError = message;
    if (!m_interactive) {
        std::fprintf(stderr, "%s: %s %s (%s)\n", qPrintable(message.title), qPrintable(message.text),
                     qPrintable(message.advice), qPrintable(message.details));
        return;
    }
    QMessageBox box(QMessageBox::Warning, message.title, message.text, QMessageBox::Ok, this);
    box.setInformativeText(message.advice);
    box.setDetailedText(message.details);
    box.exec();
}

bool MainWindow::openProject(const QString& path) {
    if (m_opening || !closeProject()) return false;
    auto outcome = openInWorker(path);
    if (outcome.project) {
        adoptProject(
            std::make_unique<ProjectSession>(std::move(outcome.project), QFileInfo(path).absoluteFilePath()));
        return true;
    }
    if (outcome.failure)
        showError(*outcome.failure);
    else
        statusBar()->showMessage(tr("Opening %1 cancelled.").arg(QFileInfo(path).fileName()), 8000);
    if (!QFileInfo::exists(path)) RecentProjects::remove(path);
    rebuildRecentMenu();
    return false;
}

bool MainWindow::createProject(const QString& path) {
    if (!closeProject()) return false;
    try {
        auto project =
            project::Project::create(path.toStdString(), QFileInfo(path).completeBaseName().toStdString());
        adoptProject(
            std::make_unique<ProjectSession>(std::move(project), QFileInfo(path).absoluteFilePath()));
        return true;
    } catch (const std::exception& error) {
        showError(describeError(error, path));
        return false;
    }
}

bool MainWindow::closeProject() {
    if (!m_session) return true;
    if (m_importing) {
        showError({ErrorKind::Unexpected,
                   tr("Import running"),
                   tr("An import is still writing to the project."),
                   tr("Cancel the import or wait for it to finish, then close the project."),
                   {}});
        return false;
    }
    ++m_loadToken; // a load in flight belongs to this project
    m_loading = false;
    m_session.reset();
    m_editor->setSession(nullptr);
    m_document->clearSource();
    refreshProjectViews();
    return true;
}

void MainWindow::adoptProject(std::unique_ptr<ProjectSession> session) {
    m_session = std::move(session);
    m_editor->setSession(m_session.get());
    RecentProjects::add(m_session->path());
    rebuildRecentMenu();
    refreshProjectViews();
    statusBar()->showMessage(tr("Opened %1").arg(m_session->path()), 5000);
}

void MainWindow::refreshProjectViews() {
    if (m_session && m_session->writer()) {
        auto& project = *m_session->writer();
        m_sources->setListing(SourceListing::read(project));
        m_codebook->setCodebook(project.codebook());
        m_search->setProjectPath(m_session->path());
        setWindowTitle(tr("%1 — Cairn").arg(m_session->name()));
    } else if (!m_session) {
        m_sources->clear();
        m_codebook->setCodebook({});
        m_search->setProjectPath({});
        setWindowTitle(tr("Cairn"));
    }
    m_cases->refresh();
    m_quotes->refresh();
    m_memos->setTarget({}, {});
    m_journal->refresh();
    updateHeader();
    updateActions();
    emit projectChanged();
}

void MainWindow::updateHeader() {
    if (!m_session) {
        m_header->setText(
            tr("<b>No project open.</b> Use File ▸ Open or File ▸ New, or drop files here after "
               "opening a project."));
        return;
    }
    if (!m_document->hasSource()) {
        m_header->setText(
            tr("<b>%1</b> — choose a source on the left.").arg(m_session->name().toHtmlEscaped()));
        return;
    }
    const auto& content = m_document->content();
    const QLocale locale;
    m_header->setText(tr("<b>%1</b> · passages: %2 · codings: %3")
                          .arg(content.sourceName().toHtmlEscaped(),
                               locale.toString(static_cast<qlonglong>(content.passages().size())),
                               locale.toString(static_cast<qlonglong>(m_document->codings().size()))));
}

bool MainWindow::showSource(const QString& guidOrName, std::optional<std::pair<qint64, qint64>> select) {
    if (!m_session) return false;
    const auto token = ++m_loadToken;
    m_loading = true;
    const auto path = m_session->path().toStdString();
    const auto source = guidOrName.toStdString();
    auto* job = m_jobs->start(
        tr("Open source"), m_session->path(), [=, this](const ProgressFn&, const CancelToken& cancel) {
            auto loaded = std::make_shared<LoadedSource>(loadSource(path, source, cancel));
            return [=, this] {
                if (token != m_loadToken) return; // the user has chosen another source since
                m_loading = false;
                auto* model = m_codebook->model();
                m_document->showSource(*loaded, [model](const std::string& guid) {
                    return model->colorOf(QString::fromStdString(guid));
                });
                if (select) m_document->selectCodePoints(select->first, select->second);
                updateHeader();
                emit sourceShown(QString::fromStdString(loaded->source.guid));
            };
        });
    connect(job, &Job::failed, this, [this, token](const UserMessage& message) {
        if (token != m_loadToken) return;
        m_loading = false;
        showError(message);
    });
    return true;
}

void MainWindow::showSourceAt(const QString& guid, qint64 start, qint64 end) {
    m_sources->blockSignals(true);
    m_sources->selectSource(guid);
    m_sources->blockSignals(false);
    showSource(guid, std::pair{start, end});
}

std::optional<project::CodingRequest> MainWindow::selectionRequest(const QString& hint) {
    if (!m_session || !m_session->writer() || !m_document->hasSource()) return std::nullopt;
    const auto range = m_document->selectedSourceRange();
    if (!range) {
        statusBar()->showMessage(hint, 5000);
        return std::nullopt;
    }
    project::CodingRequest request;
    request.source = m_document->content().sourceGuid().toStdString();
    request.start = range->start;
    request.end = range->end;
    request.unit = project::SpanUnit::Utf16;
    return request;
}

bool MainWindow::codeSelection(const QString& code) {
    auto request = selectionRequest(tr("Select some text first, then choose a code."));
    if (!request) return false;
    auto* project = m_session->writer();
    request->code = code.toStdString();
    try {
        const auto coding = project->code(*request);
        m_document->addCoding(coding,
                              m_codebook->model()->colorOf(QString::fromStdString(coding.coding.codeGuid)));
        m_codebook->setCodebook(project->codebook());
        updateHeader();
        updateActions();
        statusBar()->showMessage(tr("Coded with %1").arg(QString::fromStdString(coding.codePath)), 5000);
        return true;
    } catch (const std::exception& error) {
        showError(describeError(error, m_session->path()));
        return false;
    }
}

void MainWindow::removeCoding(const QString& codingGuid) {
    auto* project = m_session ? m_session->writer() : nullptr;
    if (!project) return;
    try {
        project->uncode(codingGuid.toStdString());
    } catch (const std::exception& error) {
        showError(describeError(error, m_session->path()));
    }
    refreshCodings();
}

bool MainWindow::addCodingMemo(const QString& codingGuid, const QString& text) {
    auto* project = m_session ? m_session->writer() : nullptr;
    if (!project) return false;
    try {
        project::MemoTarget target;
        target.coding = codingGuid.toStdString();
        project->addMemo(tr("Memo on a coding").toStdString(), text.toStdString(), target);
    } catch (const std::exception& error) {
        showError(describeError(error, m_session->path()));
        return false;
    }
    refreshCodings();
    return true;
}

void MainWindow::undo() {
    auto* project = m_session ? m_session->writer() : nullptr;
    if (!project) return;
    try {
        if (const auto edit = project->undo())
            statusBar()->showMessage(tr("Undone: %1").arg(QString::fromStdString(edit->label)), 5000);
    } catch (const std::exception& error) {
        showError(describeError(error, m_session->path()));
    }
    refreshCodings();
}

void MainWindow::redo() {
    auto* project = m_session ? m_session->writer() : nullptr;
    if (!project) return;
    try {
        if (const auto edit = project->redo())
            statusBar()->showMessage(tr("Redone: %1").arg(QString::fromStdString(edit->label)), 5000);
    } catch (const std::exception& error) {
        showError(describeError(error, m_session->path()));
    }
    refreshCodings();
}

void MainWindow::refreshCodings() {
    // An undo may concern any edit (a coding, an import, a code), so the listings are read again;
    // the open document keeps its text and scroll position and only its stripes are replaced.
    auto* project = m_session ? m_session->writer() : nullptr;
    if (!project) return;
    m_sources->blockSignals(true);
    m_sources->setListing(SourceListing::read(*project));
    m_sources->blockSignals(false);
    m_codebook->setCodebook(project->codebook());
    if (m_document->hasSource()) {
        try {
            project::CodingQuery query;
            query.source = m_document->content().sourceGuid().toStdString();
            auto* model = m_codebook->model();
            m_document->setCodings(project->codings(query), [model](const std::string& guid) {
                return model->colorOf(QString::fromStdString(guid));
            });
        } catch (const NotFound&) {
            m_document->clearSource(); // the undo removed the source itself
        }
    }
    m_cases->refresh();
    m_memos->refresh();
    m_journal->refresh();
    m_quotes->refresh();
    updateHeader();
    updateActions();
}

void MainWindow::importFiles(const QStringList& paths, const QString& kind) {
    if (!m_session || m_session->isLent() || paths.isEmpty()) return;
    std::vector<std::string> files;
    for (const auto& path : paths)
        files.push_back(path.toStdString());
    auto outcome = std::make_shared<ImportOutcome>();
    auto* job = runWithWriter(tr("Import"), [files, kind = kind.toStdString(),
                                             outcome](project::Project& project, const ProgressFn& progress,
                                                      const CancelToken& cancel) {
        *outcome = gui::importFiles(project, files, kind, progress, cancel);
    });
    connect(job, &Job::succeeded, this, [this, outcome] {
        statusBar()->showMessage(tr("Files imported: %1").arg(outcome->imported.size()), 8000);
        if (!outcome->failed.empty()) {
            QStringList lines;
            for (const auto& [file, why] : outcome->failed)
                lines << QStringLiteral("%1: %2").arg(QFileInfo(QString::fromStdString(file)).fileName(),
                                                      QString::fromStdString(why));
            showError({ErrorKind::BadInput, tr("Some files were not imported"),
                       tr("Files not imported: %1.").arg(outcome->failed.size()),
                       tr("The other files were imported. The details say what was wrong with each."),
                       lines.join(QLatin1Char('\n'))});
        }
    });
}

void MainWindow::setProgressVisible(bool visible) {
    for (QWidget* w : {static_cast<QWidget*>(m_progress), static_cast<QWidget*>(m_cancel),
                       static_cast<QWidget*>(m_progressLabel)})
        w->setVisible(visible);
}

Job* MainWindow::runWithWriter(
    const QString& label,
    const std::function<void(project::Project&, const ProgressFn&, const CancelToken&)>& work) {
    // The writer goes to the worker for the whole job and comes back whatever the outcome.
    auto lent = std::make_shared<std::unique_ptr<project::Project>>(m_session->lend());
    m_importing = true;
    updateActions();
    auto* job = m_jobs->start(label, m_session->path(),
                              [lent, work](const ProgressFn& progress, const CancelToken& cancel) {
                                  const project::InterruptOnCancel interrupt(**lent, cancel);
                                  work(**lent, progress, cancel);
                                  return JobRunner::Deliver{};
                              });
    trackJob(job, label, tr("%1 cancelled; nothing of the unit in progress was added.").arg(label));
    connect(job, &Job::finished, this, [this, lent] {
        m_session->giveBack(std::move(*lent));
        m_importing = false;
        refreshCodings();
    });
    return job;
}

void MainWindow::trackJob(Job* job, const QString& label, const QString& cancelledMessage) {
    m_progressLabel->setText(tr("%1…").arg(label));
    m_progress->setRange(0, 0);
    setProgressVisible(true);
    const auto cancelConnection = connect(m_cancel, &QToolButton::clicked, job, &Job::cancel);
    connect(job, &Job::progress, this, [this, label](qint64 done, qint64 total, const QString& what) {
        m_progress->setRange(0, static_cast<int>(total));
        m_progress->setValue(static_cast<int>(done));
        m_progressLabel->setText(what.isEmpty() ? tr("%1…").arg(label) : tr("%1: %2").arg(label, what));
    });
    connect(job, &Job::failed, this, &MainWindow::showError);
    connect(job, &Job::cancelled, this,
            [this, cancelledMessage] { statusBar()->showMessage(cancelledMessage, 8000); });
    connect(job, &Job::finished, this, [this, cancelConnection] {
        disconnect(cancelConnection);
        setProgressVisible(false);
    });
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (m_session && !m_session->isLent() && event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const auto& url : event->mimeData()->urls())
        if (url.isLocalFile()) paths << url.toLocalFile();
    if (paths.isEmpty()) return;
    event->acceptProposedAction();
    chooseImport(paths);
}

} // namespace cairn::gui
