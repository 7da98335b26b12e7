#pragma once
// From the parsed query to what SQLite runs: one FTS5 MATCH expression that finds and ranks (bm25),
// and an SQL predicate for everything FTS5 cannot say (filters, a NOT with nothing to subtract from).
//
//   * Every word and phrase goes to FTS5 as a quoted string ("…" with " doubled), never as FTS5
//     syntax: a user's *, ^, :, ( or - inside a word is text, and the tokenizer (the analyser) decides
//     what the words are and adds their expansions. Operators are written by the compiler alone.
//   * A subtree is sent to FTS5 when FTS5 can evaluate it: terms, NEAR, OR of such, AND of such with
//     NOTs subtracted from at least one positive part (FTS5's NOT is binary). Anything else, such as
//     `Cymraeg OR lang:cy` or `-visa` alone, becomes SQL, where a text part is
//     `p.id IN (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?)`.
//   * The ranking MATCH is the query itself when FTS5 can take it whole, or the FTS5-able conjuncts
//     of a top-level AND (`Cymraeg kind:interview`: MATCH "Cymraeg", WHERE s.kind = 'interview'). With
//     none (filters alone, or text only under OR with filters) there is no ranking.
//   * A word in which the analyser finds nothing to index ("--", "'") is dropped, with its NOT; a
//     query left with nothing is a QueryError.

#include "search/query_ast.h"
#include "search/sql_fragment.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::search {

struct CompiledQuery {
    Node root;                          // the query without empty terms; Filter nodes numbered 0, 1, …
    std::optional<std::string> match;   // the FTS5 expression that selects and ranks, when there is one
    SqlFragment where;                  // the rest, over passages p and sources s ("1" when nothing)
    std::vector<SqlFragment> filters;   // filters[i]: the predicate of the Filter numbered i
    std::vector<std::string> languages; // lang: values outside any NOT, which restrict query expansion
};

/// Compiles a parsed query against the project in `db` (filters name its sources, cases, attributes).
/// `query` is the text `root` came from, for errors. Throws QueryError.
CompiledQuery compileQuery(store::Database& db, std::string_view query, Node root);

/// For exact search: the same query (root, filters) whose match and where find the candidates, i.e.
/// the query with every NOT taken as true. Folded matching is looser than exact matching, so it finds
/// every exact match, except through a NOT: `-Cymraeg` folded excludes "Gymraeg" (its radical is
/// Cymraeg), which exactly as written is another word. Candidates are then checked by QueryMatcher on
/// exact words, NOTs included.
CompiledQuery exactCandidates(const CompiledQuery& compiled);

/// The FTS5 expression of a subtree FTS5 can evaluate (see above), e.g. ("a" AND "b"*) NOT "c".
std::string ftsExpression(const Node& node);

/// True when FTS5 can evaluate the subtree.
bool ftsCanEvaluate(const Node& node);

} // namespace cairn::search
