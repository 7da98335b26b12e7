#include "search/search.h"

#include "common/error.h"
#include "search/index_version.h"
#include "search/query_compiler.h"
#include "search/query_matcher.h"
#include "search/query_parser.h"
#include "search/search_detail.h"
#include "search/thesaurus.h"
#include "store/fts_tokenizer.h"
#include "store/sqlite.h"
#include "text/analyser.h"

#include <algorithm>
#include <memory>

namespace cairn::search {

namespace {

void requireCurrentIndex(store::Database& db) {
    if (indexIsCurrent(db)) return;
    const auto version = indexAnalyserVersion(db);
    throw ProjectTooNew(
        "the search index of " + db.path() + " was built by " +
        (version ? "version " + std::to_string(*version) + " of the analyser" : "no analyser yet") +
        "; this Cairn uses version " + std::to_string(text::Analyser::kVersion) +
        ". Open the project for writing once (any change, such as `cairn memo`) to rebuild it");
}

using detail::PreparedQuery;
using detail::prepareQuery;

// Passage ids in rank order (bm25, then id; without a MATCH, source name and passage order). Only ids
// and scores: a passage's text is read for the hits shown, not for every match being ranked.
SqlFragment rankedIds(const CompiledQuery& q, bool count) {
    SqlFragment sql;
    if (q.match) {
        sql.sql = count ? "SELECT COUNT(*)" : "SELECT passages_fts.rowid, -bm25(passages_fts)";
        sql += " FROM passages_fts";
        if (q.where.sql != "1")
            sql += " CROSS JOIN passages p ON p.id = passages_fts.rowid CROSS JOIN sources s ON s.id = "
                   "p.source_id";
        sql += SqlFragment{" WHERE passages_fts MATCH ? AND ", {*q.match}};
        sql += q.where;
        if (!count) sql += " ORDER BY bm25(passages_fts), passages_fts.rowid";
        return sql;
    }
    sql.sql = count ? "SELECT COUNT(*)" : "SELECT p.id, 0.0";
    sql += " FROM passages p CROSS JOIN sources s ON s.id = p.source_id WHERE ";
    sql += q.where;
    if (!count) sql += " ORDER BY s.name, s.id, p.idx";
    return sql;
}

// Turns ranked ids into hits: reads each passage, re-evaluates the query on its tokens.
class HitBuilder {
public:
    HitBuilder(store::Database& db, const PreparedQuery& prepared, bool exact)
        : m_exact(exact), m_details(db.prepare(detailsSql(prepared.compiled))) {
        using text::Analyser;
        using text::AnalyserOptions;
        if (exact) {
            m_passage = std::make_unique<Analyser>(
                AnalyserOptions{.expand = false, .exact = true, .queryLanguages = {}});
            m_words = std::make_unique<Analyser>(
                AnalyserOptions{.expand = false, .exact = true, .queryLanguages = {}});
            m_prefixWords = std::make_unique<Analyser>(
                AnalyserOptions{.expand = false, .exact = true, .queryLanguages = {}});
        } else {
            m_passage = std::make_unique<Analyser>();
            m_words = std::make_unique<Analyser>(
                AnalyserOptions{.expand = true, .exact = false, .queryLanguages = prepared.languages});
            m_prefixWords = std::make_unique<Analyser>(
                AnalyserOptions{.expand = false, .exact = false, .queryLanguages = {}});
        }
        m_matcher = std::make_unique<QueryMatcher>(prepared.compiled.root, *m_words, *m_prefixWords);
        m_filterCount = prepared.compiled.filters.size();
    }

