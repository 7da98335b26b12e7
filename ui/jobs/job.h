#pragma once
// One long job as the GUI thread sees it. The work itself runs in a worker (JobRunner); it writes
// its progress into a shared JobState under a mutex, and a timer here turns the latest value into a
// `progress` signal ten times a second, so a job reporting every passage cannot flood the event loop.

#include "app/error_message.h"
#include "common/progress.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

namespace cairn::gui {

/// Shared by the worker and the GUI thread.
struct JobState {
    CancelToken cancel;
    std::mutex mutex;
    std::int64_t done = 0;
    std::int64_t total = 0;
    std::string what;
    bool changed = false;

    ProgressFn reporter();
};

class Job : public QObject {
    Q_OBJECT
public:
    Job(QString label, QObject* parent);

    const QString& label() const { return m_label; }
    std::shared_ptr<JobState> state() const { return m_state; }
    /// Asks the worker to stop; it stops at its next check, rolling back the unit in progress.
    void cancel();
    bool isCancelled() const { return m_state->cancel.isCancelled(); }

signals:
    void progress(qint64 done, qint64 total, const QString& what);
    void succeeded();
    void failed(const cairn::gui::UserMessage& message);
    void cancelled();
    /// After any of the three above.
    void finished();

private:
    friend class JobRunner;
    void pollProgress();

    QString m_label;
    std::shared_ptr<JobState> m_state = std::make_shared<JobState>();
    QTimer m_poll;
};

} // namespace cairn::gui
