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
    // NOT NOT x is x (--x): one level less for SQLite's parsers.
    if (node.kind == NodeKind::Not && kept.front().kind == NodeKind::Not)
        return std::move(kept.front().children.front());
    if (node.kind != NodeKind::Not && kept.size() == 1) return std::move(kept.front());
    node.children = std::move(kept);
    return node;
}

// An FTS5 string. Control characters become spaces: FTS5 reads the expression as a C string, so a NUL
// would end it mid-string; the analyser treats them all as spaces anyway.
std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') out += '"';
        const auto byte = static_cast<unsigned char>(c);
        out += byte < 0x20 || byte == 0x7F ? ' ' : c;
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
        out.append(out.empty() ? "" : " AND ").append(ftsExpression(*p));
    if (positives.size() > 1) out = "(" + out + ")";
    for (const Node* n : negatives)
        out = "(" + out + " NOT " + ftsExpression(n->children.front()) + ")";
    return out;
}

// Numbers the Filter nodes, compiles each against the project, and collects the lang: values that
// restrict expansion (not those under a NOT: -lang:cy says nothing about the query's languages).
void numberFilters(store::Database& db, std::string_view query, Node& node, bool negated,
                   CompiledQuery& out) {
    if (node.kind == NodeKind::Filter) {
        node.filterIndex = static_cast<int>(out.filters.size());
        out.filters.push_back(filterPredicate(db, query, node));
        if (node.filter.kind == FilterKind::Lang && !negated) out.languages.push_back(node.filter.value);
    }
    for (auto& child : node.children)
        numberFilters(db, query, child, negated || node.kind == NodeKind::Not, out);
}

SqlFragment sqlPredicate(const Node& node, const std::vector<SqlFragment>& filters) {
    switch (node.kind) {
    case NodeKind::Filter:
        return filters[static_cast<std::size_t>(node.filterIndex)];
    case NodeKind::Not: {
        SqlFragment out{"NOT (", {}};
        out += sqlPredicate(node.children.front(), filters);
        return out += ")";
    }
    case NodeKind::And:
    case NodeKind::Or: {
        if (ftsCanEvaluate(node)) break;
        SqlFragment out{"(", {}};
        for (std::size_t i = 0; i < node.children.size(); ++i) {
            if (i) out += node.kind == NodeKind::And ? " AND " : " OR ";
            out += sqlPredicate(node.children[i], filters);
        }
        return out += ")";
    }
    case NodeKind::Term:
    case NodeKind::Near:
        break;
    }
    return {kMatchSubquery, {ftsExpression(node)}};
}

// The ranking MATCH and the rest of the query as SQL, into out.match and out.where.
void split(const Node& root, CompiledQuery& out) {
    out.match.reset();
    out.where = {"1", {}};
    if (ftsCanEvaluate(root)) {
        out.match = ftsExpression(root);
        return;
    }
    std::vector<const Node*> positives, negatives, rest;
    if (root.kind == NodeKind::And) {
        for (const auto& child : root.children)
            (ftsCanEvaluate(child) ? positives : isNegation(child) ? negatives : rest).push_back(&child);
    }
    if (positives.empty()) {
        out.where = sqlPredicate(root, out.filters);
        return;
    }
    out.match = conjunction(positives, negatives);
    for (const Node* r : rest) {
        out.where += " AND ";
        out.where += sqlPredicate(*r, out.filters);
    }
}

// The query with every NOT taken as true: it finds a superset of what the query finds, whatever the
// NOTs exclude. nullopt: true everywhere.
std::optional<Node> withoutNegations(const Node& node) {
    switch (node.kind) {
    case NodeKind::Not:
        return std::nullopt;
    case NodeKind::Term:
    case NodeKind::Near:
    case NodeKind::Filter:
        return node;
    case NodeKind::And:
    case NodeKind::Or:
        break;
    }
    Node relaxed = node;
    relaxed.children.clear();
    for (const auto& child : node.children) {
        auto c = withoutNegations(child);
        if (!c && node.kind == NodeKind::Or) return std::nullopt;
        if (c) relaxed.children.push_back(std::move(*c));
    }
    if (relaxed.children.empty()) return std::nullopt;
    if (relaxed.children.size() == 1) return std::move(relaxed.children.front());
    return relaxed;
}

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
            out.append(i ? " " : "").append(ftsExpression(node.children[i]));
        return out + ", " + std::to_string(node.distance) + ")";
    }
    case NodeKind::Or: {
        std::string out;
        for (const auto& child : node.children)
            out.append(out.empty() ? "(" : " OR ").append(ftsExpression(child));
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
    numberFilters(db, query, out.root, false, out);
    split(out.root, out);
    return out;
}

CompiledQuery exactCandidates(const CompiledQuery& compiled) {
    CompiledQuery out = compiled;
    out.match.reset();
    out.where = {"1", {}};
    if (const auto relaxed = withoutNegations(compiled.root)) split(*relaxed, out);
    return out;
}

} // namespace cairn::search
