#pragma once
// Re-evaluates a query on one passage's tokens, to find which words matched (highlights) and, in exact
// search, whether the passage matches at all.
//
// FTS5 says which passages match but not where in a way we can trust for highlighting (its offsets
// are those of its own tokenizer calls, its highlight() markup is text, not positions). So the
// matcher applies FTS5's own rules to the analyser's tokens:
//   - a term at position s matches when, for each of its words j, some term of the passage at
//     position s + j is one of word j's alternatives (its surface term and derived terms, as the
//     tokenizer gives FTS5 in query mode); for word* the last word matches a surface term starting
//     with it, and no word of a prefix term is expanded (FTS5_TOKENIZE_PREFIX);
//   - NEAR(p1 … pn, N) matches as fts5ExprNearIsMatch does: occurrences with the largest start M
//     such that every other phrase i has one starting in [M - length_i - N, M];
//   - AND, OR and NOT as usual; a filter takes the value SQL computed for the passage.
// With the folding analyser this agrees with FTS5, and the matched words are the highlights. With the
// exact analyser (AnalyserOptions::exact) the same structure is evaluated on words exactly as written,
// which is how `--exact` keeps only the FTS5 candidates where the query's words occur as typed.

#include "search/query_ast.h"
#include "text/analyser.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cairn::search {

/// One word position of a passage: its characters and every term indexed there (surface first).
struct TokenPosition {
    std::int64_t cpStart = 0; // code points into the passage text
    std::int64_t cpEnd = 0;
    std::vector<std::string> terms;
};

/// The passage's positions as `analyser` indexes them for language `language`.
std::vector<TokenPosition> tokenPositions(const text::Analyser& analyser, std::string_view text,
                                          std::string_view language);

/// Word positions [first, last) that took part in a match.
struct PositionSpan {
    std::int32_t first = 0;
    std::int32_t last = 0;
};

class QueryMatcher {
public:
    /// `words` turns each term's text into query tokens (the folding analyser with the query's
    /// expansion languages, or the exact analyser); `prefixWords` does it for word* terms (no
    /// expansions). `root` must outlive the matcher.
    QueryMatcher(const Node& root, const text::Analyser& words, const text::Analyser& prefixWords);

    struct Result {
        bool matched = false;
        std::vector<PositionSpan> spans; // of the positive terms that matched; empty unless matched
    };
    /// `filters[i]` is whether the Filter numbered i holds for this passage.
    Result match(const std::vector<TokenPosition>& passage, const std::vector<bool>& filters) const;

private:
    struct Pattern {
        std::vector<std::vector<std::string>> alternatives; // per word of the term
        bool prefix = false;
    };
    void compile(const Node& node, const text::Analyser& words, const text::Analyser& prefixWords);
    Result evaluate(const Node& node, const std::vector<TokenPosition>& passage,
                    const std::vector<bool>& filters) const;
    std::vector<std::int32_t> occurrences(const Pattern& pattern,
                                          const std::vector<TokenPosition>& passage) const;
    Result near(const Node& node, const std::vector<TokenPosition>& passage) const;

    const Node& m_root;
    std::unordered_map<const Node*, Pattern> m_patterns;
};

} // namespace cairn::search
