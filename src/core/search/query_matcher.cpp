#include "search/query_matcher.h"

#include <algorithm>

namespace cairn::search {

namespace {

bool contains(const std::vector<std::string>& terms, const std::string& term) {
    return std::find(terms.begin(), terms.end(), term) != terms.end();
}

bool intersects(const std::vector<std::string>& passageTerms, const std::vector<std::string>& alternatives) {
    for (const auto& term : passageTerms)
        if (contains(alternatives, term)) return true;
    return false;
}

bool startsWithAny(const std::vector<std::string>& passageTerms, const std::vector<std::string>& prefixes) {
    for (const auto& term : passageTerms)
        for (const auto& prefix : prefixes)
            if (term.compare(0, prefix.size(), prefix) == 0) return true;
    return false;
}

void append(std::vector<PositionSpan>& to, const std::vector<PositionSpan>& from) {
    to.insert(to.end(), from.begin(), from.end());
}

} // namespace

std::vector<TokenPosition> tokenPositions(const text::Analyser& analyser, std::string_view text,
                                          std::string_view language) {
    std::vector<TokenPosition> positions;
    analyser.analyse(text, language, [&](const text::Token& t) {
        if (!t.expansion) positions.push_back({t.cpStart, t.cpEnd, {}});
        positions.back().terms.push_back(t.term);
        return true;
    });
    return positions;
}

QueryMatcher::QueryMatcher(const Node& root, const text::Analyser& words, const text::Analyser& prefixWords)
    : m_root(root) {
    compile(root, words, prefixWords);
}

void QueryMatcher::compile(const Node& node, const text::Analyser& words, const text::Analyser& prefixWords) {
    if (node.kind == NodeKind::Term) {
        Pattern pattern;
        pattern.prefix = node.prefix;
        (node.prefix ? prefixWords : words).analyseQuery(node.text, [&](const text::Token& t) {
            if (!t.expansion) pattern.alternatives.emplace_back();
            pattern.alternatives.back().push_back(t.term);
            return true;
        });
        m_patterns.emplace(&node, std::move(pattern));
    }
    for (const auto& child : node.children)
        compile(child, words, prefixWords);
}

std::vector<std::int32_t> QueryMatcher::occurrences(const Pattern& pattern,
                                                    const std::vector<TokenPosition>& passage) const {
    std::vector<std::int32_t> starts;
    const std::size_t length = pattern.alternatives.size();
    if (length == 0 || passage.size() < length) return starts;
    for (std::size_t s = 0; s + length <= passage.size(); ++s) {
        bool all = true;
        for (std::size_t j = 0; j < length && all; ++j) {
            const bool last = j + 1 == length;
            all = pattern.prefix && last ? startsWithAny(passage[s + j].terms, pattern.alternatives[j])
                                         : intersects(passage[s + j].terms, pattern.alternatives[j]);
        }
        if (all) starts.push_back(static_cast<std::int32_t>(s));
    }
    return starts;
}

QueryMatcher::Result QueryMatcher::near(const Node& node, const std::vector<TokenPosition>& passage) const {
    struct Phrase {
        std::vector<std::int32_t> starts;
        std::int32_t length = 0;
        std::vector<bool> used;
    };
    std::vector<Phrase> phrases;
    for (const auto& child : node.children) {
        const Pattern& pattern = m_patterns.at(&child);
        Phrase phrase{
            occurrences(pattern, passage), static_cast<std::int32_t>(pattern.alternatives.size()), {}};
        if (phrase.starts.empty()) return {};
        phrase.used.assign(phrase.starts.size(), false);
        phrases.push_back(std::move(phrase));
    }
    bool matched = false;
    // Each occurrence in turn is the one that starts last (M); every other phrase then needs one that
    // starts in [M - its length - N, M]. All such occurrences take part in the match.
    for (std::size_t a = 0; a < phrases.size(); ++a) {
        for (std::size_t k = 0; k < phrases[a].starts.size(); ++k) {
            const std::int32_t m = phrases[a].starts[k];
            bool all = true;
            for (std::size_t j = 0; j < phrases.size() && all; ++j) {
                const std::int32_t low = m - phrases[j].length - node.distance;
                all = std::any_of(phrases[j].starts.begin(), phrases[j].starts.end(),
                                  [&](std::int32_t s) { return s >= low && s <= m; });
            }
            if (!all) continue;
            matched = true;
            for (auto& phrase : phrases) {
                const std::int32_t low = m - phrase.length - node.distance;
                for (std::size_t i = 0; i < phrase.starts.size(); ++i)
                    if (phrase.starts[i] >= low && phrase.starts[i] <= m) phrase.used[i] = true;
            }
        }
    }
    Result result;
    result.matched = matched;
    for (const auto& phrase : phrases)
        for (std::size_t i = 0; i < phrase.starts.size(); ++i)
            if (phrase.used[i]) result.spans.push_back({phrase.starts[i], phrase.starts[i] + phrase.length});
    return result;
}

QueryMatcher::Result QueryMatcher::evaluate(const Node& node, const std::vector<TokenPosition>& passage,
                                            const std::vector<bool>& filters) const {
    Result result;
    switch (node.kind) {
    case NodeKind::Term: {
        const Pattern& pattern = m_patterns.at(&node);
        for (const auto s : occurrences(pattern, passage))
            result.spans.push_back({s, s + static_cast<std::int32_t>(pattern.alternatives.size())});
        result.matched = !result.spans.empty();
        return result;
    }
    case NodeKind::Near:
        return near(node, passage);
    case NodeKind::Filter:
        result.matched = node.filterIndex >= 0 &&
                         static_cast<std::size_t>(node.filterIndex) < filters.size() &&
                         filters[static_cast<std::size_t>(node.filterIndex)];
        return result;
    case NodeKind::Not:
        result.matched = !evaluate(node.children.front(), passage, filters).matched;
        return result;
    case NodeKind::And:
        result.matched = true;
        for (const auto& child : node.children) {
            auto r = evaluate(child, passage, filters);
            if (!r.matched) return {};
            append(result.spans, r.spans);
        }
        return result;
    case NodeKind::Or:
        for (const auto& child : node.children) {
            auto r = evaluate(child, passage, filters);
            if (!r.matched) continue;
            result.matched = true;
            append(result.spans, r.spans);
        }
        return result;
    }
    return result;
}

QueryMatcher::Result QueryMatcher::match(const std::vector<TokenPosition>& passage,
                                         const std::vector<bool>& filters) const {
    return evaluate(m_root, passage, filters);
}

} // namespace cairn::search
