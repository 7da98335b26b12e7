// Spelling suggestions from the project's own vocabulary: misspelt words are corrected from the words
// of the passages in every language of the project, known words (as written or through their stems and
// mutations) are left alone, the dictionary follows edits and deletions through the outbox.

#include "common/error.h"
#include "search/spelling.h"
#include "search/xapian_index.h"
#include "xapian_fixture.h"

#include <catch2/catch.hpp>

using namespace cairn;
using namespace cairn::test;

namespace {

struct SpellingCorpus : XapianFixture {
    SpellingCorpus() {
        addSource("a", {{"Volunteering helped me find friends in Newport.", "en"},
                        {"Dw i'n dysgu Cymraeg yng Nghaerdydd.", "cy"},
                        {"Szukałam pracy przez dwa lata.", "pl"},
                        {"The housing officer was kind.", "en"}});
    }
    search::Suggestion suggest(const std::string& query) {
        return search::suggestSpelling(project->db(), guid, query);
    }
};

} // namespace

TEST_CASE("a misspelt word is corrected from the project's vocabulary, in any of its languages",
          "[search][spelling][xapian]") {
    SpellingCorpus c;
    CHECK(c.suggest("volonteering").query == "volunteering");
    CHECK(c.suggest("Volonteering").query == "Volunteering"); // the written capital is kept
    CHECK(c.suggest("cymraec").query == "cymraeg");
    CHECK(c.suggest("pracyy").query == "pracy");
    const auto two = c.suggest("\"housng officer\" OR frends kind:interview");
    CHECK(two.query == "\"housing officer\" OR friends kind:interview");
    REQUIRE(two.corrections.size() == 2);
    CHECK(two.corrections[0].word == "housng");
    CHECK(two.corrections[0].suggestion == "housing");
}

TEST_CASE("known words, stems, prefixes and filters are not corrected", "[search][spelling][xapian]") {
    SpellingCorpus c;
    CHECK(c.suggest("volunteering").query.empty());
    CHECK(c.suggest("volunteer").query.empty());    // an English stem of a word in the project
    CHECK(c.suggest("volunterring").query.empty()); // misspelt, but its stem finds "Volunteering"
    CHECK(c.suggest("Caerdydd").query.empty());     // the radical of "Nghaerdydd"
    CHECK(c.suggest("volunt*").query.empty());      // a prefix is not a word
    CHECK(c.suggest("kind:interview").query.empty());
    CHECK(c.suggest("xqzwv").query.empty()); // nothing near enough
    CHECK_THROWS_AS(c.suggest("(unclosed"), InvalidInput);
}

TEST_CASE("a ranked search carries the suggestion, from either engine", "[search][spelling][xapian]") {
    SpellingCorpus c;
    CHECK(c.ranked("volonteering").suggestion.query == "volunteering");
    CHECK(c.ranked("volonteering", search::Engine::Fts).suggestion.query == "volunteering");
    CHECK(c.ranked("volunteering").suggestion.query.empty());
}

TEST_CASE("the spelling dictionary follows edits and deletions", "[search][spelling][xapian][outbox]") {
    SpellingCorpus c;
    CHECK(c.suggest("ofiser").query == "officer");
    c.project->db().exec(
        "UPDATE passages SET text = 'The housing adviser was kind.' WHERE text LIKE '%officer%'");
    CHECK(c.suggest("ofiser").query.empty());
    CHECK(c.suggest("advisr").query == "adviser");
    c.project->db().exec("DELETE FROM passages WHERE text LIKE '%adviser%'");
    CHECK(c.suggest("advisr").query.empty());
    // A rebuilt dictionary is the replayed one.
    search::rebuildXapianIndex(c.project->db(), c.guid);
    CHECK(c.suggest("advisr").query.empty());
    CHECK(c.suggest("volonteering").query == "volunteering");
}
