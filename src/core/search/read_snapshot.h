#pragma once
// A read transaction on a connection, for as long as the object lives: everything read through the
// connection meanwhile comes from one snapshot of the project (WAL), whatever other connections commit.

#include "store/sqlite.h"

namespace cairn::search::detail {

class ReadSnapshot {
public:
    explicit ReadSnapshot(store::Database& db) : m_db(db) { m_db.exec("BEGIN DEFERRED"); }
    ~ReadSnapshot() {
        try {
            m_db.exec("COMMIT");
        } catch (const std::exception&) {
            // A read transaction holds no changes; failing to end it leaves nothing to undo.
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    store::Database& m_db;
};

} // namespace cairn::search::detail
