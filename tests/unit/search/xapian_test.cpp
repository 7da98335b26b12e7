// The Xapian index against the project and against FTS5: both engines find the same passages (the
// shared multilingual conformance set and a filter table), the outbox keeps the index in step through
// inserts, edits, deletes, case and attribute changes, and the index recovers from being deleted,
// corrupted, built by another analyser version, ahead of the project, or its writer killed mid-batch.

#include "common/error.h"
#include "search/ranked_search.h"
#include "search/xapian_index.h"
#include "support/test_paths.h"
#include "support/tsv.h"
#include "xapian_fixture.h"

#include <catch2/catch.hpp>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

using namespace cairn;
using namespace cairn::test;

namespace {

// Two interviews and field notes, a case through a source and a case through a speaker, attributes.
struct Corpus : XapianFixture {
    Corpus() {
        addSource("amira", {{"Interviewer: How long have you lived in Cardiff?", "en", "Interviewer"},
                            {"Three years. I learnt English at the community centre and volunteering helped.",
                             "en", "Amira"},
                            {"Dw i'n dysgu Cymraeg yng Nghaerdydd bob nos Fawrth.", "cy", "Amira"}});
        addSource("notes",
                  {{"Housing waiting lists are long; the council refused two applications.", "en"},
                   {"The volunteers run English classes at the library.", "en"},
                   {"Waiting for a visa decision took eleven months.", "en-GB"}},
                  "field-notes");
        store::Transaction txn(project->db());
        auto& db = project->db();
        const auto amira = store::ensureCase(*project, txn, "Amira");
        const auto council = store::ensureCase(*project, txn, "Council", "organisation");
        store::defineAttribute(*project, txn, "arrival_year", "integer");
        store::defineAttribute(*project, txn, "status", "text");
        store::setCaseValue(*project, txn, amira, *store::findAttribute(db, "arrival_year"),
                            store::SqlValue{std::int64_t{2020}});
        store::setCaseValue(*project, txn, amira, *store::findAttribute(db, "status"),
                            store::SqlValue{std::string("Refused")});
        store::setCaseValue(*project, txn, council, *store::findAttribute(db, "arrival_year"),
                            store::SqlValue{std::int64_t{2015}});
        for (const auto& s : store::listSpeakers(db, store::findSource(db, "amira").id))
            if (s.name == "Amira") store::linkSpeakerCase(*project, txn, s.id, amira);
        store::linkCaseSource(*project, txn, council, store::findSource(db, "notes").id);
        txn.commit();
    }
};

const std::vector<std::string> kQueries = {"English",
                                           "volunteering",
                                           "Caerdydd",
                                           "Gymraeg",
                                           "\"waiting lists\"",
                                           "waiting NEAR/2 long",
                                           "wait*",
                                           "English OR visa",
                                           "English -classes",
                                           "-English",
                                           "kind:interview",
                                           "kind:field-notes English",
                                           "lang:en",
                                           "lang:cy",
                                           "speaker:amira",
                                           "case:Amira",
                                           "case:Council waiting",
                                           "source:notes",
                                           "attr:arrival_year=2020",
                                           "attr:status=refused",
                                           "attr:arrival_year=2015 OR Cymraeg",
                                           "(English OR Cymraeg) -kind:field-notes",
                                           "\"community centre\" OR \"English classes\""};

} // namespace

TEST_CASE("Xapian and FTS5 find the same passages for every kind of query", "[search][xapian]") {
    Corpus corpus;
    for (const auto& query : kQueries) {
        INFO(query);
        const auto fts = corpus.viaFts(query);
        CHECK_FALSE(fts.empty());
        CHECK(corpus.viaXapian(query) == fts);
    }
    CHECK(corpus.ranked("English").engine == "xapian");
    CHECK(corpus.ranked("English").total == 2);
}

TEST_CASE("the shared multilingual conformance set gives the same answers in both engines",
          "[search][xapian][conformance]") {
    XapianFixture f;
    const auto shared = sharedDir() / "multilingual";
    for (const auto& row : readTsv(readFile(shared / "docs.tsv")))
        f.addSource(row.at(0), {{row.at(2), row.at(1)}});
    for (const auto& row : readTsv(readFile(shared / "queries.tsv"))) {
        const std::string& query = row.at(0);
        INFO(query);
        std::set<std::string> fts, xapian;
        for (const auto& h : f.find(query))
            fts.insert(h.sourceName);
        for (const auto& h : f.ranked(query).hits)
            xapian.insert(h.sourceName);
        CHECK(xapian == fts);
        for (const auto& id : splitIds(row.at(1)))
            if (!id.starts_with("m")) CHECK(xapian.count(id) == 1); // m…: memos, which only FTS5 holds
        for (const auto& id : splitIds(row.size() > 2 ? row.at(2) : std::string()))
            CHECK(xapian.count(id) == 0);
    }
}

