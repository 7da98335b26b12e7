// Ranked search (search/ranked_search.h: the Xapian index beside the project file) next to baselines run
// on the same passages in the same run:
//   - index build: rebuildXapianIndex (every passage analysed into a Xapian document, spelling data), by
//     one writer and in the default parallel shards, vs Recoll's recollindex over the same text written
//     to files (one file per source), with one thread and with its default threads, vs the FTS5 index in
//     the file (search::rebuildIndex);
//   - index size, each as a multiple of the text;
//   - top 20 with snippets and highlights, p50/p95 over a fixed mixed query set plus common words,
//     five rounds after a warm-up: Xapian (BM25, stops early) vs FTS5 (bm25 over every match);
//   - facets (kind, lang, case) over the whole result set, and more like this for random passages;
//   - the same Xapian searches through xapian-tcpsrv on loopback (--remote), as overhead over local.
// Builds are timed in wall time and in CPU time (user + system: getrusage of this process around our
// builds, wait4's rusage of the recollindex child), with the load average beside them, because on a
// shared machine wall time says as much about the neighbours as about the indexer.
// Usage: bench_ranked_search CORPUS.tsv [WORKDIR]   (CORPUS from scripts/make-search-corpus.py, e.g.
// --passages 100000 or --passages 350000; recollindex from scripts/install-bench-deps.sh, skipped with a
// note when missing). Flags after WORKDIR: --reuse searches the project and index an earlier run left in
// WORKDIR (queries only, nothing built); --no-one-writer skips the one-writer Xapian build (at 350,000
// passages, nine minutes of CPU that the sharded build's CPU time also shows).

#include "bench_support.h"
#include "search/index_version.h"
#include "search/ranked_search.h"
#include "search/xapian_build.h"
#include "search/xapian_index.h"
#include "search_corpus.h"
#include "store/project_file.h"
#include "store/sqlite.h"

#include <arpa/inet.h>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <netinet/in.h>
#include <random>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

using namespace cairn;
using namespace cairn::bench;
namespace fs = std::filesystem;

namespace {

// Words in a large share of the passages (the interview sentences and the commonest Welsh words), where
// a ranker that must score every match before choosing 20 pays most.
const std::vector<const char*> kCommonWords = {"the", "and", "yn", "the hotel", "to work", "Mae"};

std::uintmax_t directorySize(const fs::path& dir) {
    std::uintmax_t total = 0;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        if (entry.is_regular_file()) total += entry.file_size();
    return total;
}

double seconds(const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
}

double cpuSeconds(const rusage& usage) {
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// CPU time (user + system) this process has used so far.
double selfCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return cpuSeconds(usage);
}

double loadAverage() {
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : 0;
}

// Wall and CPU time of one build, with the one-minute load average when it ended.
struct BuildTime {
    double wall = 0, cpu = 0, load = 0;
};

BuildTime timeInProcess(const std::function<void()>& build) {
    const double cpu = selfCpuSeconds();
    Stopwatch clock;
    build();
    return {clock.seconds(), selfCpuSeconds() - cpu, loadAverage()};
}

void printBuild(const char* what, const BuildTime& t, double mb, std::size_t passages) {
    std::printf("%-52s %7.1f s wall %7.1f s CPU  %6.0f passages/s wall %6.0f /s CPU  %5.2f MB/s CPU  "
                "(load %.1f)\n",
                what, t.wall, t.cpu, static_cast<double>(passages) / t.wall,
                static_cast<double>(passages) / t.cpu, mb / t.cpu, t.load);
}

// Runs a program to completion with stdout and stderr discarded; returns its exit status, or -1, and
// the child's wall and CPU time (wait4's rusage: the child and its own children).
int run(const std::vector<std::string>& args, BuildTime* time = nullptr) {
    std::vector<char*> argv;
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) return -1;
    Stopwatch clock;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    if (time) *time = {clock.seconds(), cpuSeconds(usage), loadAverage()};
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool accepts(int port) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    close(fd);
    return ok;
}

