#pragma once
// Ranked search: the same query language and hits as search.h, answered by the Xapian index
// (xapian_index.h) when it is current, by FTS5 otherwise, with facets and sort orders.
//
//   Engine::Auto   Xapian when the index has applied every outbox row; FTS5 when it is behind (being
//                  updated by another process, or the caller chose not to wait), when the query needs
//                  what the index does not hold (exact search; attr: with <, >, != ), or when the
//                  project file predates the outbox. The result says which engine answered and why.
//   Engine::Fts    always FTS5 (search.h).
//   Engine::Xapian Xapian or an error saying why it cannot answer.
//
// Both engines find the same passages for a query (the conformance suite runs on both); their scores
// differ (FTS5's bm25 and Xapian's BM25 normalise differently), so only the order may.

#include "common/progress.h"
#include "search/search.h"
#include "search/spelling.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cairn::store {
class Database;
}

namespace cairn::search {

enum class Engine { Auto, Fts, Xapian };
enum class SortOrder { Relevance, Date, Source };

struct RankedRequest {
    SearchRequest search;
    Engine engine = Engine::Auto;
    SortOrder sort = SortOrder::Relevance;
    std::vector<std::string> facets; // kind, case, code, lang, or an attribute's name
    bool updateIndex = true;         // bring the index up to date first (else answer from FTS5 if behind)
    std::string remote;              // HOST:PORT of a xapian-tcpsrv serving this project's index
};

struct FacetValue {
    std::string value; // kind, language tag, case name, code path, attribute value
    std::int64_t count = 0;
};

struct RankedResult {
    std::vector<Hit> hits;
    std::string engine;        // "xapian" or "fts": which engine answered
    bool indexCurrent = false; // the Xapian index had applied every change when the query ran
    std::string note;          // why FTS5 answered under Engine::Auto; empty otherwise
    std::int64_t total = 0;    // passages the query finds (all of them, not just this page)
    std::map<std::string, std::vector<FacetValue>> facets; // per facet, by count then value
    Suggestion suggestion; // the query with misspelt words corrected from the index's vocabulary (spelling.h)
};

/// A project searched together with others (several indexes at once).
struct SearchShard {
    store::Database* db = nullptr;
    std::string projectGuid;
    std::string name; // what each of its hits says in Hit::project
};

/// Runs a ranked search of the project `db` whose GUID is `projectGuid`. Throws QueryError for a bad
/// query or a facet naming nothing, InvalidInput when Engine::Xapian cannot answer.
RankedResult rankedSearch(store::Database& db, const std::string& projectGuid, const RankedRequest& request,
                          const ProgressFn& indexProgress = {});

/// Runs one ranked search over several projects' Xapian indexes at once (Xapian::Database::add_database:
/// one ranking, with term statistics over all of them); the first shard is the project whose query
/// languages, thesaurus and filters apply. Each index is brought up to date first (unless the request
/// says not to); an index that is not current is an error, as there is no FTS5 across projects.
/// Filters that name one project's sources, cases, codes or attributes (source:, case:, code:, attr:),
/// facets other than kind and lang, --remote and exact search are refused (InvalidInput).
RankedResult rankedSearchAcross(const std::vector<SearchShard>& shards, const RankedRequest& request,
                                const ProgressFn& indexProgress = {});

/// Passages like `passageGuid` (more like this): the passage as a relevance set, its index's most
/// telling terms (an expand set) as a query, the passage itself left out. Brings the index up to date
/// first. Throws NotFound for an unknown passage.
std::vector<Hit> similarPassages(store::Database& db, const std::string& projectGuid,
                                 const std::string& passageGuid, std::int64_t limit = 10);

} // namespace cairn::search
