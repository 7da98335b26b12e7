#include "search/xapian_query.h"

#include "coding/code_tree.h"
#include "search/filter_sql.h"
#include "search/xapian_document.h"
#include "store/case_store.h"
#include "text/analyser.h"

#include <map>

namespace cairn::search {

namespace {

using Xapian::Query;

Query unweighted(const Query& q) {
    return Query(Query::OP_SCALE_WEIGHT, q, 0.0);
}

Query anyOf(const std::vector<Query>& queries) {
    if (queries.empty()) return Query::MatchNothing;
    return Query(Query::OP_OR, queries.begin(), queries.end());
}

Query termsOf(std::string_view prefix, const std::vector<std::int64_t>& ids) {
    std::vector<Query> terms;
    for (const auto id : ids)
        terms.emplace_back(std::string(prefix) + std::to_string(id));
    return anyOf(terms);
}

class Builder {
public:
    Builder(store::Database& db, const std::vector<std::string>& languages)
        : m_db(db),
          m_words(text::AnalyserOptions{.expand = true, .exact = false, .queryLanguages = languages}),
          m_prefix(text::AnalyserOptions{.expand = false, .exact = false, .queryLanguages = {}}) {}

    Query build(const Node& node) {
        switch (node.kind) {
        case NodeKind::Term:
            return term(node);
        case NodeKind::Near:
            return near(node);
        case NodeKind::Or: {
            std::vector<Query> children;
            for (const auto& child : node.children)
                children.push_back(build(child));
            return Query(Query::OP_OR, children.begin(), children.end());
        }
        case NodeKind::And:
            return conjunction(node);
        case NodeKind::Not:
            return Query(Query::OP_AND_NOT, unweighted(Query::MatchAll), build(node.children.front()));
        case NodeKind::Filter:
            return unweighted(filter(node.filter));
        }
        return Query::MatchNothing;
    }

    // Positions of a Term's words, each the OR of its terms; the last a wildcard for word*.
    std::vector<Query> words(const Node& node) {
        std::map<std::int32_t, std::vector<Query>> byPosition;
        m_words.analyseQuery(node.text, [&](const text::Token& t) {
            byPosition[t.position].emplace_back(t.term);
            return true;
        });
        std::vector<Query> out;
        for (const auto& [position, terms] : byPosition)
            out.push_back(terms.size() == 1 ? terms.front() : anyOf(terms));
        if (node.prefix && !out.empty()) {
            std::string last;
            m_prefix.analyseQuery(node.text, [&](const text::Token& t) {
                last = t.term;
                return true;
            });
            out.back() = Query(Query::OP_WILDCARD, last);
        }
        return out;
    }

private:
    Query term(const Node& node) {
        const auto parts = words(node);
        if (parts.size() == 1) return parts.front();
        // Xapian 1.4 matches phrases of terms and of ORs of terms, not of wildcards.
        if (node.prefix) throw XapianUnsupported("a phrase ending in * is answered by the full-text index");
        return Query(Query::OP_PHRASE, parts.begin(), parts.end(),
                     static_cast<Xapian::termcount>(parts.size()));
    }

    Query near(const Node& node) {
        std::vector<Query> parts;
        Xapian::termcount length = 0;
        for (const auto& child : node.children) {
            auto childWords = words(child);
            if (childWords.size() != 1 || child.prefix)
                throw XapianUnsupported("NEAR over a phrase or a prefix* is answered by the full-text index");
            length += 1;
            parts.push_back(childWords.front());
        }
        // FTS5's NEAR(a b, N) allows N words between; Xapian's window spans every position used.
        const auto window = static_cast<Xapian::termcount>(node.distance) + length;
        return Query(Query::OP_NEAR, parts.begin(), parts.end(), window);
    }

    Query conjunction(const Node& node) {
        std::vector<Query> scored, filters, negated;
        for (const auto& child : node.children) {
            if (child.kind == NodeKind::Not)
                negated.push_back(build(child.children.front()));
            else if (child.kind == NodeKind::Filter)
                filters.push_back(filter(child.filter));
            else
                scored.push_back(build(child));
        }
        Query out =
            scored.empty() ? unweighted(Query::MatchAll) : Query(Query::OP_AND, scored.begin(), scored.end());
        if (!filters.empty())
            out = Query(Query::OP_FILTER, out, Query(Query::OP_AND, filters.begin(), filters.end()));
        if (!negated.empty()) out = Query(Query::OP_AND_NOT, out, anyOf(negated));
        return out;
    }

    Query filter(const Filter& f) {
        using namespace xdoc;
        switch (f.kind) {
        case FilterKind::Kind:
            return Query(std::string(kKind) + f.value);
        case FilterKind::Lang:
            return Query(std::string(kLang) + asciiLower(f.value));
        case FilterKind::Speaker:
            return Query(std::string(kSpeaker) + asciiLower(f.value));
        case FilterKind::Source:
            return termsOf(kSource, namedIds(m_db, "sources", f.value));
        case FilterKind::Case:
            return termsOf(kCase, namedIds(m_db, "cases", f.value));
        case FilterKind::Code: {
            const auto tree = coding::CodeTree::load(m_db);
            auto id = tree.findGuid(f.value);
            if (!id) id = tree.findPath(f.value);
            return id ? termsOf(kCode, tree.subtree(*id)) : Query::MatchNothing;
        }
        case FilterKind::Attr: {
            if (f.comparison != Comparison::Equal)
                throw XapianUnsupported(std::string("attr: with ") + comparisonText(f.comparison) +
                                        " is answered by the full-text index");
            const auto attribute = store::findAttribute(m_db, f.attribute);
            if (!attribute) return Query::MatchNothing;
            std::string value = f.value;
            if (attribute->type == "boolean") value = f.value == "true" ? "1" : "0";
            return Query(attrValueTerm(attribute->id, attribute->type, value));
        }
        }
        return Query::MatchNothing;
    }

    store::Database& m_db;
    text::Analyser m_words, m_prefix;
};

} // namespace

Xapian::Query xapianQuery(store::Database& db, const Node& root, const std::vector<std::string>& languages) {
    Builder builder(db, languages);
    return builder.build(root);
}

bool hasRankingTerms(const Node& root) {
    switch (root.kind) {
    case NodeKind::Term:
    case NodeKind::Near:
        return true;
    case NodeKind::Filter:
    case NodeKind::Not:
        return false;
    case NodeKind::And:
    case NodeKind::Or:
        for (const auto& child : root.children)
            if (hasRankingTerms(child)) return true;
        return false;
    }
    return false;
}

} // namespace cairn::search
