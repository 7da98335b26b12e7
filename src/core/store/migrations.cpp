#include "store/migrations.h"

#include "common/error.h"
#include "store/sqlite.h"

namespace cairn::store {

int currentSchemaVersion() {
    return migrations().empty() ? 0 : migrations().back().version;
}

void migrate(Database& db) {
    const auto have = db.queryInt("PRAGMA user_version");
    if (have > currentSchemaVersion())
        throw ProjectTooNew(db.path() + " was written by a newer version of Cairn (project schema " +
                            std::to_string(have) + "); this Cairn understands schemas up to " +
                            std::to_string(currentSchemaVersion()) + ". Update Cairn to open it.");
    for (const auto& m : migrations()) {
        if (m.version <= have) continue;
        Transaction txn(db);
        // Re-read inside the write lock: another process may have migrated meanwhile.
        if (db.queryInt("PRAGMA user_version") >= m.version) continue;
        db.exec(m.sql);
        db.exec("PRAGMA user_version = " + std::to_string(m.version));
        txn.commit();
    }
}

} // namespace cairn::store
