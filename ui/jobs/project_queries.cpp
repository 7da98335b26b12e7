#include "jobs/project_queries.h"

namespace cairn::gui {

ProjectQueries::ProjectQueries(JobRunner* runner, QObject* parent) : QObject(parent), m_runner(runner) {}

ProjectQueries::~ProjectQueries() {
    cancelRunning();
}

void ProjectQueries::setPath(const QString& path) {
    m_path = path;
    ++m_generation;
    cancelRunning();
}

void ProjectQueries::cancelRunning() {
    for (const auto& job : std::as_const(m_running))
        if (job) job->cancel();
    m_running.clear();
}

void ProjectQueries::start(const QString& channel,
                           std::function<JobRunner::Deliver(const CancelToken&)> work) {
    ++m_pending;
    auto* job = m_runner->start(
        channel, m_path,
        [work = std::move(work)](const ProgressFn&, const CancelToken& cancel) { return work(cancel); });
    if (auto stale = m_running.value(channel)) stale->cancel();
    m_running.insert(channel, job);
    const auto generation = m_generation;
    connect(job, &Job::failed, this, [this, generation](const UserMessage& message) {
        if (generation == m_generation) emit failed(message);
    });
    connect(job, &Job::finished, this, [this] {
        if (--m_pending == 0) emit idle();
    });
}

} // namespace cairn::gui
