#pragma once
// One search as the user types, in a worker with its own read-only connection.

#include "project/project.h"

#include <string>
#include <vector>

namespace cairn::gui {

struct SearchAnswer {
    std::vector<search::Hit> hits;
    std::int64_t total = 0; // passages the query finds, beyond the hits shown
};

/// Runs `query` on the project at `path` (read-only), returning at most `limit` hits and the total.
/// Throws search::QueryError (an InvalidInput) for a query that does not parse.
SearchAnswer runSearch(const std::string& path, const std::string& query, std::int64_t limit,
                       const CancelToken& cancel);

} // namespace cairn::gui
