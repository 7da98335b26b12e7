#include "store/project_file.h"

#include "common/clock.h"
#include "common/error.h"
#include "common/guid.h"
#include "store/migrations.h"

#include <array>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <pwd.h>
#include <unistd.h>

namespace cairn::store {

namespace fs = std::filesystem;

namespace {

std::string defaultCoder() {
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name) return pw->pw_name;
    return "researcher";
}

std::uint32_t bigEndian32(const unsigned char* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

// Checks the parts of the SQLite header (https://sqlite.org/fileformat.html, section 1.3) that tell
// a foreign or truncated file apart from a project, before SQLite is asked to open it.
void checkHeader(const std::string& path) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec) throw Io("cannot read " + path + ": " + ec.message());
    if (size == 0) throw Corrupt("not a Cairn project: " + path + " is empty");
    std::array<unsigned char, 100> header{};
    std::ifstream in(path, std::ios::binary);
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    if (in.gcount() < 100 || std::memcmp(header.data(), "SQLite format 3", 16) != 0)
        throw Corrupt("not a Cairn project: " + path + " is not an SQLite database");
    std::uint32_t pageSize = (std::uint32_t{header[16]} << 8) | header[17];
    if (pageSize == 1) pageSize = 65536;
    const auto pageCount = bigEndian32(&header[28]);
    const bool countValid = bigEndian32(&header[24]) == bigEndian32(&header[92]);
    // In WAL mode newer pages may live in the -wal file; the header's count covers the main file.
    // A checkpoint copies pages from the log in page order, page 1 (holding the new count) first, so a
    // writer killed during one leaves the file shorter than its header until the next opening finishes
    // the copy from the log: a short file is truncated only when no log remains.
    std::error_code walError;
    const auto walSize = fs::file_size(path + "-wal", walError);
    const bool walPending = !walError && walSize > 0;
    if (!walPending && countValid && pageCount > 0 && size < std::uint64_t{pageCount} * pageSize)
        throw Corrupt("the project file " + path + " is truncated: it holds " + std::to_string(size) +
                      " bytes where its header says " + std::to_string(std::uint64_t{pageCount} * pageSize) +
                      ". Restore it from a backup; `cairn check` on a copy lists what remains.");
}

} // namespace

ProjectFile::ProjectFile(std::string path, OpenOptions options)
    : m_path(std::move(path)), m_options(std::move(options)),
      m_coder(m_options.coder.empty() ? defaultCoder() : m_options.coder) {}

ProjectFile::~ProjectFile() {
    // Close the database before releasing the lock, so the next writer finds it checkpointed.
    m_db.reset();
    m_lock.reset();
}

void ProjectFile::configureConnection() {
    auto& db = *m_db;
    db.exec("PRAGMA foreign_keys = ON");
    // 64 MiB of page cache: a large import (a 50,000-row survey is one transaction) then never
    // spills dirty pages to the log half-way, which made each row slower than the last.
    db.exec("PRAGMA cache_size = -65536");
    if (m_options.readOnly) return;
    db.exec("PRAGMA journal_mode = WAL");
    // FULL in WAL mode syncs the log at every commit: a commit that returned survives power loss.
    db.exec("PRAGMA synchronous = FULL");
    if (m_options.maxPageCount) db.exec("PRAGMA max_page_count = " + std::to_string(*m_options.maxPageCount));
}

std::unique_ptr<ProjectFile> ProjectFile::create(const std::string& path, const std::string& name,
                                                 const OpenOptions& options) {
    if (fs::exists(path)) throw InvalidInput("a file already exists at " + path + "; choose another name");
    std::unique_ptr<ProjectFile> project(new ProjectFile(path, options));
    project->m_options.readOnly = false;
    project->m_lock = std::make_unique<ProjectLock>(path);
    // Build the new project under a temporary name and rename it into place, so a crash or a full
    // disk during creation never leaves a half-made project at `path`.
    const std::string staging = path + ".creating";
    fs::remove(staging);
    try {
        {
            Database db(staging, Database::Mode::ReadWriteCreate);
            db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            db.exec("PRAGMA journal_mode = DELETE");
            migrate(db);
            Transaction txn(db);
            auto insert = db.prepare("INSERT INTO project_meta(key, value) VALUES (?, ?)");
            const std::pair<const char*, std::string> rows[] = {{"guid", newGuid()},
                                                                {"name", name},
                                                                {"created_at", utcNowIso()},
                                                                {"created_by", project->m_coder}};
            for (const auto& [key, value] : rows) {
                insert.bind(1, key).bind(2, value).run();
                insert.reset();
            }
            txn.commit();
        }
        fs::rename(staging, path);
    } catch (...) {
        std::error_code ignored;
        fs::remove(staging, ignored);
        throw;
    }
    project->m_db = std::make_unique<Database>(path, Database::Mode::ReadWrite);
    project->configureConnection();
    return project;
}

