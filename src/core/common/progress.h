#pragma once
// Progress reporting and cancellation for long jobs. The core never blocks on a UI: a job calls
// `report` as it goes and checks `cancel` between units of work, rolling back the unit in progress.
// A check between units cannot stop one long SQL statement, so whoever runs a statement can also
// register a hook (project/interrupt_on_cancel.h interrupts the job's connection) that `cancel` runs.

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>

namespace cairn {

class CancelToken {
public:
    using Hook = std::function<void()>;

    /// Sets the flag, then runs every registered hook on the calling thread (once: a second cancel
    /// runs nothing).
    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    /// Throws Cancelled when the user asked to stop.
    void throwIfCancelled() const;

    /// Registers `hook` to run when the token is cancelled; runs it at once when it already is.
    /// Returns the key removeHook takes. Const: a job sees its token as const but may still ask to
    /// be told of a cancel.
    std::uint64_t addHook(Hook hook) const;
    /// After this returns, the hook is not running and never will (a cancel in progress on another
    /// thread finishes running it first), so it may refer to things about to be destroyed.
    void removeHook(std::uint64_t key) const;

private:
    std::atomic<bool> m_cancelled{false};
    mutable std::mutex m_hooksMutex;
    mutable std::map<std::uint64_t, Hook> m_hooks;
    mutable std::uint64_t m_nextKey = 1;
};

/// Receives (done, total, what) from a job. `total` is 0 when unknown.
using ProgressFn = std::function<void(std::int64_t done, std::int64_t total, const std::string& what)>;

} // namespace cairn
