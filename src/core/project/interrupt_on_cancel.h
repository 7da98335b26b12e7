#pragma once
// Lets a job's Cancel stop the SQL statement running on the job's connection, not just the loop
// between statements: while an InterruptOnCancel lives, cancelling the token calls sqlite3_interrupt
// on the project's connection. The statement then fails with Cancelled and the transaction it belongs
// to rolls back, as with any error. The guard must end before the project closes (declare it after
// the project), so the interrupt never reaches a closed connection.

#include "common/progress.h"

#include <cstdint>

namespace cairn::project {

class Project;

class InterruptOnCancel {
public:
    InterruptOnCancel(Project& project, const CancelToken& cancel);
    /// Does nothing when `cancel` is null (a caller that offers no Cancel).
    InterruptOnCancel(Project& project, const CancelToken* cancel);
    ~InterruptOnCancel();
    InterruptOnCancel(const InterruptOnCancel&) = delete;
    InterruptOnCancel& operator=(const InterruptOnCancel&) = delete;

private:
    const CancelToken* m_cancel = nullptr;
    std::uint64_t m_hook = 0;
};

} // namespace cairn::project
