// Opening a project as a job. Opening checks the file, may migrate it, and rebuilds the search index
// when another analyser version built it; on a large project that takes long enough to freeze the
// window, so the work runs in a worker and the window waits in its own event loop behind a progress
// dialog (shown only when the open is slow), which offers Cancel.

#include "app/main_window.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>

namespace cairn::gui {

MainWindow::OpenOutcome MainWindow::openInWorker(const QString& path) {
    m_opening = true;
    auto opened = std::make_shared<std::unique_ptr<project::Project>>();
    auto* job = m_jobs->start(
        tr("Open project"), path,
        [opened, file = path.toStdString()](const ProgressFn& progress, const CancelToken& cancel) {
            // The index rebuild reports as it goes; Cancel stops it at its
            // next report and its transaction rolls back.
            const ProgressFn reportOrStop = [&](std::int64_t done, std::int64_t total,
                                                const std::string& what) {
                if (progress) progress(done, total, what);
                cancel.throwIfCancelled();
            };
            cancel.throwIfCancelled();
            *opened = project::Project::open(file, {}, reportOrStop);
            return JobRunner::Deliver{};
        });
    const auto name = QFileInfo(path).fileName();
    QProgressDialog dialog(tr("Opening %1…").arg(name), tr("Cancel"), 0, 0, this);
    dialog.setWindowTitle(tr("Open Project"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    connect(&dialog, &QProgressDialog::canceled, job, &Job::cancel);
    connect(job, &Job::progress, &dialog, [&dialog, name](qint64 done, qint64 total, const QString& what) {
        dialog.setMaximum(static_cast<int>(total));
        dialog.setValue(static_cast<int>(done));
        dialog.setLabelText(what.isEmpty() ? tr("Opening %1…").arg(name)
                                           : tr("Opening %1: %2").arg(name, what));
    });
    OpenOutcome outcome;
    connect(job, &Job::failed, &dialog,
            [&outcome](const UserMessage& message) { outcome.failure = message; });
    QEventLoop loop;
    connect(job, &Job::finished, &loop, &QEventLoop::quit);
    loop.exec();
    m_opening = false;
    outcome.project = std::move(*opened);
    return outcome;
}

} // namespace cairn::gui
