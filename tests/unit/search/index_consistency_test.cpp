// The index can never disagree with the passages: random inserts, edits (text and language) and deletes
// through plain SQL on the passages table, many in one transaction, a rolled-back transaction, and a
// writer killed at random moments. Afterwards FTS5's own integrity check passes (it re-tokenizes the
// content and compares), every passage is found by its own rarest word, and no deleted passage or
// replaced text is found.

#include "common/error.h"
#include "common/guid.h"
#include "search_fixture.h"
#include "text/analyser.h"

#include <catch2/catch.hpp>
#include <csignal>
#include <map>
#include <random>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace cairn;
using namespace cairn::test;

namespace {

const std::vector<std::string> kVocabulary = {
    "housing", "visa",    "English",   "Cymraeg", "gwaith",   "praca",  "szkoła", "مدرسه",   "العمل",
    "ትምህርቲ",   "council", "volunteer", "ysgol",   "logement", "darbas", "😀",      "l'école", "yng"};
const std::vector<std::string> kLanguages = {"en", "cy", "pl", "fa", "ar", "fr", "lt", "ti", "und"};

// A passage text: common words, plus one word no other passage has.
std::string passageText(std::mt19937& random, int unique) {
    std::string text;
    std::uniform_int_distribution<std::size_t> pick(0, kVocabulary.size() - 1);
    for (int i = 0; i < 6; ++i)
        text += kVocabulary[pick(random)] + " ";
    return text + "uniq" + std::to_string(unique) + "x";
}

void checkIntegrity(store::Database& db) {
    // Throws (Corrupt) when the index and the content differ. Rank 1 asks FTS5 to re-tokenize an
    // external content table and compare checksums; without it only the index's own structure is checked.
    db.exec("INSERT INTO passages_fts(passages_fts, rank) VALUES ('integrity-check', 1)");
}

// Every passage is found by the surface term with the fewest passages (its rarest word), and each hit
// of that word is a passage whose text the matcher confirms (it has highlights).
void checkRarestWords(store::Database& db) {
    const text::Analyser analyser;
    std::map<std::string, std::set<std::string>> passagesOf; // term → passage guids
    std::map<std::string, std::set<std::string>> termsOf;    // guid → terms
    auto all = db.prepare("SELECT guid, lang, text FROM passages");
    while (all.step()) {
        const auto guid = all.getText(0);
        analyser.analyse(all.getText(2), all.getText(1), [&](const text::Token& t) {
            if (t.expansion) return true;
            passagesOf[t.term].insert(guid);
            termsOf[guid].insert(t.term);
            return true;
        });
    }
    for (const auto& [guid, terms] : termsOf) {
        std::string rarest;
        for (const auto& term : terms)
            if (rarest.empty() || passagesOf[term].size() < passagesOf[rarest].size()) rarest = term;
        INFO("passage " << guid << " by its rarest word " << rarest);
        std::set<std::string> found;
        for (const auto& hit : search::searchPassages(db, {"\"" + rarest + "\"", 0, 0, false})) {
            found.insert(hit.passageGuid);
            CHECK_FALSE(hit.highlights.empty());
        }
        CHECK(found.count(guid) == 1);
    }
}

void checkGone(store::Database& db, const std::map<std::string, std::string>& goneWords) {
    for (const auto& [word, guid] : goneWords) {
        INFO("no longer in the project: " << word << " of " << guid);
        for (const auto& hit : search::searchPassages(db, {word, 0, 0, false}))
            CHECK(hit.passageGuid != guid);
    }
}

// One random change to the passages through SQL, as any writer would make it. Records words that
// must no longer be found (deleted passages, replaced texts) with their passage's guid.
void randomChange(store::Database& db, std::mt19937& random, int& unique, std::int64_t sourceId,
                  std::map<std::string, std::string>& goneWords) {
    const auto ids = [&] {
        std::vector<std::int64_t> out;
        auto stmt = db.prepare("SELECT id FROM passages");
        while (stmt.step())
            out.push_back(stmt.getInt(0));
        return out;
    }();
    std::uniform_int_distribution<int> what(0, 3);
    const int action = ids.size() < 5 ? 0 : what(random);
    const std::int64_t id =
        ids.empty() ? 0 : ids[std::uniform_int_distribution<std::size_t>(0, ids.size() - 1)(random)];
    auto row = db.prepare("SELECT guid, text FROM passages WHERE id = ?");
    row.bind(1, id);
    const bool found = row.step();
    const std::string guid = found ? row.getText(0) : "", oldText = found ? row.getText(1) : "";
    const std::string oldUnique = oldText.substr(oldText.rfind(' ') + 1);
    const std::string lang =
        kLanguages[std::uniform_int_distribution<std::size_t>(0, kLanguages.size() - 1)(random)];
    if (action == 0) {
        db.prepare("INSERT INTO passages(guid, source_id, idx, cp_start, cp_end, lang, text) "
                   "VALUES (?, ?, (SELECT COALESCE(MAX(idx), 0) + 1 FROM passages WHERE source_id = ?), 0, "
                   "0, ?, ?)")
            .bind(1, newGuid())
            .bind(2, sourceId)
            .bind(3, sourceId)
            .bind(4, lang)
            .bind(5, passageText(random, ++unique))
            .run();
    } else if (action == 1) {
        db.prepare("UPDATE passages SET text = ? WHERE id = ?")
            .bind(1, passageText(random, ++unique))
            .bind(2, id)
            .run();
        goneWords[oldUnique] = guid;
    } else if (action == 2) {
        db.prepare("UPDATE passages SET lang = ? WHERE id = ?").bind(1, lang).bind(2, id).run();
    } else {
        db.prepare("DELETE FROM passages WHERE id = ?").bind(1, id).run();
        goneWords[oldUnique] = guid;
    }
}

} // namespace

