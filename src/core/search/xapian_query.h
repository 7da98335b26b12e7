#pragma once
// From the parsed query (query_ast.h) to a Xapian::Query over the documents of xapian_document.h
// (internal to search/xapian_*). The tree is the one the FTS5 compiler received, after the same
// pruning and filter checks (compileQuery), so both engines answer the same question:
//
//   Term    each word's terms OR'ed (its surface term and its derived terms in the query languages, as
//           the analyser gives them to FTS5 as colocated tokens); several words: OP_PHRASE of those;
//           word*: OP_WILDCARD on the folded surface prefix (no expansions, as in FTS5)
//   Near    OP_NEAR with a window of the distance plus the words (FTS5 counts the words between)
//   And     OP_AND; filters under it as OP_FILTER (they select, never score); NOT children subtracted
//           (OP_AND_NOT); And/Or/Not of filters alone match with weight 0 over every document
//   Filter  boolean terms; attr: with an operator other than = cannot be said with terms, and the
//           query is then left to FTS5 (XapianUnsupported)

#include "search/query_ast.h"

#include <stdexcept>
#include <string>
#include <vector>
#include <xapian.h>

namespace cairn::store {
class Database;
}

namespace cairn::search {

/// The query needs something the Xapian index does not hold; what() says what.
class XapianUnsupported : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// `root` as compiled by compileQuery (pruned, filters checked); `languages` the query-expansion
/// languages. Throws XapianUnsupported.
Xapian::Query xapianQuery(store::Database& db, const Node& root, const std::vector<std::string>& languages);

/// True when the query has words that rank (not filters alone).
bool hasRankingTerms(const Node& root);

} // namespace cairn::search
