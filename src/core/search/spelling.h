#pragma once
// Spelling suggestions from the project's own vocabulary: the Xapian index keeps a spelling dictionary
// of the passages' words as written (folded, every language of the project, xapian_index.h), and a
// query word that no passage holds, neither as written nor through its stems and mutations in the
// project's languages, is replaced by the nearest dictionary word (Xapian's edit distance, the most
// frequent first). Filters, operators, prefix* words and known words are left as written.

#include <string>
#include <vector>

namespace cairn::store {
class Database;
}

namespace cairn::search {

struct Correction {
    std::string word;       // as written in the query
    std::string suggestion; // the project's word (folded, with the written word's first capital)
};

struct Suggestion {
    std::string query; // the query with every correction made; empty when there is none
    std::vector<Correction> corrections;
};

/// Suggests a spelling for `query` against the ranked-search index of the project, brought up to
/// date first (when `updateIndex`). No suggestion when the project has no usable index. Throws
/// QueryError for a query that does not parse.
Suggestion suggestSpelling(store::Database& db, const std::string& projectGuid, const std::string& query,
                           bool updateIndex = true);

} // namespace cairn::search