TEST_CASE("the outbox carries every change to the index", "[search][xapian][outbox]") {
    Corpus corpus;
    auto& db = corpus.project->db();
    REQUIRE(corpus.viaXapian("housing") == std::set<std::string>{"notes[0]"});

    db.exec("UPDATE passages SET text = 'Housing is scarce in Newport.' WHERE idx = 1 AND source_id = "
            "(SELECT id FROM sources WHERE name = 'notes')");
    CHECK(corpus.viaXapian("housing") == std::set<std::string>{"notes[0]", "notes[1]"});
    CHECK(corpus.viaXapian("library").empty());

    db.exec(
        "DELETE FROM passages WHERE idx = 0 AND source_id = (SELECT id FROM sources WHERE name = 'notes')");
    CHECK(corpus.viaXapian("housing") == std::set<std::string>{"notes[1]"});

    // A case linked to a source, an attribute value changed, a source's kind changed: filters follow.
    db.exec("INSERT INTO case_sources(case_id, source_id) SELECT c.id, s.id FROM cases c, sources s "
            "WHERE c.name = 'Amira' AND s.name = 'notes'");
    CHECK(corpus.viaXapian("case:Amira visa") == std::set<std::string>{"notes[2]"});
    db.exec("UPDATE case_values SET value = 'Granted' WHERE attribute_id = (SELECT id FROM attributes "
            "WHERE name = 'status')");
    CHECK(corpus.viaXapian("attr:status=granted") == corpus.viaFts("attr:status=granted"));
    CHECK(corpus.viaXapian("attr:status=refused").empty());
    db.exec("UPDATE sources SET kind = 'submission' WHERE name = 'notes'");
    CHECK(corpus.viaXapian("kind:submission") == corpus.viaFts("kind:submission"));

    // A rolled-back change leaves no outbox rows and no trace in the index.
    db.exec("BEGIN");
    db.exec("DELETE FROM passages");
    db.exec("ROLLBACK");
    CHECK(corpus.viaXapian("English") == corpus.viaFts("English"));
    CHECK(corpus.check().empty());
}

TEST_CASE("while the index is behind, search answers from FTS5 and says so", "[search][xapian][outbox]") {
    Corpus corpus;
    REQUIRE(corpus.ranked("English", search::Engine::Auto).engine == "xapian");
    corpus.addSource("late", {{"English at the mosque on Sundays.", "en"}});
    search::RankedRequest request;
    request.search = {"English", 0, 0, false};
    request.updateIndex = false;
    const auto behind = search::rankedSearch(corpus.project->db(), corpus.guid, request);
    CHECK(behind.engine == "fts");
    CHECK_FALSE(behind.indexCurrent);
    CHECK_FALSE(behind.note.empty());
    CHECK(behind.hits.size() == 3);
    request.updateIndex = true;
    const auto current = search::rankedSearch(corpus.project->db(), corpus.guid, request);
    CHECK(current.engine == "xapian");
    CHECK(current.hits.size() == 3);
    request.engine = search::Engine::Xapian;
    request.search.exact = true;
    CHECK_THROWS_AS(search::rankedSearch(corpus.project->db(), corpus.guid, request), InvalidInput);
}

TEST_CASE("a deleted, corrupt, stale or foreign index is rebuilt and agrees again",
          "[search][xapian][rebuild]") {
    Corpus corpus;
    const auto root = search::xapianIndexRoot(corpus.guid);
    REQUIRE(corpus.viaXapian("English").size() == 2);
    const auto current = search::syncXapianIndex(corpus.project->db(), corpus.guid, false);
    REQUIRE(current.state == search::IndexState::Current);

    SECTION("deleted") {
        std::filesystem::remove_all(root);
    }
    SECTION("corrupt") {
        for (const auto& entry : std::filesystem::directory_iterator(current.database)) {
            std::ofstream out(entry.path(), std::ios::binary | std::ios::trunc);
            out << "not a xapian table";
        }
    }
    SECTION("another analyser version") {
        Xapian::WritableDatabase index(current.database.string(), Xapian::DB_OPEN);
        index.set_metadata("cairn:analyser", "0");
        index.commit();
    }
    SECTION("ahead of the project (an older copy of the file)") {
        Xapian::WritableDatabase index(current.database.string(), Xapian::DB_OPEN);
        index.set_metadata("cairn:applied_seq", "999999");
        index.commit();
    }
    const auto status = search::syncXapianIndex(corpus.project->db(), corpus.guid, false);
    CHECK(status.state == search::IndexState::Missing);
    CHECK(corpus.ranked("English", search::Engine::Auto).engine == "xapian");
    CHECK(corpus.viaXapian("English") == corpus.viaFts("English"));
    CHECK(corpus.check().empty());
    // The swap left one database directory.
    int databases = 0;
    for (const auto& entry : std::filesystem::directory_iterator(root))
        databases += entry.is_directory() ? 1 : 0;
    CHECK(databases == 1);
}

