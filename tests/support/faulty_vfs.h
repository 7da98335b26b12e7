#pragma once
// An SQLite VFS that wraps the default one and fails writes and syncs on demand, the way SQLite's own
// test suite injects I/O errors. Installing it makes it the default VFS for every connection opened
// afterwards in this process; uninstalling restores the previous default.

#include <cstdint>

namespace cairn::test {

class FaultyVfs {
public:
    FaultyVfs();  // installs
    ~FaultyVfs(); // uninstalls
    FaultyVfs(const FaultyVfs&) = delete;
    FaultyVfs& operator=(const FaultyVfs&) = delete;

    /// After `operations` more successful writes or syncs, every write and sync fails with
    /// SQLITE_IOERR until disarm(). A negative value disarms.
    void failAfter(std::int64_t operations);
    void disarm() { failAfter(-1); }
    std::int64_t failures() const;
};

} // namespace cairn::test