// xapian-tcpsrv serving `database` on 127.0.0.1:port in its own process group; 0 when it did not start.
pid_t startServer(const fs::path& database, int port) {
    const pid_t pid = fork();
    if (pid == 0) {
        setpgid(0, 0);
        const std::string portText = std::to_string(port);
        execlp("xapian-tcpsrv", "xapian-tcpsrv", "--interface", "127.0.0.1", "--port", portText.c_str(),
               "--quiet", database.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    for (int wait = 0; wait < 200; ++wait) {
        if (accepts(port)) return pid;
        if (waitpid(pid, nullptr, WNOHANG) == pid) return 0;
        usleep(50'000);
    }
    kill(-pid, SIGTERM);
    waitpid(pid, nullptr, 0);
    return 0;
}

search::RankedRequest request(const std::string& query, search::Engine engine) {
    search::RankedRequest r;
    r.search = {query, 20, 0, false};
    r.engine = engine;
    r.updateIndex = false;
    return r;
}

struct Timed {
    std::vector<double> all;
    std::vector<double> common;
};

// Five rounds of every query after one warm-up; per query, the median is printed.
Timed timeQueries(const std::vector<std::string>& queries, std::size_t commonFrom,
                  const std::function<std::int64_t(const std::string&)>& ask, const char* label) {
    Timed timed;
    std::printf("\n%s\n%-28s %8s %10s\n", label, "query", "total", "p50 ms");
    for (const auto& q : queries)
        ask(q);
    for (std::size_t i = 0; i < queries.size(); ++i) {
        std::vector<double> mine;
        std::int64_t total = 0;
        for (int round = 0; round < 5; ++round) {
            Stopwatch clock;
            total = ask(queries[i]);
            mine.push_back(clock.ms());
        }
        timed.all.insert(timed.all.end(), mine.begin(), mine.end());
        if (i >= commonFrom) timed.common.insert(timed.common.end(), mine.begin(), mine.end());
        std::printf("%-28s %8lld %10.2f\n", queries[i].c_str(), static_cast<long long>(total),
                    stats(mine).p50);
    }
    return timed;
}

} // namespace

int main(int argc, char** argv) {
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is taken, for long runs
    const auto corpus = openBenchCorpus(argc, argv, "ranked search benchmark", "cairn-ranked-bench",
                                        {"--reuse", "--no-one-writer"});
    if (!corpus) return 2;
    const fs::path& work = corpus->work;
    const auto& passages = corpus->passages;
    const double mb = corpus->mb();
    const std::size_t bytes = corpus->bytes;
    ::setenv("XDG_CACHE_HOME", (work / "cache").c_str(), 1);
    const auto path = (work / "bench.cairn").string();
    const fs::path textDir = work / "text";
    std::string guid;
    // A WORKDIR that already holds the project and its index (a run before) is searched again as it is:
    // the queries alone, for a re-run on a quieter machine without the half hour of building at 350,000.
    const bool reuse = corpus->has("--reuse") && fs::exists(path);
    if (reuse) {
        store::OpenOptions readOnly;
        readOnly.readOnly = true;
        guid = store::ProjectFile::open(path, readOnly)->guid();
        std::printf("reusing the project and index in %s: queries only\n", work.c_str());
    }
    if (!reuse) {
        auto project = store::ProjectFile::create(path, "Ranked search benchmark");
        search::updateIndex(*project);
        guid = project->guid();
        const double importCpu = selfCpuSeconds();
        const double import = importCorpus(*project, passages, textDir);
        std::printf("import (FTS5 triggers and outbox rows written with each passage): %.1f s wall, %.1f s "
                    "CPU (with writing the text files)\n",
                    import, selfCpuSeconds() - importCpu);

        const std::size_t count = passages.size();
        // One writer first, then the shards a rebuild uses by default (search/xapian_build.h): the same
        // CPU work, the wall time divided by the cores used. The index kept is the second.
        const bool oneWriter = !corpus->has("--no-one-writer");
        const auto xapianOne =
            oneWriter ? timeInProcess([&] { search::rebuildXapianIndex(project->db(), guid, {}, 1); })
                      : BuildTime{};
        const unsigned shards = search::detail::defaultShardCount(static_cast<std::int64_t>(count));
        const auto xapianBuild = timeInProcess([&] { search::rebuildXapianIndex(project->db(), guid); });
        const auto ftsBuild = timeInProcess([&] { search::rebuildIndex(*project); });
        if (oneWriter) printBuild("index build, Xapian, one writer (compacted):", xapianOne, mb, count);
        const std::string sharded = "index build, Xapian, " + std::to_string(shards) + " shard(s) (default):";
        printBuild(sharded.c_str(), xapianBuild, mb, count);
        printBuild("index build, FTS5 in the file (rebuildIndex):", ftsBuild, mb, count);

        // Recoll twice: one thread (thrQSizes -1: CPU work comparable with one writer's), and its own
        // default pipeline of threads (wall time comparable with the shards').
        const fs::path textFiles = textDir;
        const auto recollRun = [&](const char* name, const char* threads, BuildTime& time) {
            const fs::path conf = work / name;
            fs::create_directories(conf);
            std::ofstream(conf / "recoll.conf")
                << "topdirs = " << textFiles.string() << "\nindexstemminglanguages = english\n"
                << "idxflushmb = 50\n"
                << threads << "noaspell = 1\n";
            return run({"recollindex", "-c", conf.string(), "-z"}, &time) == 0 ? conf : fs::path();
        };
        BuildTime recollBuild;
        BuildTime recollThreads;
        const fs::path recollConf = recollRun("recoll", "thrQSizes = -1 -1 -1\n", recollBuild);
        const fs::path recollDefault =
            recollConf.empty() ? fs::path() : recollRun("recoll-mt", "", recollThreads);
        if (!recollConf.empty()) {
            const std::string what = "index build, Recoll, one thread (recollindex -z, " +
                                     std::to_string(std::distance(fs::directory_iterator(textDir), {})) +
                                     " files):";
            printBuild(what.c_str(), recollBuild, mb, count);
            if (!recollDefault.empty())
                printBuild("index build, Recoll, its default threads:", recollThreads, mb, count);
            std::printf("  CPU time: Xapian builds at %.0f%% of Recoll's (one thread) speed\n",
                        100.0 * recollBuild.cpu / (oneWriter ? xapianOne.cpu : xapianBuild.cpu));
            if (!recollDefault.empty())
                std::printf(
                    "  wall time: Xapian (%u shard(s)) builds at %.0f%% of Recoll's (its threads) speed\n",
                    shards, 100.0 * recollThreads.wall / xapianBuild.wall);
            std::printf("Recoll's index: %.1f MB (%.2f× the text)\n",
                        static_cast<double>(directorySize(recollConf / "xapiandb")) / 1e6,
                        static_cast<double>(directorySize(recollConf / "xapiandb")) /
                            static_cast<double>(bytes));
        } else {
            std::printf("index build, Recoll: not measured (recollindex missing or failed; "
                        "scripts/install-bench-deps.sh)\n");
        }
    }
    const auto root = search::xapianIndexRoot(guid);
    std::string name;
    std::ifstream(root / "CURRENT") >> name;
    const fs::path database = root / name;
    const auto xapianBytes = directorySize(database);
    std::printf("Xapian index: %.1f MB (%.2f× the text); project file with its FTS5 index: %.1f MB (%.2f×)\n",
                static_cast<double>(xapianBytes) / 1e6,
                static_cast<double>(xapianBytes) / static_cast<double>(bytes),
                static_cast<double>(fs::file_size(path)) / 1e6,
                static_cast<double>(fs::file_size(path)) / static_cast<double>(bytes));
    for (const auto& entry : fs::directory_iterator(database))
        if (entry.path().extension() == ".glass")
            std::printf("  %-16s %8.1f MB\n", entry.path().filename().c_str(),
                        static_cast<double>(entry.file_size()) / 1e6);

    store::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto reader = store::ProjectFile::open(path, readOnly);
    auto& db = reader->db();
    std::vector<std::string> queries;
    for (const auto& q : kQueries)
        queries.emplace_back(q.query);
    const std::size_t commonFrom = queries.size();
    for (const auto* q : kCommonWords)
        queries.emplace_back(q);

    auto ranked = [&](search::Engine engine, std::vector<std::string> facets = {}, std::string remote = {}) {
        return [&db, &guid, engine, facets, remote](const std::string& q) {
            auto r = request(q, engine);
            r.facets = facets;
            r.remote = remote;
            return search::rankedSearch(db, guid, r).total;
        };
    };
    const auto xapian =
        timeQueries(queries, commonFrom, ranked(search::Engine::Xapian), "Xapian, top 20 with snippets");
    const auto fts =
        timeQueries(queries, commonFrom, ranked(search::Engine::Fts), "FTS5 bm25, top 20 with snippets");
    const auto facets =
        timeQueries(queries, commonFrom, ranked(search::Engine::Xapian, {"kind", "lang", "case"}),
                    "Xapian, top 20 with facets kind, lang, case over the whole result set");

    std::printf("\nmore like this (20 random passages, top 10):\n");
    std::vector<std::string> seeds;
    {
        auto all = db.prepare("SELECT guid FROM passages ORDER BY id");
        std::vector<std::string> guids;
        while (all.step())
            guids.push_back(all.getText(0));
        std::mt19937 random(5);
        for (int i = 0; i < 20; ++i)
            seeds.push_back(guids[random() % guids.size()]);
    }
    for (const auto& seed : seeds)
        search::similarPassages(db, guid, seed, 10); // warm-up
    std::vector<double> similar;
    for (int round = 0; round < 3; ++round)
        for (const auto& seed : seeds) {
            Stopwatch clock;
            search::similarPassages(db, guid, seed, 10);
            similar.push_back(clock.ms());
        }

    Timed remote;
    const int port = 20000 + static_cast<int>(getpid() % 20000);
    const pid_t server = startServer(database, port);
    if (server > 0) {
        remote = timeQueries(queries, commonFrom,
                             ranked(search::Engine::Xapian, {}, "127.0.0.1:" + std::to_string(port)),
                             "Xapian through xapian-tcpsrv on 127.0.0.1, top 20 with snippets");
        kill(-server, SIGTERM);
        waitpid(server, nullptr, 0);
    }

    std::printf("\nsummary (%zu queries × 5 rounds; common words: %zu of them):\n", queries.size(),
                queries.size() - commonFrom);
    printStats("Xapian, all queries", stats(xapian.all));
    printStats("FTS5 bm25, all queries", stats(fts.all));
    printStats("Xapian, common words", stats(xapian.common));
    printStats("FTS5 bm25, common words", stats(fts.common));
    printStats("Xapian with facets kind, lang, case", stats(facets.all));
    printStats("more like this, top 10", stats(similar));
    if (server > 0) {
        printStats("Xapian remote over loopback", stats(remote.all));
        std::printf("  remote overhead at p50: %.2f ms, at p95: %.2f ms\n",
                    stats(remote.all).p50 - stats(xapian.all).p50,
                    stats(remote.all).p95 - stats(xapian.all).p95);
    } else {
        std::printf("  remote: not measured (xapian-tcpsrv did not start)\n");
    }
    return 0;
}
