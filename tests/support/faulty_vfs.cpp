#include "support/faulty_vfs.h"

#include <atomic>
#include <cstring>
#include <sqlite3.h>
#include <stdexcept>

namespace cairn::test {

namespace {

std::atomic<std::int64_t> g_countdown{-1};
std::atomic<std::int64_t> g_failures{0};
sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;

// Each open file is the real file's state followed by a pointer back to it.
struct FaultyFile {
    sqlite3_file base;
    sqlite3_file* real;
};

bool shouldFail() {
    std::int64_t left = g_countdown.load();
    while (left >= 0) {
        if (left == 0) {
            ++g_failures;
            return true;
        }
        if (g_countdown.compare_exchange_weak(left, left - 1)) return false;
    }
    return false;
}

sqlite3_file* real(sqlite3_file* f) {
    return reinterpret_cast<FaultyFile*>(f)->real;
}

int xClose(sqlite3_file* f) {
    const int rc = real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
    sqlite3_free(real(f));
    return rc;
}
int xRead(sqlite3_file* f, void* buf, int n, sqlite3_int64 off) {
    return real(f)->pMethods->xRead(real(f), buf, n, off);
}
int xWrite(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off) {
    if (shouldFail()) return SQLITE_IOERR_WRITE;
    return real(f)->pMethods->xWrite(real(f), buf, n, off);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size) {
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file* f, int flags) {
    if (shouldFail()) return SQLITE_IOERR_FSYNC;
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size) {
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file* f, int level) {
    return real(f)->pMethods->xLock(real(f), level);
}
int xUnlock(sqlite3_file* f, int level) {
    return real(f)->pMethods->xUnlock(real(f), level);
}
int xCheckReservedLock(sqlite3_file* f, int* out) {
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg) {
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file* f) {
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file* f) {
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file* f, int pg, int sz, int extend, void volatile** out) {
    return real(f)->pMethods->xShmMap(real(f), pg, sz, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags) {
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file* f) {
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file* f, int deleteFlag) {
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}

const sqlite3_io_methods kMethods = {2,
                                     xClose,
                                     xRead,
                                     xWrite,
                                     xTruncate,
                                     xSync,
                                     xFileSize,
                                     xLock,
                                     xUnlock,
                                     xCheckReservedLock,
                                     xFileControl,
                                     xSectorSize,
                                     xDeviceCharacteristics,
                                     xShmMap,
                                     xShmLock,
                                     xShmBarrier,
                                     xShmUnmap,
                                     nullptr,
                                     nullptr};

int xOpen(sqlite3_vfs*, const char* name, sqlite3_file* f, int flags, int* outFlags) {
    auto* file = reinterpret_cast<FaultyFile*>(f);
    file->real = static_cast<sqlite3_file*>(sqlite3_malloc(g_real->szOsFile));
    if (!file->real) return SQLITE_NOMEM;
    std::memset(file->real, 0, static_cast<std::size_t>(g_real->szOsFile));
    const int rc = g_real->xOpen(g_real, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        sqlite3_free(file->real);
        file->real = nullptr;
        file->base.pMethods = nullptr;
        return rc;
    }
    file->base.pMethods = &kMethods;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs*, const char* name, int syncDir) {
    return g_real->xDelete(g_real, name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out) {
    return g_real->xAccess(g_real, name, flags, out);
}
int xFullPathname(sqlite3_vfs*, const char* name, int n, char* out) {
    return g_real->xFullPathname(g_real, name, n, out);
}
void* xDlOpen(sqlite3_vfs*, const char* name) {
    return g_real->xDlOpen(g_real, name);
}
void xDlError(sqlite3_vfs*, int n, char* msg) {
    g_real->xDlError(g_real, n, msg);
}
void (*xDlSym(sqlite3_vfs*, void* h, const char* sym))(void) {
    return g_real->xDlSym(g_real, h, sym);
}
void xDlClose(sqlite3_vfs*, void* h) {
    g_real->xDlClose(g_real, h);
}
int xRandomness(sqlite3_vfs*, int n, char* out) {
    return g_real->xRandomness(g_real, n, out);
}
int xSleep(sqlite3_vfs*, int us) {
    return g_real->xSleep(g_real, us);
}
int xCurrentTime(sqlite3_vfs*, double* out) {
    return g_real->xCurrentTime(g_real, out);
}
int xGetLastError(sqlite3_vfs*, int n, char* out) {
    return g_real->xGetLastError(g_real, n, out);
}
int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
    return g_real->xCurrentTimeInt64(g_real, out);
}

} // namespace

FaultyVfs::FaultyVfs() {
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real) throw std::runtime_error("no default SQLite VFS");
    g_vfs = {2,
             static_cast<int>(sizeof(FaultyFile)) + 0,
             g_real->mxPathname,
             nullptr,
             "cairn-faulty",
             nullptr,
             xOpen,
             xDelete,
             xAccess,
             xFullPathname,
             xDlOpen,
             xDlError,
             xDlSym,
             xDlClose,
             xRandomness,
             xSleep,
             xCurrentTime,
             xGetLastError,
             xCurrentTimeInt64,
             nullptr,
             nullptr,
             nullptr};
    g_countdown = -1;
    g_failures = 0;
    sqlite3_vfs_register(&g_vfs, 1);
}

FaultyVfs::~FaultyVfs() {
    sqlite3_vfs_unregister(&g_vfs);
    sqlite3_vfs_register(g_real, 1);
}

void FaultyVfs::failAfter(std::int64_t operations) {
    g_countdown = operations;
}
std::int64_t FaultyVfs::failures() const {
    return g_failures;
}

} // namespace cairn::test
