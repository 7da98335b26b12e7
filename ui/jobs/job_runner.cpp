#include "jobs/job_runner.h"

#include "common/error.h"

#include <QMetaObject>

namespace cairn::gui {

JobRunner::JobRunner(QObject* parent) : QObject(parent) {
    // Two workers: a search may run beside an import or a document load without waiting for it,
    // and SQLite in WAL mode lets the readers proceed while the writer writes.
    m_pool.setMaxThreadCount(2);
}

JobRunner::~JobRunner() {
    cancelAll();
    m_pool.waitForDone();
}

Job* JobRunner::start(const QString& label, const QString& subject, Work work) {
    auto* job = new Job(label, this);
    m_jobs.append(job);
    if (m_running++ == 0) emit busyChanged(true);
    auto state = job->state();
    m_pool.start([this, job, state, subject, work = std::move(work)] {
        Deliver deliver;
        UserMessage message;
        Outcome outcome = Outcome::Succeeded;
        try {
            deliver = work(state->reporter(), state->cancel);
        } catch (const Cancelled&) {
            outcome = Outcome::Cancelled;
        } catch (const std::exception& error) {
            // After a cancel, whatever the interrupted statement threw is the cancel, not a failure.
            outcome = state->cancel.isCancelled() ? Outcome::Cancelled : Outcome::Failed;
            if (outcome == Outcome::Failed) message = describeError(error, subject);
        }
        // The job pointer is only dereferenced back on the GUI thread, where the runner owns it.
        QMetaObject::invokeMethod(
            this, [this, job, outcome, deliver, message] { finish(job, outcome, deliver, message); },
            Qt::QueuedConnection);
    });
    return job;
}

void JobRunner::cancelAll() {
    for (auto* job : std::as_const(m_jobs))
        job->cancel();
}

void JobRunner::finish(Job* job, Outcome outcome, const Deliver& deliver, const UserMessage& message) {
    job->m_poll.stop();
    job->pollProgress();
    switch (outcome) {
    case Outcome::Succeeded:
        if (deliver) deliver();
        emit job->succeeded();
        break;
    case Outcome::Failed:
        emit job->failed(message);
        break;
    case Outcome::Cancelled:
        emit job->cancelled();
        break;
    }
    emit job->finished();
    m_jobs.removeOne(job);
    job->deleteLater();
    if (--m_running == 0) emit busyChanged(false);
}

} // namespace cairn::gui
