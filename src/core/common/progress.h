#pragma once
// Progress reporting and cancellation for long jobs. The core never blocks on a UI: a job calls
// `report` as it goes and checks `cancel` between units of work, rolling back the unit in progress.

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace cairn {

class CancelToken {
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    /// Throws Cancelled when the user asked to stop.
    void throwIfCancelled() const;

private:
    std::atomic<bool> m_cancelled{false};
};

/// Receives (done, total, what) from a job. `total` is 0 when unknown.
using ProgressFn = std::function<void(std::int64_t done, std::int64_t total, const std::string& what)>;

} // namespace cairn
