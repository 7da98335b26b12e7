#include "store/sqlite.h"

#include "common/error.h"
#include "store/fts_tokenizer.h"

#include <sqlite3.h>

namespace cairn::store {

namespace {
int openFlags(Database::Mode mode) {
    switch (mode) {
    case Database::Mode::ReadWrite:
        return SQLITE_OPEN_READWRITE;
    case Database::Mode::ReadWriteCreate:
        return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    case Database::Mode::ReadOnly:
        return SQLITE_OPEN_READONLY;
    case Database::Mode::Immutable:
        return SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    }
    return SQLITE_OPEN_READONLY;
}

std::string uriFor(const std::string& path) {
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '?' || c == '#' || c == '%') {
            char buffer[4];
            std::snprintf(buffer, sizeof buffer, "%%%02X", static_cast<unsigned char>(c));
            uri += buffer;
        } else {
            uri += c;
        }
    }
    return uri + "?immutable=1";
}
} // namespace

Database::Database(const std::string& path, Mode mode)
    : m_path(path), m_readOnly(mode == Mode::ReadOnly || mode == Mode::Immutable) {
    const std::string target = mode == Mode::Immutable ? uriFor(path) : path;
    const int rc = sqlite3_open_v2(target.c_str(), &m_db, openFlags(mode) | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Io("cannot open " + path + ": " + message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Defensive mode: no statement can corrupt the file through writable_schema or similar.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    // Trusted schema: the triggers that keep the full-text index in step write to FTS5 tables, which
    // SQLite 3.40 refuses from a trigger otherwise ("unsafe use of virtual table": FTS5 does not declare
    // itself SQLITE_VTAB_INNOCUOUS). Cairn registers no SQL function with side effects and
    // load_extension stays off, so a hostile file's triggers can reach nothing more than FTS tables.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 1, nullptr);
    sqlite3_busy_timeout(m_db, 5000);
    // The full-text index's tokenizer is part of the schema: without it no passage can be written.
    // Registering reads the file (SELECT fts5(?)), so its failures are the file's: Io, Corrupt…
    if (const int registered = registerFtsTokenizer(m_db); registered != SQLITE_OK) {
        try {
            fail(registered, "opening");
        } catch (const Error&) {
            sqlite3_close(m_db);
            m_db = nullptr;
            throw;
        }
    }
}

Database::~Database() {
    if (m_db) sqlite3_close_v2(m_db);
}

void Database::fail(int rc, std::string_view what) const {
    const std::string detail = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    const std::string where = std::string(what) + " in " + m_path + ": ";
    switch (rc & 0xFF) {
    case SQLITE_FULL:
        throw Io(where + "the disk is full (nothing was saved from this change)");
    case SQLITE_IOERR:
        throw Io(where + "I/O error: " + detail + " (nothing was saved from this change)");
    case SQLITE_READONLY:
        throw Io(where + "the project is read-only: " + detail);
    case SQLITE_CANTOPEN:
        throw Io(where + "cannot open a file: " + detail);
    case SQLITE_PERM:
        throw Io(where + "permission denied: " + detail);
    case SQLITE_CORRUPT:
        throw Corrupt(where + "the project file is damaged (" + detail + "); run `cairn check` on a copy");
    case SQLITE_NOTADB:
        throw Corrupt(where + "not a Cairn project: the file is not an SQLite database");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw ProjectLocked(where + "the project is busy in another process: " + detail);
    case SQLITE_INTERRUPT:
        throw Cancelled();
    case SQLITE_CONSTRAINT:
        throw InvalidInput(where + "the change breaks a rule of the project: " + detail);
    default:
        throw Error(where + detail);
    }
}

void Database::exec(std::string_view sql) {
    char* error = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    sqlite3_free(error);
    if (rc != SQLITE_OK) fail(rc, "running SQL");
}

Statement Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) fail(rc, "preparing SQL");
    return Statement(*this, stmt);
}

std::int64_t Database::queryInt(std::string_view sql) {
    auto stmt = prepare(sql);
    if (!stmt.step()) return 0;
    return stmt.getInt(0);
}

std::int64_t Database::lastInsertRowid() const {
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const {
    return sqlite3_changes(m_db);
}
void Database::interrupt() {
    sqlite3_interrupt(m_db);
}

Statement::Statement(Database& db, sqlite3_stmt* stmt) : m_db(&db), m_stmt(stmt) {}
Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}
Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt) {
    other.m_stmt = nullptr;
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK) m_db->fail(rc, "binding");
    return *this;
}
Statement& Statement::bind(int index, double value) {
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK) m_db->fail(rc, "binding");
    return *this;
}
Statement& Statement::bind(int index, std::string_view value) {
    const int rc =
        sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK) m_db->fail(rc, "binding");
    return *this;
}
Statement& Statement::bindBlob(int index, std::string_view bytes) {
    const int rc = sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) m_db->fail(rc, "binding");
    return *this;
}
Statement& Statement::bind(int index, std::nullopt_t) {
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK) m_db->fail(rc, "binding");
    return *this;
}
Statement& Statement::bind(int index, const SqlValue& value) {
    std::visit(
        [&](const auto& v) {
            if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::monostate>)
                bind(index, std::nullopt);
            else
                bind(index, v);
        },
        value);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    m_db->fail(rc, "running a query");
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
std::int64_t Statement::getInt(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::getDouble(int column) const {
    return sqlite3_column_double(m_stmt, column);
}
std::string Statement::getText(int column) const {
    return std::string(getTextView(column));
}
std::string_view Statement::getTextView(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text) return {};
    return {text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}
std::string_view Statement::getBlobView(int column) const {
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    if (!bytes) return {};
    return {bytes, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}
std::optional<std::int64_t> Statement::getOptionalInt(int column) const {
    if (isNull(column)) return std::nullopt;
    return getInt(column);
}
SqlValue Statement::getValue(int column) const {
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return getInt(column);
    case SQLITE_FLOAT:
        return getDouble(column);
    case SQLITE_NULL:
        return std::monostate{};
    default:
        return getText(column);
    }
}

Transaction::Transaction(Database& db) : m_db(db) {
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!m_done) sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace cairn::store
