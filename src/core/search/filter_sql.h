#pragma once
// Filters as SQL predicates over one passage (alias p, its source s). Each names the project's own
// things, so compiling one checks them: an unknown kind, case, speaker, source or attribute, or a
// value of the wrong type for its attribute, is a QueryError pointing at the value.
//
//   kind:K        s.kind = K (one of store::sourceKinds())
//   case:C        the passage's source is linked to case C (case_sources), or its speaker is
//   speaker:S     the passage's speaker is named S (any source; case-insensitive)
//   lang:L        p.lang is L or starts with "L-" (lang:fa matches fa-AF), case-insensitive
//   source:X      the passage belongs to the source with GUID X or named X
//   attr:A op V   a case the passage belongs to (as for case:) has A op V; integer and decimal
//                 attributes compare as numbers, booleans take = and != with true/false, text and
//                 dates compare as text (text case-insensitively). A passage with no case never
//                 matches, whatever the operator.
//   code:P        a coding of the code with path or GUID P, or of one of its sub-codes, overlaps the
//                 passage (code:"Barriers/Language" finds passages coded with any language barrier)

#include "search/query_ast.h"
#include "search/sql_fragment.h"

#include <string_view>

namespace cairn::store {
class Database;
}

namespace cairn::search {

/// The predicate of one Filter node. `query` is the whole query, for errors.
SqlFragment filterPredicate(store::Database& db, std::string_view query, const Node& filter);

/// The ids of the rows of `table` (sources, cases) a filter value names: by GUID or exact name first,
/// then by name ignoring case. Both engines resolve filters through it.
std::vector<std::int64_t> namedIds(store::Database& db, const std::string& table, const std::string& value);

} // namespace cairn::search
