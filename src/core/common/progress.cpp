#include "common/progress.h"

#include "common/error.h"

namespace cairn {

void CancelToken::cancel() {
    // The hooks run under the mutex so removeHook cannot return while one is still running.
    const std::lock_guard lock(m_hooksMutex);
    if (m_cancelled.exchange(true, std::memory_order_relaxed)) return;
    for (const auto& [key, hook] : m_hooks)
        hook();
}

void CancelToken::throwIfCancelled() const {
    if (isCancelled()) throw Cancelled();
}

std::uint64_t CancelToken::addHook(Hook hook) const {
    const std::lock_guard lock(m_hooksMutex);
    if (isCancelled()) hook();
    const auto key = m_nextKey++;
    m_hooks.emplace(key, std::move(hook));
    return key;
}

void CancelToken::removeHook(std::uint64_t key) const {
    const std::lock_guard lock(m_hooksMutex);
    m_hooks.erase(key);
}

} // namespace cairn
