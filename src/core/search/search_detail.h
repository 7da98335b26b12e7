#pragma once
// Pieces of the FTS5 search (search.cpp) that the Xapian search (xapian_search.cpp) shares, so that
// both engines compile, check and present a query the same way: the same QueryError for a bad
// query, the same query-expansion languages, the same snippets and highlights for a passage.

#include "search/query_compiler.h"
#include "search/search.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace cairn::store {
class Database;
}

namespace cairn::search::detail {

// A query ready to run: compiled against the project, with this connection's expansion languages set.
struct PreparedQuery {
    CompiledQuery compiled;
    std::vector<std::string> languages; // lang: values of the query, or else the project's languages
};

/// Parses and compiles `query`, refusing a stale FTS5 index (ProjectTooNew); sets the FTS5 query
/// languages of the connection.
PreparedQuery prepareQuery(store::Database& db, const std::string& query);

/// The hits of ranked passage ids (id, score), in that order, with snippets and highlights; ids no
/// longer in the project are skipped.
std::vector<Hit> buildHits(store::Database& db, const PreparedQuery& prepared,
                           const std::vector<std::pair<std::int64_t, double>>& ranked);

} // namespace cairn::search::detail
