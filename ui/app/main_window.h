#pragma once
// The workbench window: sources on the left, the document in the middle, the codebook on the right,
// search below. It owns the open project (ProjectSession) and the job runner; the panels only show
// what it hands them and report what the user chose.

#include "app/error_message.h"
#include "jobs/job_runner.h"
#include "project/project.h"

#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace cairn::gui {

class AnalysisPanel;
class CasesPanel;
class CodebookCommands;
class CodebookPanel;
class DocumentView;
class IndicatorsPanel;
class MemoEditor;
class ProjectEditor;
class ProjectSession;
class QuotesPanel;
class SearchPanel;
class SourcesPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Off for screenshots and tests: errors go to stderr and lastError() instead of a dialog.
    void setInteractive(bool interactive) { m_interactive = interactive; }

    bool openProject(const QString& path);
    bool createProject(const QString& path);
    /// False when a job that writes (an import) still holds the project.
    bool closeProject();
    bool hasProject() const { return m_session != nullptr; }
    ProjectSession* session() const { return m_session.get(); }

    /// Opens a source (name or GUID) in the document view; loading runs in a worker. Optionally
    /// selects code points [start, end) once it is shown.
    bool showSource(const QString& guidOrName,
                    std::optional<std::pair<qint64, qint64>> select = std::nullopt);
    /// Opens a source with code points [start, end) selected, choosing it in the sources panel too
    /// (a search hit, a coded passage behind a chart).
    void showSourceAt(const QString& guid, qint64 start, qint64 end);
    /// Codes the document view's selection with a code (GUID or path); false (with a message) when
    /// nothing is selected or the core refuses.
    bool codeSelection(const QString& code);
    void undo();
    void redo();
    void removeCoding(const QString& codingGuid);
    /// Adds a memo about a coding; its stripe's tooltip shows it.
    bool addCodingMemo(const QString& codingGuid, const QString& text);
    /// Imports files in a worker with a progress bar and Cancel.
    void importFiles(const QStringList& paths, const QString& kind);
    /// Codes the document view's selection with a new code named after its words (one undo step).
    bool codeInVivo();
    /// Codes every hit of `query` as the dialog chooses: shows the dry run's count first.
    void codeAllResults(const QString& query);
    /// Imports a survey export in a worker, as the preview dialog chose (or `request` as given).
    void importSurvey(const project::SurveyRequest& request);
    /// Asks for a survey export, shows its columns, then imports it.
    void chooseSurvey(const QString& preset = {});
    /// Creates `projectPath` from a REFI-QDA project in a worker, then opens it.
    void importQdpx(const QString& qdpxPath, const QString& projectPath);
    /// Exports the open project as REFI-QDA in a worker; the core's warnings are shown afterwards.
    void exportQdpx(const QString& qdpxPath);
    /// What the last exchange (REFI-QDA import or export) could not carry, one line each.
    const QStringList& lastExchangeProblems() const { return m_exchangeProblems; }

    /// True while any job (a load, a search, an import) runs.
    bool isBusy() const;
    const std::optional<UserMessage>& lastError() const { return m_lastError; }
    void showError(const UserMessage& message);

    DocumentView* documentView() const { return m_document; }
    SourcesPanel* sourcesPanel() const { return m_sources; }
    CodebookPanel* codebookPanel() const { return m_codebook; }
    SearchPanel* searchPanel() const { return m_search; }
    IndicatorsPanel* indicatorsPanel() const { return m_indicators; }
    AnalysisPanel* analysisPanel() const { return m_analysis; }
    JobRunner* jobs() const { return m_jobs; }
    /// The status bar's Cancel, for the job it shows.
    QToolButton* cancelButton() const { return m_cancel; }
    CasesPanel* casesPanel() const { return m_cases; }
    MemoEditor* memoPanel() const { return m_memos; }
    MemoEditor* journalPanel() const { return m_journal; }
    CodebookCommands* codebookCommands() const { return m_codebookCommands; }
    QuotesPanel* quotesPanel() const { return m_quotes; }
    /// Adds "Propose as Quote" for each coding at a document position (a click in the document) to
    /// `menu`; none when no coding covers it.
    void addProposeActions(QMenu& menu, int documentPosition);
    ProjectEditor* editor() const { return m_editor; }
    QAction* inVivoAction() const { return m_inVivoAction; }

signals:
    void sourceShown(const QString& guid);
    void projectChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // main_window_menus.cpp
    void createActions();
    void createMenus();
    void updateActions();
    void rebuildRecentMenu();
    void chooseOpen();
    void chooseNew();
    void chooseImport(const QStringList& preset = {});

    void adoptProject(std::unique_ptr<ProjectSession> session);
    // main_window_open.cpp
    struct OpenOutcome {
        std::unique_ptr<project::Project> project; // null when the open failed or was cancelled
        std::optional<UserMessage> failure;
    };
    /// Opens the project in a worker (checks, migrations, a search index rebuild) behind a progress
    /// dialog with Cancel, keeping the window painted; returns when the worker is done.
    OpenOutcome openInWorker(const QString& path);
    void refreshProjectViews();
    void refreshCodings();
    void updateHeader();
    void restoreWindowState();
    // main_window_panels.cpp: the editing panels beside the document and what they are about.
    void createEditingPanels();
    QDockWidget* addDock(const QString& title, const QString& name, QWidget* content,
                         Qt::DockWidgetArea area);
    void showDocumentMenu(const QPoint& at);
    // main_window_exchange.cpp
    void chooseQdpxImport();
    void chooseQdpxExport();
    void showExchangeReport(const QString& title, const project::ExchangeReport& report);
    /// Lends the writer to a worker for `work`, with the status bar's progress and Cancel.
    Job*
    runWithWriter(const QString& label,
                  const std::function<void(project::Project&, const ProgressFn&, const CancelToken&)>& work);
    void setProgressVisible(bool visible);
    /// The document view's selection as a coding request (code unset); nullopt, with `hint` in the
    /// status bar, when nothing is selected.
    std::optional<project::CodingRequest> selectionRequest(const QString& hint);
    /// Shows `job` in the status bar (label, progress, Cancel) until it ends; errors become dialogs.
    void trackJob(Job* job, const QString& label, const QString& cancelledMessage);
    // main_window_analysis.cpp
    void addAnalysisViews();
    // main_window_quotes.cpp
    void addQuoteReview();
    void showDecisionsImported(const project::ReviewImportResult& result);

    JobRunner* m_jobs;
    std::unique_ptr<ProjectSession> m_session;
    DocumentView* m_document;
    QLabel* m_header;
    SourcesPanel* m_sources;
    CodebookPanel* m_codebook;
    SearchPanel* m_search;
    IndicatorsPanel* m_indicators;
    AnalysisPanel* m_analysis;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QLabel* m_progressLabel;
    ProjectEditor* m_editor;
    CasesPanel* m_cases = nullptr;
    MemoEditor* m_memos = nullptr;
    MemoEditor* m_journal = nullptr;
    QuotesPanel* m_quotes = nullptr;
    CodebookCommands* m_codebookCommands = nullptr;
    QStringList m_exchangeProblems;

    QMenu* m_recentMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_codeAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_inVivoAction = nullptr;
    QAction* m_surveyAction = nullptr;
    QAction* m_importQdpxAction = nullptr;
    QAction* m_exportQdpxAction = nullptr;
    QList<QAction*> m_codeShortcuts;

    quint64 m_loadToken = 0;
    bool m_loading = false;
    bool m_opening = false;
    bool m_importing = false;
    bool m_interactive = true;
    std::optional<UserMessage> m_lastError;
};

} // namespace cairn::gui