    /// The hit for passage `id`, or nothing when exact search rejects it.
    std::optional<Hit> build(std::int64_t id, double score) {
        bindAll(m_details, m_columns, 1); // reset() clears bindings
        m_details.bind(static_cast<int>(m_columns.params.size() + 1), id);
        if (!m_details.step()) {
            m_details.reset();
            return std::nullopt;
        }
        Hit hit;
        hit.passageGuid = m_details.getText(0);
        hit.passageIndex = m_details.getInt(1);
        hit.start = m_details.getInt(2);
        hit.end = m_details.getInt(3);
        hit.lang = m_details.getText(4);
        const std::string text = m_details.getText(5);
        hit.sourceName = m_details.getText(6);
        hit.sourceGuid = m_details.getText(7);
        std::vector<bool> filters(m_filterCount);
        for (std::size_t i = 0; i < m_filterCount; ++i)
            filters[i] = m_details.getInt(8 + static_cast<int>(i)) != 0;
        m_details.reset();
        hit.score = score;

        const auto positions = tokenPositions(*m_passage, text, hit.lang);
        const auto result = m_matcher->match(positions, filters);
        if (m_exact && !result.matched) return std::nullopt;
        std::vector<CharSpan> words; // passage-relative
        for (const auto& span : result.spans)
            for (auto i = span.first; i < span.last; ++i)
                words.push_back({positions[static_cast<std::size_t>(i)].cpStart,
                                 positions[static_cast<std::size_t>(i)].cpEnd});
        std::sort(words.begin(), words.end(),
                  [](const CharSpan& a, const CharSpan& b) { return a.start < b.start; });
        words.erase(std::unique(words.begin(), words.end()), words.end());
        const Snippet snippet = makeSnippet(text, words);
        hit.snippet = snippet.text;
        hit.snippetSpan = {hit.start + snippet.span.start, hit.start + snippet.span.end};
        for (const auto& w : words)
            hit.highlights.push_back({hit.start + w.start, hit.start + w.end});
        return hit;
    }

private:
    static SqlFragment filterColumns(const CompiledQuery& q) {
        SqlFragment columns;
        for (const auto& f : q.filters) {
            columns += ", (";
            columns += f;
            columns += ")";
        }
        return columns;
    }
    std::string detailsSql(const CompiledQuery& q) {
        m_columns = filterColumns(q);
        return "SELECT p.guid, p.idx, p.cp_start, p.cp_end, p.lang, p.text, s.name, s.guid" + m_columns.sql +
               " FROM passages p CROSS JOIN sources s ON s.id = p.source_id WHERE p.id = ?";
    }

