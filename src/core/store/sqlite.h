#pragma once
// A thin RAII layer over the SQLite C API. Only store/ includes sqlite3.h (this layer, and edit_log.cpp
// for the session extension): everything above store/ sees Database and Statement, never a raw handle.
// Every SQLite failure becomes a typed cairn error (disk full and I/O → Io, a damaged file → Corrupt,
// a busy file → ProjectLocked), so callers handle storage failures like any other.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

struct sqlite3;
struct sqlite3_stmt;

namespace cairn::store {

/// A value as SQLite stores it: NULL, integer, real or text.
using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string>;

class Statement;

class Database {
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly, Immutable };

    /// Opens `path`. Throws Io when the file cannot be opened in that mode.
    Database(const std::string& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs one or more statements that return no rows.
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    /// Runs a query expected to return one integer (a PRAGMA, a count).
    std::int64_t queryInt(std::string_view sql);
    std::int64_t lastInsertRowid() const;
    int changes() const;
    /// Cancels the statement running on this connection from another thread (the job's cancel button).
    void interrupt();
    const std::string& path() const { return m_path; }
    bool readOnly() const { return m_readOnly; }
    sqlite3* handle() { return m_db; }

    /// Throws the cairn error that matches SQLite result `rc`, with `what` saying what was being done.
    [[noreturn]] void fail(int rc, std::string_view what) const;

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
    bool m_readOnly = false;
};

/// A prepared statement; bind by 1-based index, step, read columns by 0-based index.
class Statement {
public:
    Statement(Database& db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, std::nullopt_t);
    Statement& bindBlob(int index, std::string_view bytes);
    template <typename T> Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }
    Statement& bind(int index, const SqlValue& value);

    /// Advances to the next row; false when done.
    bool step();
    /// Steps a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t getInt(int column) const;
    double getDouble(int column) const;
    std::string getText(int column) const;
    std::string_view getTextView(int column) const; // valid until the next step
    std::string_view getBlobView(int column) const; // valid until the next step
    std::optional<std::int64_t> getOptionalInt(int column) const;
    SqlValue getValue(int column) const;

private:
    Database* m_db;
    sqlite3_stmt* m_stmt;
};

/// BEGIN IMMEDIATE … COMMIT. Rolls back in the destructor unless committed, so an exception anywhere
/// in a mutation leaves the project as it was. IMMEDIATE takes the write lock up front: two writers
/// never deadlock half-way through.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();
    Database& db() { return m_db; }

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace cairn::store