TEST_CASE("a writer killed mid-batch leaves an index that catches up", "[search][xapian][outbox]") {
    XapianFixture f;
    std::vector<PassageSpec> passages;
    for (int i = 0; i < 3000; ++i)
        passages.emplace_back("passage number w" + std::to_string(i) + " about housing and English classes");
    f.addSource("big", passages);
    REQUIRE(f.ranked("w1", search::Engine::Auto).engine == "xapian");
    f.project->db().exec("UPDATE passages SET text = text || ' amended'");
    for (int delayMs : {1, 5, 20, 60}) {
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            // A fresh connection in the child: SQLite connections must not cross fork.
            try {
                auto mine = store::ProjectFile::open(f.path, {.readOnly = true});
                search::syncXapianIndex(mine->db(), f.guid, true);
            } catch (const std::exception&) {
                _exit(1);
            }
            _exit(0);
        }
        usleep(static_cast<useconds_t>(delayMs * 1000));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
    }
    CHECK(f.ranked("amended").total == 3000);
    CHECK(f.check().empty());
}

TEST_CASE("facet counts are those of SQL over the whole result set", "[search][xapian][facets]") {
    Corpus corpus;
    search::RankedRequest request;
    request.search = {"English OR waiting OR Cymraeg", 1, 0, false};
    request.engine = search::Engine::Xapian;
    request.facets = {"kind", "lang", "case", "arrival_year"};
    const auto result = search::rankedSearch(corpus.project->db(), corpus.guid, request);
    REQUIRE(result.hits.size() == 1);
    CHECK(result.total == 5);
    auto count = [&](const std::string& query) {
        return static_cast<std::int64_t>(corpus.viaFts(query).size());
    };
    auto facet = [&](const std::string& name, const std::string& value) -> std::int64_t {
        for (const auto& v : result.facets.at(name))
            if (v.value == value) return v.count;
        return 0;
    };
    const std::string q = "(English OR waiting OR Cymraeg) ";
    CHECK(facet("kind", "interview") == count(q + "kind:interview"));
    CHECK(facet("kind", "field-notes") == count(q + "kind:field-notes"));
    CHECK(facet("lang", "en") == 3);
    CHECK(facet("lang", "en-GB") == 1);
    CHECK(facet("case", "Amira") == count(q + "case:Amira"));
    CHECK(facet("case", "Council") == count(q + "case:Council"));
    CHECK(facet("arrival_year", "2015") == count(q + "attr:arrival_year=2015"));
    CHECK_THROWS_AS(corpus.ranked("English", search::Engine::Xapian, {"nothing"}), InvalidInput);
}

TEST_CASE("more like this finds passages about the same thing, not the passage itself", "[search][xapian]") {
    Corpus corpus;
    corpus.addSource("more", {{"English classes and volunteers at the library every week.", "en"},
                              {"The bus to Newport is late again.", "en"}});
    const auto seed = corpus.find("\"English classes at the library\"");
    REQUIRE(seed.size() == 1);
    const auto similar =
        search::similarPassages(corpus.project->db(), corpus.guid, seed.front().passageGuid, 3);
    REQUIRE_FALSE(similar.empty());
    CHECK(similar.front().sourceName == "more");
    CHECK(similar.front().passageIndex == 0);
    for (const auto& h : similar)
        CHECK(h.passageGuid != seed.front().passageGuid);
    CHECK_THROWS_AS(search::similarPassages(corpus.project->db(), corpus.guid, "no-such-guid"), NotFound);
}

