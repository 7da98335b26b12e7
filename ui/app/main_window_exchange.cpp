// Coding commands that make codes (in vivo, code all results) and the imports and exports that run
// as jobs: a survey export, a REFI-QDA project in and out.

#include "app/codebook_commands.h"
#include "app/main_window.h"
#include "app/project_editor.h"
#include "app/project_session.h"
#include "views/autocode_dialog.h"
#include "views/codebook_panel.h"
#include "views/document_view.h"
#include "views/survey_import_dialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMetaObject>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace cairn::gui {

bool MainWindow::codeInVivo() {
    const auto request =
        selectionRequest(tr("Select the words to name the code after, then choose In Vivo."));
    if (!request) return false;
    project::CodingView coding;
    if (!m_editor->edit([&](project::Project& p) { coding = p.codeInVivo(*request); })) return false;
    m_codebook->selectCode(QString::fromStdString(coding.coding.codeGuid));
    statusBar()->showMessage(tr("Coded in vivo as %1").arg(QString::fromStdString(coding.codePath)), 5000);
    return true;
}

void MainWindow::codeAllResults(const QString& query) {
    if (!m_editor->project() || query.trimmed().isEmpty()) return;
    QStringList codable;
    for (const auto& path : m_codebook->model()->paths()) {
        const auto index = m_codebook->model()->findCode(path);
        if (index.data(CodebookModel::CodableRole).toBool()) codable << path;
    }
    AutocodeDialog dialog(m_jobs, m_session->path(), query, codable, this);
    const auto current = m_codebook->model()->pathOf(m_codebook->currentCode());
    if (codable.contains(current)) dialog.codeBox()->setCurrentText(current);
    if (dialog.exec() != QDialog::Accepted) return;
    project::AutocodeResult result;
    if (m_editor->edit([&](project::Project& p) { result = p.autocode(dialog.request()); }))
        statusBar()->showMessage(
            tr("Coded %1 spans with %2").arg(result.added).arg(dialog.codeBox()->currentText()), 8000);
}

