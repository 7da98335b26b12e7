#pragma once
// The query's tokens (internal to query_parser.cpp; a header so the parser stays one concept).
//
//   ( ) , (the comma only inside NEAR(…))        AND OR NOT (upper case only: "or" is a word)
//   "phrase" "phrase"*   word word*   -x          NEAR( … )   NEAR/5
//   key:value key:"quoted value" attr:NAME<op>VALUE attr:"a name"="a value", for the filter keys
//   kind case speaker lang source attr code (any case); another "x:y" is a word ("10:30").
// Everything the user typed between delimiters is kept as written; the analyser decides what a word is.

#include "search/query_ast.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::search::detail {

enum class TokenKind {
    End,
    LeftParen,
    RightParen,
    Comma,
    Word,
    Phrase,
    And,
    Or,
    Not,
    Minus,
    NearOp,
    NearOpen,
    Filter
};

struct QueryToken {
    TokenKind kind = TokenKind::End;
    std::int64_t byte = 0; // where the token starts in the query
    std::string text;      // Word, Phrase: as written, without quotes or the final *
    bool prefix = false;   // Word, Phrase: followed by *
    int distance = 0;      // NearOp
    Filter filter;         // Filter (valuePosition is a byte offset here)
};

/// Longest query accepted, in bytes: far beyond anything typed, short enough that no query is slow.
inline constexpr std::size_t kMaxQueryBytes = 16 * 1024;
/// Largest NEAR distance accepted.
inline constexpr int kMaxNearDistance = 100000;

/// Splits a query into tokens, ending with one End token. Throws QueryError (unclosed quote, a
/// filter without a value, NEAR/ without a number, a lone *, ill-formed UTF-8, an over-long query).
std::vector<QueryToken> lexQuery(std::string_view query);

} // namespace cairn::search::detail
