// Full-text search (search/search.h over the FTS5 index in the project file), next to baselines run on
// the same passages in the same run:
//   - index build: the analyser as FTS5 tokenizer (search::rebuildIndex: every passage analysed, with
//     expansions, then 'optimize') vs FTS5's unicode61 tokenizer (remove_diacritics 2) building the
//     same external-content index ('rebuild', 'optimize'); also the import itself, where triggers
//     index each passage as it is written;
//   - a fixed mixed query set, top 20 with snippets and highlights (read-only connection, as the CLI),
//     p50/p95 over five rounds after a warm-up, vs an unindexed LIKE scan of passages.text and ripgrep
//     over the same text written to files (one file per source). The baselines get a single literal
//     string per query and do no folding, stemming or mutation: they do less than the search;
//   - saving one edited passage (one transaction, synchronous=FULL, the trigger re-indexing it), vs
//     the same transaction changing a column the index ignores.
// Usage: bench_search CORPUS.tsv [WORKDIR]   (CORPUS from scripts/make-search-corpus.py)

#include "bench_support.h"
#include "search/index_version.h"
#include "search/search.h"
#include "search_corpus.h"
#include "store/project_file.h"
#include "store/source_store.h"
#include "text/utf.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <random>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <vector>

extern char** environ;

using namespace cairn;
using namespace cairn::bench;
namespace fs = std::filesystem;

namespace {

double ripgrep(const std::string& literal, const fs::path& dir) {
    const std::vector<std::string> args = {"rg", "-i", "-F", "-c", "--no-messages", literal, dir.string()};
    std::vector<char*> argv;
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    bench::Stopwatch clock;
    pid_t pid = 0;
    if (posix_spawnp(&pid, "rg", &actions, nullptr, argv.data(), environ) != 0) return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    posix_spawn_file_actions_destroy(&actions);
    return clock.ms();
}

} // namespace

int main(int argc, char** argv) {
    const auto corpus = openBenchCorpus(argc, argv, "search benchmark", "cairn-search-bench");
    if (!corpus) return 2;
    const fs::path& work = corpus->work;
    const auto& passages = corpus->passages;
    const double mb = corpus->mb();
    const auto path = (work / "bench.cairn").string();
    {
        auto project = store::ProjectFile::create(path, "Search benchmark");
        search::updateIndex(*project);
        const double import = importCorpus(*project, passages, work / "text");
        std::printf("import (sources of %zu passages, one transaction each, indexed by triggers): %.1f s, "
                    "%.1f MB/s\n",
                    kPassagesPerSource, import, mb / import);

        bench::Stopwatch cairnClock;
        search::rebuildIndex(*project);
        const double cairnBuild = cairnClock.seconds();
        auto& db = project->db();
        db.exec(
            "CREATE VIEW bench_plain(id, body) AS SELECT id, text FROM passages; "
            "CREATE VIRTUAL TABLE bench_u61 USING fts5(body, content = 'bench_plain', content_rowid = 'id', "
            "tokenize = 'unicode61 remove_diacritics 2')");
        bench::Stopwatch u61Clock;
        db.exec("BEGIN; INSERT INTO bench_u61(bench_u61) VALUES ('rebuild'); "
                "INSERT INTO bench_u61(bench_u61) VALUES ('optimize'); COMMIT");
        const double u61Build = u61Clock.seconds();
        db.exec("DROP TABLE bench_u61; DROP VIEW bench_plain");
        std::printf("index build, the analyser as tokenizer:  %.1f s, %.1f MB/s\n", cairnBuild,
                    mb / cairnBuild);
        std::printf("index build, FTS5 unicode61:             %.1f s, %.1f MB/s\n", u61Build, mb / u61Build);
        std::printf("  the analyser builds at %.0f%% of unicode61's speed\n\n",
                    100.0 * u61Build / cairnBuild);
    }
    std::printf("project file: %.1f MB\n\n", static_cast<double>(fs::file_size(path)) / 1e6);

    store::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto reader = store::ProjectFile::open(path, readOnly);
    std::vector<double> searchMs, likeMs, rgMs;
    std::printf("%-28s %8s %10s %10s %10s\n", "query (top 20, snippets)", "hits", "search ms", "LIKE ms",
                "rg ms");
    for (const auto& q : kQueries)
        search::searchPassages(reader->db(), {q.query, 20, 0, false}); // warm-up
    auto like = reader->db().prepare("SELECT COUNT(*) FROM passages WHERE text LIKE ?");
    for (const auto& q : kQueries) {
        std::vector<double> mine;
        for (int round = 0; round < 5; ++round) {
            bench::Stopwatch clock;
            const auto hits = search::searchPassages(reader->db(), {q.query, 20, 0, false});
            mine.push_back(clock.ms());
        }
        searchMs.insert(searchMs.end(), mine.begin(), mine.end());
        std::vector<double> likes, rgs;
        for (int round = 0; round < 3; ++round) {
            bench::Stopwatch clock;
            like.bind(1, std::string("%") + q.literal + "%");
            like.step();
            like.reset();
            likes.push_back(clock.ms());
            rgs.push_back(ripgrep(q.literal, work / "text"));
        }
        likeMs.insert(likeMs.end(), likes.begin(), likes.end());
        rgMs.insert(rgMs.end(), rgs.begin(), rgs.end());
        const auto count = search::countPassages(reader->db(), {q.query, 0, 0, false});
        std::printf("%-28s %8lld %10.2f %10.1f %10.1f\n", q.query, static_cast<long long>(count),
                    stats(mine).p50, stats(likes).p50, stats(rgs).p50);
    }
    std::printf("\n");
    printStats("search, top 20 with snippets and highlights", stats(searchMs));
    printStats("unindexed LIKE '%literal%' over passages", stats(likeMs));
    printStats("ripgrep -i -F over the text files", stats(rgMs));
    reader.reset();

    auto writer = store::ProjectFile::open(path);
    auto& db = writer->db();
    const auto maxId = db.queryInt("SELECT MAX(id) FROM passages");
    std::mt19937 random(3);
    std::vector<double> edit, untouched;
    for (int i = 0; i < 60; ++i) {
        const std::int64_t id = 1 + static_cast<std::int64_t>(random() % static_cast<std::uint32_t>(maxId));
        bench::Stopwatch clock;
        {
            store::Transaction txn(db);
            db.prepare("UPDATE passages SET text = text || ' edited' WHERE id = ?").bind(1, id).run();
            txn.commit();
        }
        edit.push_back(clock.ms());
        bench::Stopwatch other;
        {
            store::Transaction txn(db);
            db.prepare("UPDATE passages SET time_start_ms = ? WHERE id = ?").bind(1, i).bind(2, id).run();
            txn.commit();
        }
        untouched.push_back(other.ms());
    }
    std::printf("\nsaving one edited passage (one transaction, synchronous=FULL):\n");
    printStats("text changed: the passage re-indexed", stats(edit));
    printStats("an unindexed column changed (baseline)", stats(untouched));
    return 0;
}
