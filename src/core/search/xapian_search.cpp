#include "coding/code_tree.h"
#include "common/error.h"
#include "search/ranked_search.h"
#include "search/search_detail.h"
#include "search/xapian_document.h"
#include "search/xapian_index.h"
#include "search/xapian_query.h"
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

RankedResult answerWithXapian(store::Database& db, const Xapian::Database& index,
                              const RankedRequest& request, bool local) {
    const auto prepared = detail::prepareQuery(db, request.search.query);
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
    // Every match is counted (checkatleast = all): totals and facets are of the whole result set.
    const Xapian::MSet matches =
        enquire.get_mset(static_cast<Xapian::doccount>(request.search.offset), limit, all);
    std::vector<std::pair<std::int64_t, double>> ids;
    for (auto it = matches.begin(); it != matches.end(); ++it)
        ids.emplace_back(static_cast<std::int64_t>(*it), it.get_weight());
    RankedResult result;
    result.engine = "xapian";
    result.indexCurrent = local; // a remote index is as current as its server keeps it
    result.total = static_cast<std::int64_t>(matches.get_matches_estimated());
    result.hits = detail::buildHits(db, prepared, ids);
    for (std::size_t i = 0; i < plans.size(); ++i)
        result.facets[plans[i].name] = facetValues(db, plans[i], *spies[i]);
    return result;
}

RankedResult rankedSearchUnguarded(store::Database& db, const std::string& projectGuid,
                                   const RankedRequest& request, const ProgressFn& indexProgress) {
    if (request.search.offset < 0) throw InvalidInput("the offset of a search cannot be negative");
    if (!request.remote.empty()) {
        if (request.engine == Engine::Fts) throw InvalidInput("--remote searches a Xapian index, not FTS5");
        if (request.search.exact) throw InvalidInput("exact search is answered by the local full-text index");
        try {
            return answerWithXapian(db, openRemote(request.remote), request, false);
        } catch (const XapianUnsupported& unsupported) {
            throw InvalidInput(std::string(unsupported.what()) + ", which a remote index cannot");
        }
    }
    if (request.engine == Engine::Fts) return answerWithFts(db, request, {});
    if (request.search.exact) {
        if (request.engine == Engine::Xapian)
            throw InvalidInput("exact search is answered by the full-text index (--engine fts)");
        return answerWithFts(db, request, "exact search is answered by the full-text index");
    }
    const IndexStatus status = syncXapianIndex(db, projectGuid, request.updateIndex, indexProgress);
    if (status.state != IndexState::Current) {
        if (request.engine == Engine::Xapian)
            throw InvalidInput("the ranked-search index cannot answer: " + status.note);
        return answerWithFts(db, request, status.note);
    }
    try {
        return answerWithXapian(db, Xapian::Database(status.database.string()), request, true);
    } catch (const XapianUnsupported& unsupported) {
        if (request.engine == Engine::Xapian) throw InvalidInput(unsupported.what());
        return answerWithFts(db, request, unsupported.what());
    } catch (const Xapian::UnimplementedError& unimplemented) {
        // A query shape this Xapian cannot match (found at match time): FTS5 can.
        if (request.engine == Engine::Xapian) throw;
        return answerWithFts(db, request, "Xapian cannot match this query: " + unimplemented.get_msg());
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
