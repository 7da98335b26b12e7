#pragma once
// Read-only questions to the open project, each answered in a worker (JobRunner) with its own
// connection, for views that show analyses. Each question goes on a named channel; asking again on
// the same channel makes the earlier answer stale, and a stale answer is dropped, so a slow answer
// for the previous choice never replaces the one for the current choice. The stale question is also
// cancelled, so its worker stops (its statement interrupted) instead of finishing an answer nobody uses.

#include "app/error_message.h"
#include "jobs/analysis_job.h"
#include "jobs/job_runner.h"
#include "project/interrupt_on_cancel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace cairn::gui {

class ProjectQueries : public QObject {
    Q_OBJECT
public:
    ProjectQueries(JobRunner* runner, QObject* parent = nullptr);
    /// Cancels the questions still being answered: nobody is left to take the answers.
    ~ProjectQueries() override;

    /// The project asked (empty: none; pending answers become stale).
    void setPath(const QString& path);
    const QString& path() const { return m_path; }
    bool hasProject() const { return !m_path.isEmpty(); }
    /// True while any answer is outstanding.
    bool isBusy() const { return m_pending > 0; }

    /// Runs `work` on the project in a worker and hands its result to `deliver` on the GUI thread,
    /// unless another question on `channel` has been asked since.
    template <typename Result>
    void ask(const QString& channel, std::function<Result(project::Project&)> work,
             std::function<void(Result&)> deliver) {
        if (m_path.isEmpty()) return;
        const auto token = ++m_tokens[channel];
        const auto generation = m_generation;
        const auto path = m_path.toStdString();
        QPointer<ProjectQueries> self(this);
        start(channel, [=](const CancelToken& cancel) -> JobRunner::Deliver {
            auto project = openForReading(path);
            const project::InterruptOnCancel interrupt(*project, cancel);
            cancel.throwIfCancelled();
            auto result = std::make_shared<Result>(work(*project));
            return [=] {
                if (self && self->m_generation == generation && self->m_tokens.value(channel) == token)
                    deliver(*result);
            };
        });
    }

signals:
    /// A question failed (a core error), with the message to show.
    void failed(const cairn::gui::UserMessage& message);
    void idle();

private:
    void start(const QString& channel, std::function<JobRunner::Deliver(const CancelToken&)> work);
    void cancelRunning();

    JobRunner* m_runner;
    QString m_path;
    /// The job answering each channel's latest question; a newer question cancels it, which also
    /// interrupts its statement, so a stale count does not hold a worker.
    QHash<QString, QPointer<Job>> m_running;
    QHash<QString, quint64> m_tokens;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace cairn::gui
