#include "coding/code_tree.h"
#include "common/error.h"
#include "search/query_parser.h"
#include "search/ranked_search.h"
#include "search/search_detail.h"
#include "search/xapian_document.h"
#include "search/xapian_index.h"
#include "search/xapian_query.h"
#include "search/xapian_spelling.h"
#include "store/case_store.h"
#include "store/sqlite.h"

#include <algorithm>
#include <xapian.h>

namespace cairn::search {

namespace {

// Per-value counts of one slot over every match. Xapian's own ValueCountMatchSpy counts each distinct
// slot value, which a remote server can run too (a spy of our own would have to be registered there);
// a slot holding several values (joined by kFacetSeparator, each once per document) is split here,
// and summing a combination's count into each of its parts gives each value's document count.
std::map<std::string, std::int64_t> splitCounts(const Xapian::ValueCountMatchSpy& spy) {
    std::map<std::string, std::int64_t> counts;
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
        const std::string value = *it;
        std::size_t start = 0;
        while (start <= value.size()) {
            const auto end = std::min(value.find(xdoc::kFacetSeparator, start), value.size());
            counts[value.substr(start, end - start)] += static_cast<std::int64_t>(it.get_termfreq());
            start = end + 1;
        }
    }
    return counts;
}

struct FacetPlan {
    std::string name;
    Xapian::valueno slot = 0;
    enum class Display { AsIs, CaseName, CodePath } display = Display::AsIs;
};

FacetPlan planFacet(store::Database& db, const std::string& name) {
    if (name == "kind") return {name, xdoc::kSlotKind, FacetPlan::Display::AsIs};
    if (name == "lang") return {name, xdoc::kSlotLang, FacetPlan::Display::AsIs};
    if (name == "case") return {name, xdoc::kSlotCases, FacetPlan::Display::CaseName};
    if (name == "code") return {name, xdoc::kSlotCodes, FacetPlan::Display::CodePath};
    const auto attribute = store::findAttribute(db, name);
    if (!attribute)
        throw InvalidInput("no facet is named '" + name +
                           "': use kind, case, code, lang or an attribute's name");
    return {name, xdoc::kSlotAttrBase + static_cast<Xapian::valueno>(attribute->id),
            FacetPlan::Display::AsIs};
}

std::vector<FacetValue> facetValues(store::Database& db, const FacetPlan& plan,
                                    const Xapian::ValueCountMatchSpy& spy) {
    std::vector<FacetValue> out;
    std::optional<coding::CodeTree> tree;
    auto caseName = db.prepare("SELECT name FROM cases WHERE id = ?");
    for (const auto& [value, count] : splitCounts(spy)) {
        std::string shown = value;
        if (plan.display == FacetPlan::Display::CaseName) {
            caseName.bind(1, static_cast<std::int64_t>(std::stoll(value)));
            shown = caseName.step() ? caseName.getText(0) : value;
            caseName.reset();
        } else if (plan.display == FacetPlan::Display::CodePath) {
            if (!tree) tree = coding::CodeTree::load(db);
            try {
                shown = tree->path(static_cast<std::int64_t>(std::stoll(value)));
            } catch (const std::exception&) {
                shown = value; // a code deleted since the index was read
            }
        }
        out.push_back({shown, count});
    }
    std::sort(out.begin(), out.end(), [](const FacetValue& a, const FacetValue& b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    return out;
}

Xapian::Database openRemote(const std::string& remote) {
    const auto colon = remote.rfind(':');
    if (colon == std::string::npos || colon == 0)
        throw InvalidInput("--remote takes HOST:PORT, not '" + remote + "'");
    const std::string host = remote.substr(0, colon);
    int port = 0;
    try {
        port = std::stoi(remote.substr(colon + 1));
    } catch (const std::exception&) {
        throw InvalidInput("--remote takes HOST:PORT, not '" + remote + "'");
    }
    try {
        return Xapian::Remote::open(host, static_cast<unsigned>(port));
    } catch (const Xapian::Error& error) {
        throw Io("cannot reach the search server " + remote + ": " + error.get_msg());
    }
}

RankedResult answerWithFts(store::Database& db, const RankedRequest& request, std::string note) {
    RankedResult result;
    result.engine = "fts";
    result.note = std::move(note);
    result.hits = searchPassages(db, request.search);
    result.total = countPassages(db, request.search);
    if (!request.facets.empty())
        throw InvalidInput("facets need the ranked-search index" +
                           (result.note.empty() ? std::string() : " (" + result.note + ")"));
    return result;
}

// How the matches become hits: from the one project, or from the shard each docid belongs to (a
// combined database numbers its documents round robin: docid d is document (d - 1) / n + 1 of shard
// (d - 1) % n).
struct HitSource {
    store::Database& db;                              // the project whose query this is
    const std::vector<SearchShard>* shards = nullptr; // several projects at once, or none
};

std::vector<Hit> hitsOf(const HitSource& from, const detail::PreparedQuery& prepared,
                        const Xapian::MSet& matches) {
    std::vector<std::pair<std::int64_t, double>> ids;
    if (!from.shards) {
        for (auto it = matches.begin(); it != matches.end(); ++it)
            ids.emplace_back(static_cast<std::int64_t>(*it), it.get_weight());
        return detail::buildHits(from.db, prepared, ids);
    }
    const auto n = static_cast<Xapian::docid>(from.shards->size());
    std::vector<Hit> hits;
    for (auto it = matches.begin(); it != matches.end(); ++it) {
        const auto& shard = (*from.shards)[(*it - 1) % n];
        const auto local = static_cast<std::int64_t>((*it - 1) / n + 1);
        for (auto& hit : detail::buildHits(*shard.db, prepared, {{local, it.get_weight()}})) {
            hit.project = shard.name;
            hits.push_back(std::move(hit));
        }
    }
    return hits;
}

// The number of matches, exactly, as FTS5 gives it: the ranking's own count when Xapian knows it is
// exact (a lone term: its frequency), else a count that weighs nothing (BoolWeight). Weighing every match
// to count it made a common word on 350,000 passages three times slower than its top 20 alone.
std::int64_t exactTotal(const Xapian::Database& index, const Xapian::Query& query,
                        const Xapian::MSet& matches) {
    if (matches.get_matches_lower_bound() == matches.get_matches_upper_bound())
        return static_cast<std::int64_t>(matches.get_matches_lower_bound());
    Xapian::Enquire counting(index);
    counting.set_query(query);
    counting.set_weighting_scheme(Xapian::BoolWeight());
    const Xapian::doccount all = index.get_doccount();
    return static_cast<std::int64_t>(counting.get_mset(0, 0, all).get_matches_estimated());
}

RankedResult answerWithXapian(const HitSource& from, const Xapian::Database& index,
                              const RankedRequest& request, bool local,
                              const std::vector<std::string>& languages = {}) {
    auto& db = from.db;
    auto prepared = detail::prepareQuery(db, request.search.query);
    // Several projects: a word expands in the languages of all of them (unless lang: says otherwise).
    if (prepared.compiled.languages.empty() && !languages.empty()) prepared.languages = languages;
    const Xapian::Query query = xapianQuery(db, prepared.compiled.root, prepared.languages);
    Xapian::Enquire enquire(index);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    // Filters alone rank nothing: they list in source order, as FTS5 does.
    const bool ranked = hasRankingTerms(prepared.compiled.root);
    if (request.sort == SortOrder::Date)
        enquire.set_sort_by_value_then_relevance(xdoc::kSlotDate, false);
    else if (request.sort == SortOrder::Source || !ranked)
        enquire.set_sort_by_value_then_relevance(xdoc::kSlotSource, false);

    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
    std::vector<FacetPlan> plans;
    for (const auto& name : request.facets) {
        plans.push_back(planFacet(db, name));
        spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(plans.back().slot));
        enquire.add_matchspy(spies.back().get());
    }
    const Xapian::doccount all = index.get_doccount();
    const auto limit = request.search.limit <= 0 ? all : static_cast<Xapian::doccount>(request.search.limit);
    // Facets are of the whole result set, so with them every match is weighed and counted in one pass
    // (checkatleast = all). Without them the ranking stops once its top is sure, and the total is
    // counted apart (exactTotal).
    const Xapian::MSet matches = enquire.get_mset(static_cast<Xapian::doccount>(request.search.offset), limit,
                                                  plans.empty() ? 0 : all);
    RankedResult result;
    result.engine = "xapian";
    result.indexCurrent = local; // a remote index is as current as its server keeps it
    result.total = exactTotal(index, query, matches);
    result.hits = hitsOf(from, prepared, matches);
    for (std::size_t i = 0; i < plans.size(); ++i)
        result.facets[plans[i].name] = facetValues(db, plans[i], *spies[i]);
    if (local) result.suggestion = detail::suggestFrom(index, db, request.search.query);
    return result;
}

// A suggestion for an answer that did not come from the local index (FTS5, or a remote server): from
// the local index when there is a readable one, else none.
void suggestLocally(store::Database& db, const std::string& projectGuid, const RankedRequest& request,
                    RankedResult& result) {
    try {
        const IndexStatus status = syncXapianIndex(db, projectGuid, false);
        if (status.state != IndexState::Current && status.state != IndexState::Behind) return;
        result.suggestion =
            detail::suggestFrom(Xapian::Database(status.database.string()), db, request.search.query);
    } catch (const Xapian::Error&) {
        // The search has answered; an index that cannot be read (or no cache directory) only means
        // there is no suggestion. The next ranked search rebuilds the index.
    } catch (const Io&) {
    }
}

RankedResult rankedSearchUnguarded(store::Database& db, const std::string& projectGuid,
                                   const RankedRequest& request, const ProgressFn& indexProgress) {
    if (request.search.offset < 0) throw InvalidInput("the offset of a search cannot be negative");
    if (!request.remote.empty()) {
        if (request.engine == Engine::Fts) throw InvalidInput("--remote searches a Xapian index, not FTS5");
        if (request.search.exact) throw InvalidInput("exact search is answered by the local full-text index");
        try {
            auto result = answerWithXapian({db}, openRemote(request.remote), request, false);
            suggestLocally(db, projectGuid, request, result);
            return result;
        } catch (const XapianUnsupported& unsupported) {
            throw InvalidInput(std::string(unsupported.what()) + ", which a remote index cannot");
        }
    }
    auto fts = [&](std::string note) {
        auto result = answerWithFts(db, request, std::move(note));
        suggestLocally(db, projectGuid, request, result);
        return result;
    };
    if (request.engine == Engine::Fts) return fts({});
    if (request.search.exact) {
        if (request.engine == Engine::Xapian)
            throw InvalidInput("exact search is answered by the full-text index (--engine fts)");
        return fts("exact search is answered by the full-text index");
    }
    const IndexStatus status = syncXapianIndex(db, projectGuid, request.updateIndex, indexProgress);
    if (status.state != IndexState::Current) {
        if (request.engine == Engine::Xapian)
            throw InvalidInput("the ranked-search index cannot answer: " + status.note);
        return fts(status.note);
    }
    try {
        return answerWithXapian({db}, Xapian::Database(status.database.string()), request, true);
    } catch (const XapianUnsupported& unsupported) {
        if (request.engine == Engine::Xapian) throw InvalidInput(unsupported.what());
        return fts(unsupported.what());
    } catch (const Xapian::UnimplementedError& unimplemented) {
        // A query shape this Xapian cannot match (found at match time): FTS5 can.
        if (request.engine == Engine::Xapian) throw;
        return fts("Xapian cannot match this query: " + unimplemented.get_msg());
    }
}

// Filters that name rows of one project (its sources, cases, codes, attributes) mean nothing in another.
void refuseProjectFilters(const Node& node) {
    if (node.kind == NodeKind::Filter && node.filter.kind != FilterKind::Kind &&
        node.filter.kind != FilterKind::Lang && node.filter.kind != FilterKind::Speaker)
        throw InvalidInput(std::string(filterKey(node.filter.kind)) +
                           ": names one project's data and cannot filter a search of several projects");
    for (const auto& child : node.children)
        refuseProjectFilters(child);
}

RankedResult acrossUnguarded(const std::vector<SearchShard>& shards, const RankedRequest& request,
                             const ProgressFn& indexProgress) {
    if (shards.empty()) throw InvalidInput("a search needs at least one project");
    auto& db = *shards.front().db;
    if (!request.remote.empty()) throw InvalidInput("--remote searches one project's index, not several");
    if (request.engine == Engine::Fts || request.search.exact)
        throw InvalidInput(
            "several projects are searched with their ranked-search indexes, not the full-text "
            "index (no --engine fts, no --exact)");
    if (request.search.offset < 0) throw InvalidInput("the offset of a search cannot be negative");
    for (const auto& facet : request.facets)
        if (facet != "kind" && facet != "lang")
            throw InvalidInput("a search of several projects counts the facets kind and lang only, not '" +
                               facet + "'");
    refuseProjectFilters(parseQuery(request.search.query));
    Xapian::Database combined;
    std::vector<std::string> languages;
    for (const auto& shard : shards) {
        const IndexStatus status =
            syncXapianIndex(*shard.db, shard.projectGuid, request.updateIndex, indexProgress);
        if (status.state != IndexState::Current)
            throw InvalidInput("the ranked-search index of " + shard.name + " cannot answer: " + status.note);
        combined.add_database(Xapian::Database(status.database.string()));
        for (auto& lang : projectLanguages(*shard.db))
            if (std::find(languages.begin(), languages.end(), lang) == languages.end())
                languages.push_back(lang);
    }
    std::sort(languages.begin(), languages.end());
    try {
        return answerWithXapian({db, &shards}, combined, request, true, languages);
    } catch (const XapianUnsupported& unsupported) {
        throw InvalidInput(std::string(unsupported.what()) +
                           ", which a search of several projects cannot use");
    }
}

} // namespace

// Xapian's errors become Cairn's at this edge, so the CLI and the GUI see one hierarchy.
RankedResult rankedSearch(store::Database& db, const std::string& projectGuid, const RankedRequest& request,
                          const ProgressFn& indexProgress) {
    try {
        return rankedSearchUnguarded(db, projectGuid, request, indexProgress);
    } catch (const Xapian::Error& error) {
        throw Io("the ranked-search index failed: " + error.get_description());
    }
}

RankedResult rankedSearchAcross(const std::vector<SearchShard>& shards, const RankedRequest& request,
                                const ProgressFn& indexProgress) {
    try {
        return acrossUnguarded(shards, request, indexProgress);
    } catch (const Xapian::Error& error) {
        throw Io("the ranked-search index failed: " + error.get_description());
    }
}

namespace {

std::vector<Hit> similarUnguarded(store::Database& db, const std::string& projectGuid,
                                  const std::string& passageGuid, std::int64_t limit) {
    auto find = db.prepare("SELECT id FROM passages WHERE guid = ? COLLATE NOCASE");
    find.bind(1, passageGuid);
    if (!find.step()) throw NotFound("no passage has the GUID '" + passageGuid + "'");
    const auto id = static_cast<Xapian::docid>(find.getInt(0));
    const IndexStatus status = syncXapianIndex(db, projectGuid, true);
    if (status.state != IndexState::Current)
        throw InvalidInput("the ranked-search index cannot answer: " + status.note);
    const Xapian::Database index(status.database.string());
    Xapian::Enquire enquire(index);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    Xapian::RSet relevant;
    relevant.add_document(id);
    // Surface words only: filter terms say where a passage is, not what it is about, and a surface
    // word can be shown back as a query whose matches are highlighted. Two letters tell little.
    struct WordsOnly : Xapian::ExpandDecider {
        bool operator()(const std::string& term) const override {
            return !xdoc::isFilterTerm(term) && term.size() > 2 && term.front() != '\x01' &&
                   term.find('"') == std::string::npos;
        }
    } wordsOnly;
    const Xapian::ESet expand = enquire.get_eset(20, relevant, &wordsOnly);
    std::vector<Xapian::Query> terms;
    for (auto it = expand.begin(); it != expand.end(); ++it)
        terms.emplace_back(*it);
    if (terms.empty()) return {};
    enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
    const auto wanted = static_cast<Xapian::doccount>(std::max<std::int64_t>(1, limit));
    const Xapian::MSet matches = enquire.get_mset(0, wanted + 1);
    std::vector<std::pair<std::int64_t, double>> ids;
    for (auto it = matches.begin(); it != matches.end() && ids.size() < wanted; ++it)
        if (*it != id) ids.emplace_back(static_cast<std::int64_t>(*it), it.get_weight());
    // The hits show the passage's own words that the expand set found.
    std::string words;
    for (auto it = expand.begin(); it != expand.end(); ++it)
        words += (words.empty() ? "\"" : " OR \"") + *it + "\"";
    const detail::PreparedQuery prepared = detail::prepareQuery(db, words);
    return detail::buildHits(db, prepared, ids);
}

} // namespace

std::vector<Hit> similarPassages(store::Database& db, const std::string& projectGuid,
                                 const std::string& passageGuid, std::int64_t limit) {
    try {
        return similarUnguarded(db, projectGuid, passageGuid, limit);
    } catch (const Xapian::Error& error) {
        throw Io("the ranked-search index failed: " + error.get_description());
    }
}

} // namespace cairn::search
