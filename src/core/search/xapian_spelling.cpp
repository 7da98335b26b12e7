#include "search/xapian_spelling.h"

#include "common/error.h"
#include "search/query_parser.h"
#include "search/search.h"
#include "search/xapian_index.h"
#include "text/analyser.h"
#include "text/utf.h"

#include <algorithm>
#include <map>

namespace cairn::search {

namespace {

struct Replacement {
    std::size_t byteStart = 0;
    std::size_t byteEnd = 0;
    Correction correction;
};

// Xapian's edit distance allows two edits; for a short word one is already a guess.
unsigned maxEdits(std::string_view word) {
    return text::codePointCount(word) <= 4 ? 1 : 2;
}

class Speller {
public:
    Speller(const Xapian::Database& index, store::Database& db, const std::string& query)
        : m_index(index), m_query(query),
          m_analyser(
              text::AnalyserOptions{.expand = true, .exact = false, .queryLanguages = projectLanguages(db)}) {
    }

    void visit(const Node& node) {
        if (node.kind == NodeKind::Term) return term(node);
        for (const auto& child : node.children)
            visit(child);
    }

    Suggestion result() {
        Suggestion out;
        if (m_replacements.empty()) return out;
        std::sort(m_replacements.begin(), m_replacements.end(),
                  [](const Replacement& a, const Replacement& b) { return a.byteStart < b.byteStart; });
        std::string query;
        std::size_t at = 0;
        for (auto& r : m_replacements) {
            if (r.byteStart < at) continue; // the same words found twice: once is enough
            query += m_query.substr(at, r.byteStart - at) + r.correction.suggestion;
            at = r.byteEnd;
            out.corrections.push_back(std::move(r.correction));
        }
        out.query = query + m_query.substr(at);
        return out;
    }

private:
    void term(const Node& node) {
        const auto nodeStart = static_cast<std::size_t>(text::codePointToByte(m_query, node.position));
        const auto textStart = m_query.find(node.text, nodeStart);
        if (textStart == std::string::npos) return;
        // Each word with the terms it matches (its surface term first).
        std::map<std::int32_t, std::vector<text::Token>> words;
        m_analyser.analyseQuery(node.text, [&](const text::Token& t) {
            words[t.position].push_back(t);
            return true;
        });
        const std::int32_t last = words.empty() ? 0 : words.rbegin()->first;
        for (const auto& [position, tokens] : words) {
            if (node.prefix && position == last) continue;
            const bool known = std::any_of(tokens.begin(), tokens.end(), [&](const text::Token& t) {
                return m_index.get_termfreq(t.term) > 0;
            });
            const auto& word = tokens.front();
            if (known || word.expansion || text::codePointCount(word.term) < 3) continue;
            std::string suggestion = m_index.get_spelling_suggestion(word.term, maxEdits(word.term));
            if (suggestion.empty() || suggestion == word.term) continue;
            const std::string written =
                node.text.substr(static_cast<std::size_t>(word.byteStart),
                                 static_cast<std::size_t>(word.byteEnd - word.byteStart));
            // Keep a capital the user wrote (an ASCII one: the suggestion is folded to lower case).
            if (!written.empty() && written.front() >= 'A' && written.front() <= 'Z' &&
                suggestion.front() >= 'a' && suggestion.front() <= 'z')
                suggestion.front() = static_cast<char>(suggestion.front() - 'a' + 'A');
            m_replacements.push_back({textStart + static_cast<std::size_t>(word.byteStart),
                                      textStart + static_cast<std::size_t>(word.byteEnd),
                                      {written, suggestion}});
        }
    }

    const Xapian::Database& m_index;
    const std::string& m_query;
    text::Analyser m_analyser;
    std::vector<Replacement> m_replacements;
};

} // namespace

Suggestion detail::suggestFrom(const Xapian::Database& index, store::Database& db, const std::string& query) {
    Speller speller(index, db, query);
    speller.visit(parseQuery(query));
    return speller.result();
}

Suggestion suggestSpelling(store::Database& db, const std::string& projectGuid, const std::string& query,
                           bool updateIndex) {
    static_cast<void>(parseQuery(query)); // a bad query is refused even when there is no index
    try {
        const IndexStatus status = syncXapianIndex(db, projectGuid, updateIndex);
        if (status.database.empty() || status.state == IndexState::Missing ||
            status.state == IndexState::NoOutbox)
            return {};
        return detail::suggestFrom(Xapian::Database(status.database.string()), db, query);
    } catch (const Xapian::Error& error) {
        throw Io("the ranked-search index failed: " + error.get_description());
    }
}

} // namespace cairn::search