TEST_CASE("queries the index cannot say are answered by FTS5 with a note", "[search][xapian]") {
    Corpus corpus;
    for (const std::string query : {"waiting NEAR/2 lon*", "\"waiting li\"*", "attr:arrival_year>2016"}) {
        INFO(query);
        const auto result = corpus.ranked(query, search::Engine::Auto);
        CHECK(result.engine == "fts");
        CHECK_FALSE(result.note.empty());
        CHECK(XapianFixture::names(result.hits) == corpus.viaFts(query));
        CHECK_FALSE(result.hits.empty());
        CHECK_THROWS_AS(corpus.ranked(query, search::Engine::Xapian), InvalidInput);
    }
}

TEST_CASE("applied outbox rows are pruned; an index behind the pruned rows is rebuilt",
          "[search][xapian][outbox][prune]") {
    Corpus corpus;
    auto& db = corpus.project->db();
    REQUIRE(corpus.viaXapian("English").size() == 2);
    const auto root = search::xapianIndexRoot(corpus.guid);
    const auto saved = corpus.dir / "older-index";
    std::filesystem::copy(root, saved, std::filesystem::copy_options::recursive);
    const auto applied = search::syncXapianIndex(db, corpus.guid, false).appliedSeq;
    for (int round = 0; round < 5; ++round)
        db.exec("UPDATE passages SET text = text || ' again'");
    const auto newest = db.queryInt("SELECT MAX(seq) FROM search_outbox");
    REQUIRE(newest > applied + 20);

    // Only rows this index has applied go, however few are to be kept: it catches up without a rebuild.
    CHECK(search::pruneSearchOutbox(db, corpus.guid, 1) > 0);
    CHECK(db.queryInt("SELECT MIN(seq) FROM search_outbox") == applied + 1);
    const auto caughtUp = search::syncXapianIndex(db, corpus.guid, true);
    CHECK(caughtUp.state == search::IndexState::Current);
    CHECK_FALSE(caughtUp.rebuilt);
    CHECK(corpus.viaXapian("again") == corpus.viaFts("again"));

    // Now everything is applied: all but the newest `keep` rows go, and the sequence stays.
    CHECK(search::pruneSearchOutbox(db, corpus.guid, 3) > 0);
    CHECK(db.queryInt("SELECT COUNT(*) FROM search_outbox") == 3);
    CHECK(db.queryInt("SELECT MAX(seq) FROM search_outbox") == newest);
    CHECK(search::syncXapianIndex(db, corpus.guid, false).state == search::IndexState::Current);

    // Another copy of the index that had applied only the first rows (another user's cache) cannot
    // catch up from what is left, and is rebuilt.
    std::filesystem::remove_all(root);
    std::filesystem::copy(saved, root, std::filesystem::copy_options::recursive);
    CHECK(search::syncXapianIndex(db, corpus.guid, false).state == search::IndexState::Missing);
    CHECK(search::syncXapianIndex(db, corpus.guid, true).rebuilt);
    CHECK(corpus.viaXapian("again") == corpus.viaFts("again"));
    CHECK(corpus.check().empty());
}

TEST_CASE("a page of ranked hits carries the exact total of the whole result set", "[search][xapian]") {
    // More matches than the page holds, for queries whose count Xapian can only estimate from the top
    // of the ranking (phrases, OR, NOT, NEAR, prefixes, filters) and for a lone term it knows exactly.
    XapianFixture f;
    for (int s = 0; s < 8; ++s) {
        std::vector<PassageSpec> passages;
        for (int p = 0; p < 40; ++p) {
            std::string text =
                p % 3 ? "The waiting list for housing was long" : "English classes at the library";
            if (p % 5 == 0) text += ", and the waiting room was cold";
            if (p % 7 == 0) text += "; Mae'r dosbarth Cymraeg yn llawn";
            passages.emplace_back(text + " (" + std::to_string(s * 40 + p) + ").", p % 7 == 0 ? "cy" : "en");
        }
        f.addSource("source " + std::to_string(s), passages, s % 2 ? "interview" : "field-notes");
    }
    for (const std::string query :
         {"waiting", "\"waiting list\"", "waiting OR English", "waiting -housing", "NEAR(waiting cold, 3)",
          "wait*", "kind:interview waiting", "lang:cy", "Cymraeg OR library", "kind:interview"}) {
        search::RankedRequest request;
        request.search = {query, 20, 0, false};
        request.engine = search::Engine::Xapian;
        const auto ranked = search::rankedSearch(f.project->db(), f.guid, request);
        INFO(query);
        CHECK(ranked.engine == "xapian");
        CHECK(ranked.hits.size() == 20);
        CHECK(ranked.total == search::countPassages(f.project->db(), request.search));
        CHECK(ranked.total > 20);
    }
}
