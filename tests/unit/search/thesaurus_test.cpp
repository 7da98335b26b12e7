// The project's thesaurus at query time: a word or "phrase" of a ring finds the other entries, in both
// engines alike, with the synonyms highlighted; prefixes and NEAR are left as written; keys fold case
// and accents.

#include "search/thesaurus.h"
#include "store/thesaurus_store.h"
#include "xapian_fixture.h"

#include <catch2/catch.hpp>

using namespace cairn;
using namespace cairn::test;

namespace {

struct ThesaurusCorpus : XapianFixture {
    ThesaurusCorpus() {
        addSource("a", {{"I waited two years for ESOL at the college.", "en"},
                        {"The volunteers run English classes at the library.", "en"},
                        {"Her English lessons were on Tuesdays.", "en"},
                        {"We moved to Cardiff in the spring.", "en"},
                        {"Dw i'n byw yng Nghaerdydd nawr.", "cy"},
                        {"The classes were full.", "en"}});
        ring({"ESOL", "English classes", "English lessons"});
        ring({"Caerdydd", "Cardiff"});
    }

    void ring(const std::vector<std::string>& phrases) {
        store::Transaction txn(project->db());
        const auto id = store::newThesaurusRing(project->db());
        for (const auto& phrase : phrases)
            store::addThesaurusEntry(*project, txn, id, phrase, search::thesaurusKey(phrase));
        txn.commit();
    }

    std::set<std::string> both(const std::string& query) {
        const auto fts = viaFts(query);
        CHECK(viaXapian(query) == fts);
        return fts;
    }
};

} // namespace

TEST_CASE("a thesaurus key is the folded words of a phrase", "[search][thesaurus]") {
    CHECK(search::thesaurusKey("English  Classes") == "english classes");
    CHECK(search::thesaurusKey("Caerdydd") == search::thesaurusKey("CAERDYDD"));
    CHECK(search::thesaurusKey("café") == search::thesaurusKey("Cafe"));
    CHECK(search::thesaurusKey("--").empty());
}

TEST_CASE("a word of a ring finds every entry of it, in both engines", "[search][thesaurus][xapian]") {
    ThesaurusCorpus c;
    const std::set<std::string> esol{"a[0]", "a[1]", "a[2]"};
    CHECK(c.both("ESOL") == esol);
    CHECK(c.both("esol") == esol);
    CHECK(c.both("\"English classes\"") == esol);
    CHECK(c.both("\"english lessons\"") == esol);
    // Cardiff finds the Welsh mutated form through the ring's Caerdydd, and the other way round.
    const std::set<std::string> cardiff{"a[3]", "a[4]"};
    CHECK(c.both("Cardiff") == cardiff);
    CHECK(c.both("Caerdydd") == cardiff);
    // Inside a larger query the ring is one alternative.
    CHECK(c.both("ESOL AND college") == std::set<std::string>{"a[0]"});
    CHECK(c.both("ESOL -library") == std::set<std::string>{"a[0]", "a[2]"});
}

TEST_CASE("the thesaurus leaves unrelated words, prefixes and NEAR as written",
          "[search][thesaurus][xapian]") {
    ThesaurusCorpus c;
    CHECK(c.both("classes") == std::set<std::string>{"a[1]", "a[5]"}); // one word of a two-word entry
    CHECK(c.both("ESO*") == std::set<std::string>{"a[0]"});
    CHECK(c.both("ESOL NEAR/3 college") == std::set<std::string>{"a[0]"});
}

TEST_CASE("a synonym's words are highlighted like the query's own", "[search][thesaurus]") {
    ThesaurusCorpus c;
    for (const auto& engine : {search::Engine::Fts, search::Engine::Xapian}) {
        const auto result = c.ranked("ESOL", engine);
        for (const auto& hit : result.hits) {
            INFO(hit.snippet);
            CHECK_FALSE(hit.highlights.empty());
        }
    }
}