std::unique_ptr<ProjectFile> ProjectFile::open(const std::string& path, const OpenOptions& options) {
    if (!fs::exists(path)) throw NotFound("no project at " + path);
    checkHeader(path);
    std::unique_ptr<ProjectFile> project(new ProjectFile(path, options));
    if (!options.readOnly) project->m_lock = std::make_unique<ProjectLock>(path);
    Database::Mode mode = options.readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
    try {
        project->m_db = std::make_unique<Database>(path, mode);
        project->m_db->queryInt("PRAGMA application_id"); // touches the file: fails on a foreign one
    } catch (const Io&) {
        // A WAL project in a read-only folder cannot get its -shm file; read it as immutable.
        if (!options.readOnly) throw;
        project->m_db = std::make_unique<Database>(path, Database::Mode::Immutable);
    }
    auto& db = *project->m_db;
    const auto appId = db.queryInt("PRAGMA application_id");
    if (appId != kApplicationId)
        throw InvalidInput("not a Cairn project: " + path + " is an SQLite database of another program");
    const auto version = db.queryInt("PRAGMA user_version");
    if (version > currentSchemaVersion())
        throw ProjectTooNew(path + " was written by a newer version of Cairn (project schema " +
                            std::to_string(version) + "); this Cairn understands schemas up to " +
                            std::to_string(currentSchemaVersion()) + ". Update Cairn to open it.");
    if (options.readOnly && version < currentSchemaVersion())
        throw ProjectTooNew(path + " uses the older project schema " + std::to_string(version) +
                            " and must be upgraded to " + std::to_string(currentSchemaVersion()) +
                            "; open it once for writing to upgrade it");
    project->configureConnection();
    if (!options.readOnly) migrate(db);
    return project;
}

std::string ProjectFile::guid() {
    return meta("guid").value_or("");
}
std::string ProjectFile::name() {
    return meta("name").value_or("");
}
int ProjectFile::schemaVersion() {
    return static_cast<int>(m_db->queryInt("PRAGMA user_version"));
}

const std::optional<LockHolder>& ProjectFile::staleLockHolder() const {
    static const std::optional<LockHolder> none;
    return m_lock ? m_lock->staleHolder() : none;
}

std::optional<std::string> ProjectFile::meta(const std::string& key) {
    auto stmt = m_db->prepare("SELECT value FROM project_meta WHERE key = ?");
    stmt.bind(1, key);
    if (!stmt.step()) return std::nullopt;
    return stmt.getText(0);
}

void ProjectFile::setMeta(Transaction& txn, const std::string& key, const std::string& value) {
    txn.db()
        .prepare("INSERT INTO project_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                 "excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
}

std::int64_t ProjectFile::coderId(Transaction& txn) {
    if (m_coderId) return *m_coderId;
    auto& db = txn.db();
    auto find = db.prepare("SELECT id FROM coders WHERE name = ?");
    find.bind(1, m_coder);
    if (find.step()) {
        m_coderId = find.getInt(0);
        return *m_coderId;
    }
    // Not cached: if this transaction rolls back, the row is gone and the next call makes it again.
    db.prepare("INSERT INTO coders(guid, name, created_at) VALUES (?, ?, ?)")
        .bind(1, newGuid())
        .bind(2, m_coder)
        .bind(3, utcNowIso())
        .run();
    return db.lastInsertRowid();
}

} // namespace cairn::store
