#include "jobs/job.h"

namespace cairn::gui {

ProgressFn JobState::reporter() {
    return [this](std::int64_t doneNow, std::int64_t totalNow, const std::string& whatNow) {
        const std::lock_guard lock(mutex);
        done = doneNow;
        total = totalNow;
        what = whatNow;
        changed = true;
    };
}

Job::Job(QString label, QObject* parent) : QObject(parent), m_label(std::move(label)) {
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &Job::pollProgress);
    m_poll.start();
}

void Job::cancel() {
    m_state->cancel.cancel();
}

void Job::pollProgress() {
    std::int64_t done = 0;
    std::int64_t total = 0;
    std::string what;
    {
        const std::lock_guard lock(m_state->mutex);
        if (!m_state->changed) return;
        m_state->changed = false;
        done = m_state->done;
        total = m_state->total;
        what = m_state->what;
    }
    emit progress(done, total, QString::fromStdString(what));
}

} // namespace cairn::gui
