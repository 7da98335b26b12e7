#pragma once
// The project file: one SQLite database, NAME.cairn, that is the whole project.
//
// Opening, in order, so that a file we must refuse is never written to:
//   1. the file exists and starts with the SQLite header, and is not shorter than its header says
//      (a truncated copy) — else Corrupt;
//   2. for writing, the project lock (ProjectLock) — else ProjectLocked naming the holder;
//   3. application_id is Cairn's — else "not a Cairn project"; user_version is not newer than this
//      build — else ProjectTooNew naming both versions;
//   4. only then WAL, foreign keys, synchronous=FULL, and forward migrations.
// Read-only opening takes no lock and works while another process writes.

#include "store/project_lock.h"
#include "store/sqlite.h"

#include <memory>
#include <optional>
#include <string>

namespace cairn::store {

/// 'Carn' in ASCII, written to the SQLite header so tools and Cairn recognise a project file.
inline constexpr std::int32_t kApplicationId = 0x4361726E;

struct OpenOptions {
    bool readOnly = false;
    /// The coder recorded as the author of changes; defaults to the login name.
    std::string coder;
    /// Tests of a full disk cap the file's size with PRAGMA max_page_count.
    std::optional<std::int64_t> maxPageCount;
};

class ProjectFile {
public:
    /// Creates a new project at `path` (which must not exist) named `name`.
    static std::unique_ptr<ProjectFile> create(const std::string& path, const std::string& name,
                                               const OpenOptions& options = {});
    /// Opens an existing project.
    static std::unique_ptr<ProjectFile> open(const std::string& path, const OpenOptions& options = {});

    ~ProjectFile();

    Database& db() { return *m_db; }
    const std::string& path() const { return m_path; }
    bool readOnly() const { return m_options.readOnly; }
    std::string guid();
    std::string name();
    int schemaVersion();
    /// The current coder's id, created on first use (so read-only sessions create nothing).
    std::int64_t coderId(Transaction& txn);
    const std::string& coderName() const { return m_coder; }
    /// Set when opening took over the lock of a process that had died.
    const std::optional<LockHolder>& staleLockHolder() const;

    std::optional<std::string> meta(const std::string& key);
    void setMeta(Transaction& txn, const std::string& key, const std::string& value);

private:
    ProjectFile(std::string path, OpenOptions options);
    void configureConnection();

    std::string m_path;
    OpenOptions m_options;
    std::string m_coder;
    std::unique_ptr<ProjectLock> m_lock;
    std::unique_ptr<Database> m_db;
    std::optional<std::int64_t> m_coderId;
};

} // namespace cairn::store