void MainWindow::chooseSurvey(const QString& preset) {
    if (!m_editor->project()) return;
    const auto path = preset.isEmpty()
                          ? QFileDialog::getOpenFileName(this, tr("Import Survey"), {},
                                                         tr("Survey exports (*.csv);;All files (*)"))
                          : preset;
    if (path.isEmpty()) return;
    // Reading and inferring the columns of a large export takes a while: a job with Cancel, and the
    // dialog opens once the columns are known.
    auto preview = std::make_shared<project::SurveyPreview>();
    auto* job =
        m_jobs->start(tr("Survey preview"), path,
                      [preview, file = path.toStdString()](const ProgressFn&, const CancelToken& cancel) {
                          *preview = project::Project::previewSurvey(file, {}, &cancel);
                          return JobRunner::Deliver{};
                      });
    trackJob(job, tr("Reading %1").arg(QFileInfo(path).fileName()),
             tr("Survey import cancelled; nothing was read into the project."));
    connect(job, &Job::succeeded, this, [this, path, preview] {
        // After the job has finished and left the status bar, not inside its signal.
        QMetaObject::invokeMethod(
            this,
            [this, path, preview] {
                if (!m_session || m_session->isLent()) return;
                SurveyImportDialog dialog(path, *preview, this);
                if (dialog.exec() == QDialog::Accepted) importSurvey(dialog.request());
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::importSurvey(const project::SurveyRequest& request) {
    if (!m_session || m_session->isLent()) return;
    auto result = std::make_shared<project::SurveyResult>();
    auto* job = runWithWriter(
        tr("Survey import"),
        [request, result](project::Project& project, const ProgressFn& progress, const CancelToken& cancel) {
            *result = project.importSurvey(request, progress, &cancel);
        });
    connect(job, &Job::succeeded, this, [this, result] {
        const QLocale locale;
        statusBar()->showMessage(tr("Survey imported: %1 cases, %2 answers as sources, %3 values")
                                     .arg(locale.toString(static_cast<qlonglong>(result->cases)),
                                          locale.toString(static_cast<qlonglong>(result->sources)),
                                          locale.toString(static_cast<qlonglong>(result->values))),
                                 10000);
    });
}

void MainWindow::importQdpx(const QString& qdpxPath, const QString& projectPath) {
    auto report = std::make_shared<project::ExchangeReport>();
    auto* job =
        m_jobs->start(tr("REFI-QDA import"), qdpxPath,
                      [=, this, qdpx = qdpxPath.toStdString(), target = projectPath.toStdString()](
                          const ProgressFn& progress, const CancelToken& cancel) -> JobRunner::Deliver {
                          // The worker's own writer is closed before the window opens the file.
                          project::Project::importQdpx(qdpx, target, *report, {}, progress, &cancel);
                          return [=, this] {
                              if (openProject(projectPath))
                                  showExchangeReport(tr("REFI-QDA Import"), *report);
                          };
                      });
    trackJob(job, tr("Importing %1").arg(QFileInfo(qdpxPath).fileName()),
             tr("REFI-QDA import cancelled; no project was made."));
}

void MainWindow::exportQdpx(const QString& qdpxPath) {
    if (!m_session) return;
    auto report = std::make_shared<project::ExchangeReport>();
    auto* job =
        m_jobs->start(tr("REFI-QDA export"), m_session->path(),
                      [=, this, path = m_session->path().toStdString(), target = qdpxPath.toStdString()](
                          const ProgressFn& progress, const CancelToken& cancel) -> JobRunner::Deliver {
                          project::OpenOptions options;
                          options.readOnly = true;
                          *report =
                              project::Project::open(path, options)->exportQdpx(target, progress, &cancel);
                          return [=, this] { showExchangeReport(tr("REFI-QDA Export"), *report); };
                      });
    trackJob(job, tr("Exporting %1").arg(QFileInfo(qdpxPath).fileName()),
             tr("REFI-QDA export cancelled; no file was written."));
}

void MainWindow::showExchangeReport(const QString& title, const project::ExchangeReport& report) {
    m_exchangeProblems.clear();
    for (const auto& line : report.repairs)
        m_exchangeProblems << QString::fromStdString(line);
    for (const auto& line : report.problems)
        m_exchangeProblems << QString::fromStdString(line);
    const auto summary = tr("%1 sources, %2 codes, %3 codings, %4 cases, %5 memos.")
                             .arg(report.sources)
                             .arg(report.codes)
                             .arg(report.codings)
                             .arg(report.cases)
                             .arg(report.memos);
    statusBar()->showMessage(tr("%1: %2").arg(title, summary), 10000);
    if (m_exchangeProblems.isEmpty() || !m_interactive) return;
    QMessageBox box(QMessageBox::Information, title,
                    tr("%1 %n thing(s) could not be carried as they were.", nullptr,
                       static_cast<int>(m_exchangeProblems.size()))
                        .arg(summary),
                    QMessageBox::Ok, this);
    box.setInformativeText(tr("The details list each one."));
    box.setDetailedText(m_exchangeProblems.join(QLatin1Char('\n')));
    box.exec();
}

void MainWindow::chooseQdpxImport() {
    const auto qdpx = QFileDialog::getOpenFileName(this, tr("Import REFI-QDA Project"), {},
                                                   tr("REFI-QDA projects (*.qdpx)"));
    if (qdpx.isEmpty()) return;
    auto target = QFileDialog::getSaveFileName(
        this, tr("New Project from %1").arg(QFileInfo(qdpx).fileName()),
        QFileInfo(qdpx).completeBaseName() + QStringLiteral(".cairn"), tr("Cairn projects (*.cairn)"));
    if (target.isEmpty()) return;
    if (!target.endsWith(QStringLiteral(".cairn"))) target += QStringLiteral(".cairn");
    importQdpx(qdpx, target);
}

void MainWindow::chooseQdpxExport() {
    if (!m_session) return;
    auto path = QFileDialog::getSaveFileName(this, tr("Export REFI-QDA Project"),
                                             QFileInfo(m_session->path()).completeBaseName() +
                                                 QStringLiteral(".qdpx"),
                                             tr("REFI-QDA projects (*.qdpx)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QStringLiteral(".qdpx"))) path += QStringLiteral(".qdpx");
    exportQdpx(path);
}

} // namespace cairn::gui
