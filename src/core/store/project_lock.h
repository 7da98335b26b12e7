#pragma once
// The writer's lock on a project: `NAME.cairn.lock` beside the project, held with flock(2) for as
// long as the project is open for writing, and holding who took it (user, host, pid, since when).
//
// Why a lock file as well as SQLite's own locks: SQLite serialises transactions but lets two
// programs interleave edits, which would corrupt a researcher's undo history and the derived search
// index. flock is released by the kernel when a process dies, so a lock left by a crash is stale by
// construction: the next opener acquires it and overwrites the holder's details. An unreadable
// lock file from a dead holder is therefore never an obstacle.

#include <optional>
#include <string>

namespace cairn::store {

struct LockHolder {
    std::string user;
    std::string host;
    long pid = 0;
    std::string since; // UTC ISO 8601
};

class ProjectLock {
public:
    /// Takes the lock for `projectPath`. Throws ProjectLocked naming the holder when another
    /// process (or another open in this process) holds it, Io when the lock file cannot be created.
    explicit ProjectLock(const std::string& projectPath);
    ~ProjectLock();
    ProjectLock(const ProjectLock&) = delete;
    ProjectLock& operator=(const ProjectLock&) = delete;

    /// True when the previous holder had died without releasing (the lock file named a holder).
    bool tookOverStaleLock() const { return m_staleHolder.has_value(); }
    const std::optional<LockHolder>& staleHolder() const { return m_staleHolder; }

    static std::string lockPathFor(const std::string& projectPath);
    /// Reads the holder recorded in a lock file, if any (for messages).
    static std::optional<LockHolder> readHolder(const std::string& lockPath);

private:
    int m_fd = -1;
    std::string m_path;
    std::optional<LockHolder> m_staleHolder;
};

} // namespace cairn::store
