#include "project/interrupt_on_cancel.h"

#include "project/project.h"

namespace cairn::project {

InterruptOnCancel::InterruptOnCancel(Project& project, const CancelToken& cancel)
    : InterruptOnCancel(project, &cancel) {}

InterruptOnCancel::InterruptOnCancel(Project& project, const CancelToken* cancel) : m_cancel(cancel) {
    if (!m_cancel) return;
    // sqlite3_interrupt is safe from any thread while the connection is open, which the destructor's
    // removeHook guarantees (it waits for a cancel already running the hook).
    m_hook = m_cancel->addHook([&db = project.file().db()] { db.interrupt(); });
}

InterruptOnCancel::~InterruptOnCancel() {
    if (m_cancel) m_cancel->removeHook(m_hook);
}

} // namespace cairn::project
