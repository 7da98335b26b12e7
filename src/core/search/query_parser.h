#pragma once
// The query language researchers type (the CLI's `cairn search` and the GUI's search box):
//
//   volunteer        a word; the analyser folds case and diacritics and expands it in the project's
//                    languages, so "Caerdydd" finds "Nghaerdydd" and "praca" finds "pracy"
//   "waiting lists"  the words in this order
//   integr*          words starting with "integr" (no expansions: a prefix matches what was written)
//   NEAR(a b, 5)     a and b at most 5 words apart (10 when no distance is given); a NEAR/5 b
//   a AND b, a b     both (AND is implied between neighbours)
//   a OR b           either; AND binds tighter than OR
//   NOT a, -a        without a; ( … ) groups
//   kind:interview  case:"Participant 7"  speaker:Amira  lang:cy  source:NAME-or-GUID
//   attr:status=refused  attr:arrival_year>=2020 (=, !=, <, <=, >, >=)  code:PATH (with the coding
//   feature)
// AND, OR, NOT and NEAR are operators in capitals only; "or" and "not" are words. Quote an operator to
// search for it ("OR"). A query of filters alone lists every passage they select.

#include "search/query_ast.h"
#include "search/query_error.h"

#include <string_view>

namespace cairn::search {

/// Deepest nesting of parentheses and NOTs accepted. Each level can become a level of parentheses in
/// the SQL or the FTS5 expression, and SQLite's parsers overflow their stacks at about 25 (found by
/// fuzz_query_parser); no one types 16.
inline constexpr int kMaxQueryDepth = 16;

/// Parses a query into its tree. Throws QueryError (an InvalidInput naming the character and showing
/// a caret) on a malformed query: an unclosed quote or parenthesis, an operator missing an operand, a
/// filter without a value, NEAR misused, nesting deeper than kMaxQueryDepth, or an empty query.
/// Filter values are checked against the project later, by compileQuery.
Node parseQuery(std::string_view query);

} // namespace cairn::search
