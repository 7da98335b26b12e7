#pragma once
// Full-text search of a project's passages (and memos) through the FTS5 index in the project file.
//
//   query text → parseQuery → compileQuery (MATCH + SQL filters) → the project's languages, or those
//   of lang: filters, set as this connection's query-expansion languages → ranked ids (bm25, then id)
//   → for each hit: its passage analysed again and the query re-evaluated on its tokens
//   (QueryMatcher), which gives the highlights and the snippet.
//
// Offsets are code points into the source's NFC text, as every anchor in Cairn: a hit's start/end
// are its passage's span, highlights the matched words (passage start + token offset), so
// text::sliceCodePoints(sourceText, h.start, h.end) is exactly a word the query found.
//
// Exact search (case- and diacritic-sensitive) runs the folded search for candidates, in rank order,
// and keeps those where the query, evaluated on the words exactly as written (an exact Analyser), still
// matches. A second exact index would double the index for a rarely used mode; the post-filter costs
// one analysis per candidate and finds exactly what an exact index would (an exact match is always a
// folded match, so no candidate is missed).

#include "search/snippet.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cairn::store {
class Database;
}

namespace cairn::search {

struct SearchRequest {
    std::string query;
    std::int64_t limit = 20; // hits to return; 0 or less: all
    std::int64_t offset = 0; // hits to skip first (paging)
    bool exact = false;      // case- and diacritic-sensitive
};

struct Hit {
    std::string project; // the project's name, when several projects are searched at once (else empty)
    std::string sourceName;
    std::string sourceGuid;
    std::string passageGuid;
    std::int64_t passageIndex = 0;
    std::int64_t start = 0; // the passage's span in the source, code points, half-open
    std::int64_t end = 0;
    std::string lang;
    double score = 0;                 // relevance, higher is better (−bm25); 0 for a query of filters alone
    std::string snippet;              // the source's text in snippetSpan
    CharSpan snippetSpan;             // code points into the source; within [start, end)
    std::vector<CharSpan> highlights; // matched words, code points into the source, sorted
};

/// Searches the passages. Throws QueryError (an InvalidInput with the character and a caret) for a
/// bad query or a filter naming nothing in the project, and ProjectTooNew when the index was built by
/// another analyser version (opening the project for writing rebuilds it).
std::vector<Hit> searchPassages(store::Database& db, const SearchRequest& request);

/// The number of passages the query finds (limit and offset ignored).
std::int64_t countPassages(store::Database& db, const SearchRequest& request);

/// The distinct passage languages of the project (BCP 47 tags as stored), sorted.
std::vector<std::string> projectLanguages(store::Database& db);

struct MemoHit {
    std::string guid;
    std::string title;
    double score = 0;
};

/// Searches memo titles and texts with the same query language, without filters (they describe
/// passages). Memos carry no language: their words are folded but not expanded.
std::vector<MemoHit> searchMemos(store::Database& db, const std::string& query, std::int64_t limit = 20);

struct CodeHit {
    std::int64_t id = 0;
    std::string guid;
    std::string name;
    double score = 0;
};

/// Searches code names and definitions the same way (names weigh more).
std::vector<CodeHit> searchCodes(store::Database& db, const std::string& query, std::int64_t limit = 20);

} // namespace cairn::search
