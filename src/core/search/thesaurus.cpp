#include "search/thesaurus.h"

#include "store/thesaurus_store.h"
#include "text/analyser.h"

#include <map>
#include <vector>

namespace cairn::search {

namespace {

const text::Analyser& surfaceAnalyser() {
    static const text::Analyser analyser(
        text::AnalyserOptions{.expand = false, .exact = false, .queryLanguages = {}});
    return analyser;
}

class Expander {
public:
    explicit Expander(store::Database& db) {
        for (auto& entry : store::listThesaurus(db)) {
            m_ringOf[entry.key] = entry.ring;
            m_rings[entry.ring].push_back(std::move(entry));
        }
    }

    bool empty() const { return m_ringOf.empty(); }

    Node apply(Node node) {
        if (node.kind == NodeKind::Term) return expand(std::move(node));
        if (node.kind == NodeKind::Near || node.kind == NodeKind::Filter) return node;
        for (auto& child : node.children)
            child = apply(std::move(child));
        return node;
    }

private:
    Node expand(Node term) {
        if (term.prefix) return term;
        const std::string key = thesaurusKey(term.text);
        const auto ring = m_ringOf.find(key);
        if (ring == m_ringOf.end()) return term;
        Node any;
        any.kind = NodeKind::Or;
        any.position = term.position;
        for (const auto& entry : m_rings.at(ring->second)) {
            if (entry.key == key) continue;
            Node synonym;
            synonym.kind = NodeKind::Term;
            synonym.position = term.position;
            synonym.text = entry.phrase;
            synonym.quoted = true;
            any.children.push_back(std::move(synonym));
        }
        if (any.children.empty()) return term;
        any.children.insert(any.children.begin(), std::move(term));
        return any;
    }

    std::map<std::string, std::int64_t> m_ringOf;                       // key → ring
    std::map<std::int64_t, std::vector<store::ThesaurusEntry>> m_rings; // ring → its entries
};

} // namespace

std::string thesaurusKey(std::string_view phrase) {
    std::string key;
    surfaceAnalyser().analyseQuery(phrase, [&](const text::Token& t) {
        if (t.expansion) return true;
        if (!key.empty()) key += ' ';
        key += t.term;
        return true;
    });
    return key;
}

Node applyThesaurus(store::Database& db, Node root) {
    Expander expander(db);
    if (expander.empty()) return root;
    return expander.apply(std::move(root));
}

} // namespace cairn::search
