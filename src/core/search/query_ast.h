#pragma once
// The parsed form of a search query, shared by the parser (query_parser.h), the compiler to FTS5 and
// SQL (query_compiler.h) and the matcher that re-checks a passage for highlights and exact search
// (query_matcher.h). Every node keeps the character where it starts, so any stage can point at it.
//
//   Term    a bare word or a "quoted phrase" (the analyser may find several words in either, which
//           then must occur in order); `prefix` for word* or "phrase"* (the last word is a prefix)
//   Near    two or more Terms within `distance` words: NEAR(a b, 5), a NEAR/5 b
//   And/Or  two or more children; Not one child (NOT x, -x)
//   Filter  kind:, case:, speaker:, lang:, source:, attr:NAME<op>VALUE, code:

#include <cstdint>
#include <string>
#include <vector>

namespace cairn::search {

enum class NodeKind { Term, Near, And, Or, Not, Filter };

enum class FilterKind { Kind, Case, Speaker, Lang, Source, Attr, Code };

enum class Comparison { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };

/// FTS5's default NEAR distance, used when NEAR(…) names none.
inline constexpr int kDefaultNearDistance = 10;

struct Filter {
    FilterKind kind = FilterKind::Kind;
    std::string attribute; // attr: the attribute's name
    Comparison comparison = Comparison::Equal;
    std::string value;
    std::int64_t valuePosition = 0; // character where the value starts, for errors about it
};

struct Node {
    NodeKind kind = NodeKind::Term;
    std::int64_t position = 0;           // 0-based character (code point) of the query where the node starts
    std::string text;                    // Term: what was written, without quotes and without the final *
    bool quoted = false;                 // Term: written as "…"
    bool prefix = false;                 // Term: ends with *
    int distance = kDefaultNearDistance; // Near
    Filter filter;                       // Filter
    int filterIndex = -1;                // Filter: its number in the compiled query (query_compiler.h)
    std::vector<Node> children;          // Near: Terms; And/Or: two or more; Not: one
};

/// A canonical one-line form, for tests and diagnostics:
///   (AND "a" (OR "b" "c"*) (NOT "d") (NEAR/5 "x" "y") kind:interview attr:year>=2020)
std::string describe(const Node& node);

/// The operator as written in a query: "=", "!=", "<", "<=", ">", ">=".
const char* comparisonText(Comparison comparison);

/// The filter's key as written: "kind", "case", "speaker", "lang", "source", "attr", "code".
const char* filterKey(FilterKind kind);

} // namespace cairn::search