    bool m_exact;
    SqlFragment m_columns; // the filters' values, one column each, for the matcher
    std::size_t m_filterCount = 0;
    store::Statement m_details;
    std::unique_ptr<text::Analyser> m_passage, m_words, m_prefixWords;
    std::unique_ptr<QueryMatcher> m_matcher;
};

} // namespace

PreparedQuery detail::prepareQuery(store::Database& db, const std::string& query) {
    requireCurrentIndex(db);
    // The thesaurus applies before compiling, so both engines and the highlights see its synonyms.
    PreparedQuery prepared{compileQuery(db, query, applyThesaurus(db, parseQuery(query))), {}};
    prepared.languages =
        prepared.compiled.languages.empty() ? projectLanguages(db) : prepared.compiled.languages;
    store::setQueryLanguages(db, prepared.languages);
    return prepared;
}

std::vector<Hit> detail::buildHits(store::Database& db, const PreparedQuery& prepared,
                                   const std::vector<std::pair<std::int64_t, double>>& ranked) {
    HitBuilder builder(db, prepared, false);
    std::vector<Hit> hits;
    for (const auto& [id, score] : ranked)
        if (auto hit = builder.build(id, score)) hits.push_back(std::move(*hit));
    return hits;
}

std::vector<std::string> projectLanguages(store::Database& db) {
    // A skip-scan over passages_by_lang: one index probe per language, not a pass over every passage.
    auto stmt = db.prepare("WITH RECURSIVE langs(lang) AS (SELECT MIN(lang) FROM passages UNION ALL "
                           "SELECT (SELECT MIN(lang) FROM passages WHERE lang > langs.lang) FROM langs "
                           "WHERE langs.lang IS NOT NULL) SELECT lang FROM langs WHERE lang IS NOT NULL");
    std::vector<std::string> languages;
    while (stmt.step())
        languages.push_back(stmt.getText(0));
    return languages;
}

std::vector<Hit> searchPassages(store::Database& db, const SearchRequest& request) {
    if (request.offset < 0) throw InvalidInput("the offset of a search cannot be negative");
    const PreparedQuery prepared = prepareQuery(db, request.query);
    SqlFragment sql =
        rankedIds(request.exact ? exactCandidates(prepared.compiled) : prepared.compiled, false);
    // Exact search filters after ranking, so it pages over what it keeps, not in SQL.
    const bool all = request.limit <= 0;
    if (!request.exact) {
        sql += SqlFragment{" LIMIT ? OFFSET ?", {all ? std::int64_t{-1} : request.limit, request.offset}};
    }
    auto ranked = db.prepare(sql.sql);
    bindAll(ranked, sql, 1);
    HitBuilder builder(db, prepared, request.exact);
    std::vector<Hit> hits;
    std::int64_t skipped = 0;
    while ((all || static_cast<std::int64_t>(hits.size()) < request.limit) && ranked.step()) {
        auto hit = builder.build(ranked.getInt(0), ranked.getDouble(1));
        if (!hit) continue;
        if (request.exact && skipped < request.offset) {
            ++skipped;
            continue;
        }
        hits.push_back(std::move(*hit));
    }
    return hits;
}

std::int64_t countPassages(store::Database& db, const SearchRequest& request) {
    const PreparedQuery prepared = prepareQuery(db, request.query);
    if (!request.exact) {
        const SqlFragment sql = rankedIds(prepared.compiled, true);
        auto count = db.prepare(sql.sql);
        bindAll(count, sql, 1);
        return count.step() ? count.getInt(0) : 0;
    }
    SearchRequest everything = request;
    everything.limit = 0;
    everything.offset = 0;
    return static_cast<std::int64_t>(searchPassages(db, everything).size());
}

namespace {

// Memos and code names: the same query language, words only (filters describe passages).
std::optional<std::string> wordsOnlyMatch(store::Database& db, const std::string& query, const char* what) {
    requireCurrentIndex(db);
    const Node root = parseQuery(query);
    CompiledQuery compiled = compileQuery(db, query, root);
    if (!compiled.filters.empty() || !compiled.match || compiled.where.sql != "1")
        throw QueryError(query, 0,
                         std::string("a ") + what +
                             " search takes words, phrases and operators, not filters or "
                             "NOT alone {at}");
    store::setQueryLanguages(db, projectLanguages(db));
    return compiled.match;
}

} // namespace

std::vector<MemoHit> searchMemos(store::Database& db, const std::string& query, std::int64_t limit) {
    const auto match = wordsOnlyMatch(db, query, "memo");
    auto stmt = db.prepare("SELECT m.guid, m.title, -bm25(memos_fts) FROM memos_fts CROSS JOIN memos m "
                           "ON m.id = memos_fts.rowid WHERE memos_fts MATCH ? ORDER BY bm25(memos_fts), m.id "
                           "LIMIT ?");
    stmt.bind(1, *match).bind(2, limit <= 0 ? std::int64_t{-1} : limit);
    std::vector<MemoHit> hits;
    while (stmt.step())
        hits.push_back({stmt.getText(0), stmt.getText(1), stmt.getDouble(2)});
    return hits;
}

std::vector<CodeHit> searchCodes(store::Database& db, const std::string& query, std::int64_t limit) {
    const auto match = wordsOnlyMatch(db, query, "code");
    // A hit in the name counts five times one in the definition.
    auto stmt =
        db.prepare("SELECT c.id, c.guid, c.name, -bm25(codes_fts, 5.0, 1.0) FROM codes_fts CROSS JOIN "
                   "codes c ON c.id = codes_fts.rowid WHERE codes_fts MATCH ? "
                   "ORDER BY bm25(codes_fts, 5.0, 1.0), c.id LIMIT ?");
    stmt.bind(1, *match).bind(2, limit <= 0 ? std::int64_t{-1} : limit);
    std::vector<CodeHit> hits;
    while (stmt.step())
        hits.push_back({stmt.getInt(0), stmt.getText(1), stmt.getText(2), stmt.getDouble(3)});
    return hits;
}

} // namespace cairn::search
