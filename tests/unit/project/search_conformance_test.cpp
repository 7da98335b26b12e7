// The multilingual search conformance set (../shared/multilingual: docs.tsv, queries.tsv) through the
// whole engine: each passage imported as its own source (named by its id, with its declared language),
// each query run by Project::search (parser, compiler, the FTS5 index with the analyser as tokenizer,
// bm25), every must_match found and every must_not_match not found, and each hit's highlights lying on
// words of its passage. Rows the engine cannot satisfy yet are listed in kExpectedFailures with the
// reason and checked with CHECK_NOFAIL (never deleted or loosened); an id absent from docs.tsv is
// reported and skipped. Cairn's engine-level rows (operators, filters, exact search) follow.

#include "project/project.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"
#include "support/tsv.h"
#include "text/utf.h"

#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <sstream>

using namespace cairn;

namespace {

struct Doc {
    std::string language, text;
};

struct Row {
    std::string query, mustMatch, mustNotMatch, why;
    bool exact = false;
};

using cairn::test::readTsv;
using cairn::test::splitIds;

// The engine's own rows, over the shared passages: operators, filters, prefixes and exact search.
const std::vector<Row> kEngineRows = {
    {"Cymr*", "p1,m1", "p2", "a prefix matches words as written: no demutation of Gymraeg"},
    {"dosbarth NEAR/3 llyfrgell", "p1", "", "NEAR: three words apart"},
    {"dosbarth NEAR/1 llyfrgell", "", "p1", "NEAR: too far apart"},
    {"NEAR(ffurflen Saesneg, 6)", "p2", "p1", "NEAR( … , N)"},
    {"\"dod o\"", "p3,p8", "p6", "a Welsh phrase"},
    {"tref OR plant", "p4,p6", "p1", "OR"},
    {"Cymraeg -Saesneg", "p1,m1", "p2", "NOT subtracts"},
    {"-Cymraeg lang:cy", "p3,p4", "p1,p2", "NOT with a filter and nothing to subtract from in FTS5"},
    {"Cymraeg lang:en", "m1", "p1,p2", "lang: filters passages and restricts expansion"},
    {"lang:pl", "l1,l2", "p1,r1", "filters alone list every passage they select"},
    {"(Cymraeg OR lang:fr) -Saesneg", "p1,m1,r1,r2", "p2,e1", "a filter inside OR"},
    {"kind:document praca", "l1", "l2", "kind: filter"},
    {"source:l2 corka", "l2", "l1", "source: filter by name"},
    {"Cymraeg", "p1,m1", "p2", "exact: Gymraeg is another word as written", true},
    {"cymraeg", "", "p1,m1", "exact: case matters", true},
    {"Łodzi", "l1", "", "exact: the word as written", true},
    {"lodzi", "", "l1", "exact: diacritics matter", true},
    {"\"waiting lists\"", "", "e4", "exact: Waiting has a capital", true},
    {"\"Waiting lists\"", "e4", "", "exact phrase as written", true},
    {"Mae -Cymraeg", "p2,p3,p7", "p1,p8",
     "exact: NOT on exact words; Gymraeg is not Cymraeg, though folded NOT would exclude it", true},
};

// (query, passage id) → why the engine cannot satisfy it yet.
const std::map<std::pair<std::string, std::string>, std::string> kExpectedFailures = {};

struct Tally {
    int passed = 0, total = 0;
};

} // namespace

TEST_CASE("the multilingual conformance set passes through the project's search",
          "[project][search][conformance]") {
    const auto shared = test::sharedDir() / "multilingual";
    test::TempDir dir;
    auto project = project::Project::create((dir / "conformance.cairn").string(), "Conformance");
    std::map<std::string, Doc> docs;
    for (const auto& row : readTsv(test::readFile(shared / "docs.tsv"))) {
        REQUIRE(row.size() >= 3);
        docs[row[0]] = {row[1], row[2]};
        const auto file = dir / (row[0] + ".txt");
        test::writeFile(file, row[2]);
        project::ImportRequest request;
        request.path = file.string();
        request.name = row[0];
        request.lang = row[1];
        request.layout = "none";
        project->importFile(request);
    }
    std::vector<Row> rows;
    for (const auto& r : readTsv(test::readFile(shared / "queries.tsv"))) {
        REQUIRE(r.size() >= 2);
        rows.push_back({r[0], r[1], r.size() > 2 ? r[2] : "", r.size() > 3 ? r[3] : ""});
    }
    REQUIRE(rows.size() >= 30);
    const std::size_t sharedRows = rows.size();
    rows.insert(rows.end(), kEngineRows.begin(), kEngineRows.end());

    std::map<std::string, Tally> recall; // per language of the passages that must match (shared rows)
    int expectedFailures = 0, skipped = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& q = rows[i];
        std::map<std::string, search::Hit> found;
        for (auto& hit : project->search({q.query, 0, 0, q.exact}))
            found.emplace(hit.sourceName, std::move(hit));
        for (const auto& [ids, wanted] : {std::pair{q.mustMatch, true}, std::pair{q.mustNotMatch, false}}) {
            for (const auto& id : splitIds(ids)) {
                INFO("query " << q.query << (q.exact ? " (exact)" : "")
                              << (wanted ? " must find " : " must not find ") << id << " (" << q.why << ")");
                if (!docs.count(id)) {
                    WARN("passage " << id << " of query " << q.query << " is not in docs.tsv: skipped");
                    ++skipped;
                    continue;
                }
                const bool hit = found.count(id) > 0;
                if (wanted && i < sharedRows) {
                    auto& tally = recall[docs[id].language];
                    ++tally.total;
                    tally.passed += hit;
                }
                const auto expected = kExpectedFailures.find({q.query, id});
                if (expected != kExpectedFailures.end()) {
                    INFO("expected to fail: " << expected->second);
                    CHECK_NOFAIL(hit == wanted);
                    ++expectedFailures;
                } else {
                    CHECK(hit == wanted);
                }
            }
        }
        // Every highlight of every hit is a whole word of its passage.
        for (const auto& [id, hit] : found) {
            INFO("query " << q.query << " hit " << id);
            if (q.query.find(':') == std::string::npos && q.query.front() != '-')
                CHECK_FALSE(hit.highlights.empty());
            const auto& text = docs[id].text;
            for (const auto& h : hit.highlights) {
                CHECK(h.start >= hit.start);
                CHECK(h.end <= hit.end);
                const auto word = text::sliceCodePoints(text, h.start - hit.start, h.end - hit.start);
                CHECK_FALSE(word.empty());
                CHECK(word.find(' ') == std::string_view::npos);
            }
        }
    }
    std::ostringstream summary;
    summary << "recall by passage language:";
    for (const auto& [language, tally] : recall)
        summary << ' ' << language << ' ' << tally.passed << '/' << tally.total;
    summary << "; expected failures " << expectedFailures << "; skipped " << skipped;
    WARN(summary.str());
}
