#pragma once
// Runs the core's long operations on a thread pool of its own. A job's work function runs in a
// worker with the job's progress reporter and cancel token and returns a `Deliver` closure holding
// its result; the runner queues that closure back to the GUI thread, where it runs before the job's
// `succeeded` signal. A thrown core error becomes `failed` with a UserMessage; Cancelled becomes
// `cancelled`. Results go through the runner, not the Job, because the runner outlives every worker
// (its destructor cancels and waits), so a late result never reaches a deleted object.

#include "jobs/job.h"

#include <QObject>
#include <QThreadPool>
#include <functional>

namespace cairn::gui {

class JobRunner : public QObject {
    Q_OBJECT
public:
    using Deliver = std::function<void()>;
    using Work = std::function<Deliver(const ProgressFn& progress, const CancelToken& cancel)>;

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    /// Starts `work` in a worker. `subject` names what the job works on, for error messages.
    /// The returned Job belongs to the runner and is deleted after `finished`.
    Job* start(const QString& label, const QString& subject, Work work);
    void cancelAll();
    int running() const { return m_running; }

signals:
    void busyChanged(bool busy);

private:
    enum class Outcome { Succeeded, Failed, Cancelled };
    void finish(Job* job, Outcome outcome, const Deliver& deliver, const UserMessage& message);

    QThreadPool m_pool;
    QList<Job*> m_jobs;
    int m_running = 0;
};

} // namespace cairn::gui
