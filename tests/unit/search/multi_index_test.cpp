// Several projects searched at once through their Xapian indexes: one ranking, each hit from its own
// project, filters and facets that mean the same in every project, and refusals for those that do not.

#include "common/error.h"
#include "xapian_fixture.h"

#include <catch2/catch.hpp>

using namespace cairn;
using namespace cairn::test;

TEST_CASE("a search across projects finds the passages of each, named by project",
          "[search][xapian][multi]") {
    XapianFixture newport;
    newport.addSource("n1",
                      {{"English classes at the library in Newport.", "en"}, {"Housing was damp.", "en"}});
    XapianFixture swansea; // its cache directory holds both indexes from here on
    swansea.addSource("s1", {{"English conversation club on Mondays.", "en"},
                             {"Dw i'n dysgu Cymraeg.", "cy"},
                             {"No English at all at first.", "en"}});
    const std::vector<search::SearchShard> shards{{&newport.project->db(), newport.guid, "Newport"},
                                                  {&swansea.project->db(), swansea.guid, "Swansea"}};
    search::RankedRequest request;
    request.search = {"English", 0, 0, false};
    request.facets = {"kind", "lang"};
    const auto result = search::rankedSearchAcross(shards, request);
    CHECK(result.engine == "xapian");
    CHECK(result.total == 3);
    std::set<std::string> found;
    for (const auto& h : result.hits)
        found.insert(h.project + ":" + h.sourceName + "[" + std::to_string(h.passageIndex) + "]");
    CHECK(found == std::set<std::string>{"Newport:n1[0]", "Swansea:s1[0]", "Swansea:s1[2]"});
    for (const auto& h : result.hits)
        CHECK_FALSE(h.highlights.empty());
    REQUIRE(result.facets.at("lang").size() == 1);
    CHECK(result.facets.at("lang")[0].count == 3);

    // A word in one project's language expands in the other's too; lang: and kind: filter both.
    request.search.query = "dysgu lang:cy";
    request.facets.clear();
    const auto welsh = search::rankedSearchAcross(shards, request);
    REQUIRE(welsh.hits.size() == 1);
    CHECK(welsh.hits[0].project == "Swansea");

    // Paging over the one ranking.
    request.search = {"English", 1, 1, false};
    CHECK(search::rankedSearchAcross(shards, request).hits.size() == 1);
}

TEST_CASE("a search across projects refuses what names one project's data", "[search][xapian][multi]") {
    XapianFixture a;
    a.addSource("x", {{"English classes.", "en"}});
    XapianFixture b;
    b.addSource("y", {{"English lessons.", "en"}});
    const std::vector<search::SearchShard> shards{{&a.project->db(), a.guid, "A"},
                                                  {&b.project->db(), b.guid, "B"}};
    search::RankedRequest request;
    for (const char* query :
         {"English source:x", "English case:Amira", "English attr:year=2020", "code:Barriers"}) {
        INFO(query);
        request.search = {query, 0, 0, false};
        CHECK_THROWS_AS(search::rankedSearchAcross(shards, request), InvalidInput);
    }
    request.search = {"English", 0, 0, false};
    request.facets = {"case"};
    CHECK_THROWS_AS(search::rankedSearchAcross(shards, request), InvalidInput);
    request.facets.clear();
    request.engine = search::Engine::Fts;
    CHECK_THROWS_AS(search::rankedSearchAcross(shards, request), InvalidInput);
}
