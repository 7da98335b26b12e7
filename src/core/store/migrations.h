#pragma once
// Forward-only schema migrations. Migration N takes a project from schema N-1 to N; `PRAGMA
// user_version` holds the schema a project is at. The SQL lives in migrations/NNN_name.sql and is
// compiled into the program.

#include <string_view>
#include <vector>

namespace cairn::store {

struct Migration {
    int version;
    std::string_view name;
    std::string_view sql;
};

const std::vector<Migration>& migrations();

/// The newest schema this build understands.
int currentSchemaVersion();

class Database;

/// Brings `db` from its user_version up to currentSchemaVersion(), each migration in its own
/// transaction. Throws ProjectTooNew (writing nothing) when the file is newer than this build.
void migrate(Database& db);

} // namespace cairn::store
