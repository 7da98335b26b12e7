#include "jobs/project_queries.h"

namespace cairn::gui {

ProjectQueries::ProjectQueries(JobRunner* runner, QObject* parent) : QObject(parent), m_runner(runner) {}

void ProjectQueries::setPath(const QString& path) {
    m_path = path;
    ++m_generation;
}

void ProjectQueries::start(const QString& channel,
                           std::function<JobRunner::Deliver(const CancelToken&)> work) {
    ++m_pending;
    auto* job = m_runner->start(
        channel, m_path,
        [work = std::move(work)](const ProgressFn&, const CancelToken& cancel) { return work(cancel); });
    const auto generation = m_generation;
    connect(job, &Job::failed, this, [this, generation](const UserMessage& message) {
        if (generation == m_generation) emit failed(message);
    });
    connect(job, &Job::finished, this, [this] {
        if (--m_pending == 0) emit idle();
    });
}

} // namespace cairn::gui
