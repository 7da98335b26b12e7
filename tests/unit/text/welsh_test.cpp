#include "support/test_paths.h"
#include "text/analyser.h"
#include "text/fold.h"
#include "text/welsh.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <sstream>

using namespace cairn::text;

namespace {

struct Mutation {
    std::string surface, radical, kind;
};

// tests/data/welsh/mutations.tsv: surface, radical, mutation; '#' lines are comments.
std::vector<Mutation> mutations() {
    std::istringstream in(cairn::test::readFile(cairn::test::dataDir() / "welsh" / "mutations.tsv"));
    std::vector<Mutation> rows;
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        if (header) {
            header = false;
            continue;
        }
        std::istringstream fields(line);
        Mutation m;
        std::getline(fields, m.surface, '\t');
        std::getline(fields, m.radical, '\t');
        std::getline(fields, m.kind, '\t');
        rows.push_back(m);
    }
    return rows;
}

bool contains(const std::vector<std::string>& all, const std::string& one) {
    return std::find(all.begin(), all.end(), one) != all.end();
}

} // namespace

TEST_CASE("every mutated form in the Welsh table has its radical among the candidates", "[text][cy]") {
    const auto rows = mutations();
    REQUIRE(rows.size() >= 200);
    std::map<std::string, int> perKind;
    for (const auto& [surface, radical, kind] : rows) {
        INFO(surface << " (" << kind << ") should give " << radical);
        CHECK(contains(welshRadicalCandidates(fold(surface)), fold(radical)));
        ++perKind[kind];
    }
    for (const char* kind : {"soft", "nasal", "aspirate", "h-prothesis"}) {
        INFO(kind);
        CHECK(perKind[kind] >= 15);
    }
}

TEST_CASE("Welsh radicals are indexed as cy keys, so a radical query finds every mutated form",
          "[text][cy]") {
    const Analyser analyser(AnalyserOptions{.expand = true, .exact = false, .queryLanguages = {"cy"}});
    for (const auto& [surface, radical, kind] : mutations()) {
        std::set<std::string> indexed;
        for (const auto& t : analyser.analyse(surface, "cy"))
            indexed.insert(t.term);
        const auto query = analyser.queryTermVariants(radical);
        INFO(radical << " should find " << surface);
        CHECK(std::any_of(query.begin(), query.end(),
                          [&](const std::string& q) { return indexed.count(q) > 0; }));
    }
}

TEST_CASE("Welsh mutation candidates follow the rules, each once", "[text][cy]") {
    using V = std::vector<std::string>;
    const std::vector<std::pair<std::string, V>> rows = {
        {"law", {"llaw", "glaw"}},          // soft l and the dropped g
        {"fam", {"bam", "mam"}},            // f from b or m
        {"ddysgu", {"dysgu"}},              // dd is d, not t
        {"nghaerdydd", {"caerdydd"}},       // ngh only from c
        {"ngwaith", {"gwaith"}},            // ng from g
        {"mhobl", {"pobl"}},                // mh only from p
        {"thad", {"tad"}},                  // aspirate
        {"henw", {"enw"}},                  // h-prothesis
        {"weithio", {"gweithio"}},          // w from gw
        {"ardd", {"gardd"}},                // dropped g before a vowel
        {"raglen", {"rhaglen", "graglen"}}, // r from rh or gr
    };
    for (const auto& [surface, expected] : rows) {
        INFO(surface);
        auto got = welshRadicalCandidates(surface);
        for (const auto& e : expected)
            CHECK(contains(got, e));
        std::sort(got.begin(), got.end());
        CHECK(std::adjacent_find(got.begin(), got.end()) == got.end());
        CHECK_FALSE(contains(got, surface));
    }
}

TEST_CASE("Welsh letters that are never mutated forms take no candidates from them", "[text][cy]") {
    // ff, ll and rh are letters of their own; c, p and t are never the result of a mutation.
    for (const std::string word : {"ffrind", "llyfr", "rhieni", "cath", "plant", "tad"})
        CHECK(welshRadicalCandidates(word).empty());
    CHECK(welshRadicalCandidates("a").empty()); // too short to say
    CHECK(welshRadicalCandidates("").empty());
}
