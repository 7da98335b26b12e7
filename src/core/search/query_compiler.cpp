#include "search/query_compiler.h"

#include "search/filter_sql.h"
#include "search/query_error.h"
#include "text/analyser.h"

#include <utility>

namespace cairn::search {

namespace {

constexpr const char* kMatchSubquery = "p.id IN (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?)";

const text::Analyser& surfaceAnalyser() {
    static const text::Analyser analyser(
        text::AnalyserOptions{.expand = false, .exact = false, .queryLanguages = {}});
    return analyser;
}

bool holdsWords(const std::string& text) {
    bool found = false;
    surfaceAnalyser().analyseQuery(text, [&](const text::Token&) {
        found = true;
        return false;
    });
    return found;
}

// The tree without terms that hold no words; nullopt when nothing is left.
std::optional<Node> prune(Node node) {
    switch (node.kind) {
    case NodeKind::Term:
        if (!holdsWords(node.text)) return std::nullopt;
        return node;
    case NodeKind::Filter:
        return node;
    case NodeKind::Near:
    case NodeKind::And:
    case NodeKind::Or:
    case NodeKind::Not:
        break;
    }
    std::vector<Node> kept;
    for (auto& child : node.children)
        if (auto c = prune(std::move(child))) kept.push_back(std::move(*c));
    if (kept.empty()) return std::nullopt;
    if (node.kind != NodeKind::Not && kept.size() == 1) return std::move(kept.front());
    node.children = std::move(kept);
    return node;
}

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

bool isNegation(const Node& node) {
    return node.kind == NodeKind::Not && ftsCanEvaluate(node.children.front());
}

// FTS5 writes a AND b NOT c as a AND (b NOT c); the compiler writes the subtraction last: (a AND b) NOT c.
std::string conjunction(const std::vector<const Node*>& positives,
                        const std::vector<const Node*>& negatives) {
    std::string out;
    for (const Node* p : positives)
        out += (out.empty() ? "" : " AND ") + ftsExpression(*p);
    if (positives.size() > 1) out = "(" + out + ")";
    for (const Node* n : negatives)
        out = "(" + out + " NOT " + ftsExpression(n->children.front()) + ")";
    return out;
}

class Compiler {
public:
    Compiler(store::Database& db, std::string_view query, CompiledQuery& out)
        : m_db(db), m_query(query), m_out(out) {}

    void numberFilters(Node& node, bool negated) {
        if (node.kind == NodeKind::Filter) {
            node.filterIndex = static_cast<int>(m_out.filters.size());
            m_out.filters.push_back(filterPredicate(m_db, m_query, node));
            if (node.filter.kind == FilterKind::Lang && !negated)
                m_out.languages.push_back(node.filter.value);
        }
        for (auto& child : node.children)
            numberFilters(child, negated || node.kind == NodeKind::Not);
    }

    SqlFragment predicate(const Node& node) const {
        if (ftsCanEvaluate(node)) return {kMatchSubquery, {ftsExpression(node)}};
        switch (node.kind) {
        case NodeKind::Filter:
            return m_out.filters[static_cast<std::size_t>(node.filterIndex)];
        case NodeKind::Not: {
            SqlFragment out{"NOT (", {}};
            out += predicate(node.children.front());
            return out += ")";
        }
        case NodeKind::And:
        case NodeKind::Or: {
            SqlFragment out{"(", {}};
            for (std::size_t i = 0; i < node.children.size(); ++i) {
                if (i) out += node.kind == NodeKind::And ? " AND " : " OR ";
                out += predicate(node.children[i]);
            }
            return out += ")";
        }
        case NodeKind::Term:
        case NodeKind::Near:
            break;
        }
        return {kMatchSubquery, {ftsExpression(node)}}; // terms and NEAR are always FTS5's
    }

    // The ranking MATCH and the rest of the query as SQL.
    void split(const Node& root) {
        if (ftsCanEvaluate(root)) {
            m_out.match = ftsExpression(root);
            m_out.where = {"1", {}};
            return;
        }
        std::vector<const Node*> positives, negatives, rest;
        if (root.kind == NodeKind::And) {
            for (const auto& child : root.children)
                (ftsCanEvaluate(child) ? positives : isNegation(child) ? negatives : rest).push_back(&child);
        }
        if (positives.empty()) {
            m_out.where = predicate(root);
            return;
        }
        m_out.match = conjunction(positives, negatives);
        m_out.where = {"1", {}};
        for (const Node* r : rest) {
            m_out.where += " AND ";
            m_out.where += predicate(*r);
        }
    }

private:
    store::Database& m_db;
    std::string_view m_query;
    CompiledQuery& m_out;
};

} // namespace

bool ftsCanEvaluate(const Node& node) {
    switch (node.kind) {
    case NodeKind::Term:
    case NodeKind::Near:
        return true;
    case NodeKind::Filter:
    case NodeKind::Not:
        return false;
    case NodeKind::Or:
        for (const auto& child : node.children)
            if (!ftsCanEvaluate(child)) return false;
        return true;
    case NodeKind::And: {
        bool positive = false;
        for (const auto& child : node.children) {
            if (ftsCanEvaluate(child))
                positive = true;
            else if (!isNegation(child))
                return false;
        }
        return positive;
    }
    }
    return false;
}

std::string ftsExpression(const Node& node) {
    switch (node.kind) {
    case NodeKind::Term:
        return quoted(node.text) + (node.prefix ? "*" : "");
    case NodeKind::Near: {
        std::string out = "NEAR(";
        for (std::size_t i = 0; i < node.children.size(); ++i)
            out += (i ? " " : "") + ftsExpression(node.children[i]);
        return out + ", " + std::to_string(node.distance) + ")";
    }
    case NodeKind::Or: {
        std::string out;
        for (const auto& child : node.children)
            out += (out.empty() ? "(" : " OR ") + ftsExpression(child);
        return out + ")";
    }
    case NodeKind::And: {
        std::vector<const Node*> positives, negatives;
        for (const auto& child : node.children)
            (ftsCanEvaluate(child) ? positives : negatives).push_back(&child);
        return conjunction(positives, negatives);
    }
    case NodeKind::Not:
    case NodeKind::Filter:
        break;
    }
    return {};
}

CompiledQuery compileQuery(store::Database& db, std::string_view query, Node root) {
    CompiledQuery out;
    auto pruned = prune(std::move(root));
    if (!pruned)
        throw QueryError(query, 0,
                         "the query holds no words to search for {at}; punctuation alone is not indexed");
    out.root = std::move(*pruned);
    Compiler compiler(db, query, out);
    compiler.numberFilters(out.root, false);
    compiler.split(out.root);
    return out;
}

} // namespace cairn::search