TEST_CASE("the index follows random inserts, edits and deletes made in one transaction", "[search][index]") {
    SearchFixture f;
    std::mt19937 random(4);
    int unique = 0;
    std::vector<PassageSpec> passages;
    for (int i = 0; i < 40; ++i)
        passages.emplace_back(passageText(random, ++unique),
                              kLanguages[static_cast<std::size_t>(i) % kLanguages.size()]);
    const auto source = f.addSource("s", passages);
    auto& db = f.project->db();
    std::map<std::string, std::string> gone;
    {
        store::Transaction txn(db);
        for (int i = 0; i < 150; ++i)
            randomChange(db, random, unique, source.id, gone);
        txn.commit();
    }
    checkIntegrity(db);
    checkRarestWords(db);
    checkGone(db, gone);

    // A transaction rolled back leaves the index as the data: nothing of it is found.
    const int before = unique;
    {
        store::Transaction txn(db);
        for (int i = 0; i < 30; ++i)
            randomChange(db, random, unique, source.id, gone);
    }
    checkIntegrity(db);
    for (int n = before + 1; n <= unique; ++n)
        CHECK(search::searchPassages(db, {"uniq" + std::to_string(n) + "x", 0, 0, false}).empty());
    checkRarestWords(db);
}

TEST_CASE("FTS5's integrity check notices an index that disagrees with the passages", "[search][index]") {
    SearchFixture f;
    f.addSource("s", {{"Cymraeg yng Nghaerdydd", "cy"}});
    auto& db = f.project->db();
    checkIntegrity(db);
    db.exec("INSERT INTO passages_fts(passages_fts) VALUES ('delete-all')");
    CHECK_THROWS_AS(checkIntegrity(db), Corrupt);
}

TEST_CASE("the index survives its writer being killed at random moments", "[search][index][crash]") {
    SearchFixture f;
    std::mt19937 random(7);
    int unique = 0;
    std::vector<PassageSpec> passages;
    for (int i = 0; i < 20; ++i)
        passages.emplace_back(passageText(random, ++unique),
                              kLanguages[static_cast<std::size_t>(i) % kLanguages.size()]);
    const auto sourceId = f.addSource("s", passages).id;
    f.project.reset();
    std::map<std::string, std::string> gone;
    for (int round = 0; round < 12; ++round) {
        int fds[2];
        REQUIRE(pipe(fds) == 0);
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            // Transactions of random changes until killed; after each commit, report the words
            // that commit removed ("word guid" lines).
            close(fds[0]);
            auto project = store::ProjectFile::open(f.path);
            std::mt19937 childRandom(static_cast<unsigned>(100 + round));
            int childUnique = 100000 * (round + 1);
            for (;;) {
                std::map<std::string, std::string> removed;
                store::Transaction txn(project->db());
                for (int i = 0; i < 5; ++i)
                    randomChange(project->db(), childRandom, childUnique, sourceId, removed);
                txn.commit();
                std::string report;
                for (const auto& [word, guid] : removed)
                    report += word + " " + guid + "\n";
                report += "committed\n";
                if (write(fds[1], report.data(), report.size()) < 0) _exit(3);
            }
        }
        close(fds[1]);
        // The kill comes after the child has reported 1 to 4 commits, however slow the machine: the
        // child is then somewhere in its next transaction (or between two), never before its first.
        const int commitsBeforeKill = 1 + round % 4;
        std::string reported;
        char buffer[4096];
        auto commits = [&] {
            int n = 0;
            for (std::size_t at = 0; (at = reported.find("committed\n", at)) != std::string::npos; ++at)
                ++n;
            return n;
        };
        for (ssize_t n; commits() < commitsBeforeKill && (n = read(fds[0], buffer, sizeof buffer)) > 0;)
            reported.append(buffer, static_cast<std::size_t>(n));
        kill(child, SIGKILL);
        waitpid(child, nullptr, 0);
        for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;)
            reported.append(buffer, static_cast<std::size_t>(n));
        close(fds[0]);
        REQUIRE(commits() >= commitsBeforeKill);
        for (std::size_t start = 0, end; (end = reported.find('\n', start)) != std::string::npos;
             start = end + 1) {
            const auto line = reported.substr(start, end - start);
            if (line == "committed") continue;
            gone[line.substr(0, line.find(' '))] = line.substr(line.find(' ') + 1);
        }
        auto project = store::ProjectFile::open(f.path);
        INFO("after kill " << round);
        checkIntegrity(project->db());
        checkRarestWords(project->db());
        checkGone(project->db(), gone);
    }
    CHECK_FALSE(gone.empty());
}
