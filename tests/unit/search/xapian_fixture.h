#pragma once
// A search fixture whose project also has a Xapian index, in a cache directory of its own (the test's
// temporary directory), and helpers to ask either engine.

#include "search/ranked_search.h"
#include "search/xapian_index.h"
#include "search_fixture.h"

#include <cstdlib>
#include <set>
#include <string>
#include <vector>

namespace cairn::test {

struct XapianFixture : SearchFixture {
    XapianFixture() {
        ::setenv("XDG_CACHE_HOME", (dir / "cache").c_str(), 1);
        guid = project->guid();
    }

    search::RankedResult ranked(const std::string& query, search::Engine engine = search::Engine::Xapian,
                                std::vector<std::string> facets = {}) {
        search::RankedRequest request;
        request.search = {query, 0, 0, false};
        request.engine = engine;
        request.facets = std::move(facets);
        return search::rankedSearch(project->db(), guid, request);
    }

    static std::set<std::string> names(const std::vector<search::Hit>& hits) {
        std::set<std::string> out;
        for (const auto& h : hits)
            out.insert(h.sourceName + "[" + std::to_string(h.passageIndex) + "]");
        return out;
    }

    std::set<std::string> viaFts(const std::string& query) { return names(find(query)); }
    std::set<std::string> viaXapian(const std::string& query) { return names(ranked(query).hits); }

    std::vector<std::string> check() { return search::checkXapianIndex(project->db(), guid, 1); }

    std::string guid;
};

} // namespace cairn::test
