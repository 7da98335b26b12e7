// Coding at scale, through Project (project/project.h), next to bare SQLite on the same project file,
// the same connection and the same data in the same run:
//   1. one interview transcript of about 1,000,000 characters with 1,000, 10,000 and 100,000 codings at
//      random word-aligned spans:
//        - listing its codings for display (Project::codings: rows, code paths, each coding's text
//          sliced from the source) vs SELECT cp_start, cp_end ... WHERE source_id = ? and
//          std::string::substr on byte offsets computed beforehand (the floor);
//        - adding one coding (Project::code: span checks, grapheme snapping, the undo record) vs a bare
//          INSERT in its own transaction;
//        - undoing it (Project::undo: the stored changeset inverted) vs a bare DELETE of the row in its
//          own transaction.
//      Both sides commit with synchronous=FULL (the project's setting). p50/p95, the two sides
//      interleaved run by run.
//   2. 200 interview transcripts with 10,000, 100,000 and 1,000,000 codings of 50 codes in a tree: the
//      codebook with per-code counts, sub-tree totals and sources per code (Project::codebook) vs
//      SELECT code_id, COUNT(*) FROM codings GROUP BY code_id.
//   3. Growth: how each time changes per 10x codings (the ratio between successive sizes).
// The codings measured over are written straight into the table, in one transaction per size: they are
// the data, not edits under test. Every measured Cairn operation goes through Project.
// Usage: bench_coding [WORKDIR]

#include "bench_support.h"
#include "common/clock.h"
#include "common/guid.h"
#include "project/project.h"
#include "store/sqlite.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

using namespace cairn;
namespace fs = std::filesystem;

namespace {

struct Stats {
    double p50 = 0, p95 = 0;
};

Stats stats(std::vector<double> ms) {
    Stats s;
    if (ms.empty()) return s;
    std::sort(ms.begin(), ms.end());
    s.p50 = ms[ms.size() / 2];
    s.p95 = ms[static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(ms.size()))) - 1];
    return s;
}

std::string thousands(std::int64_t n) {
    const auto digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::int64_t codePoints(const std::string& text) {
    return std::count_if(text.begin(), text.end(),
                         [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

// A word as a half-open code-point range: what a coder's selection snaps to.
struct Word {
    std::int64_t start = 0, end = 0;
};

std::vector<Word> wordsOf(const std::string& text) {
    std::vector<Word> words;
    std::int64_t cp = 0, start = -1;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c & 0xC0) == 0x80) continue;
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space && start >= 0) {
            words.push_back({start, cp});
            start = -1;
        } else if (!space && start < 0) {
            start = cp;
        }
        ++cp;
    }
    if (start >= 0) words.push_back({start, cp});
    return words;
}

// From the start of one word to the end of a word 3–40 words on: a phrase to a long answer.
Word randomSpan(const std::vector<Word>& words, std::mt19937& random) {
    const std::size_t first = random() % words.size();
    const std::size_t last = std::min(words.size() - 1, first + 2 + random() % 38);
    return {words[first].start, words[last].end};
}

struct Source {
    std::string guid;
    std::int64_t id = 0;
    std::int64_t chars = 0;
    std::int64_t turns = 0;
    std::string text;
    std::vector<Word> words;
};

// Speaker turns, "Name: paragraph", until the text has at least `chars` characters.
std::string interview(bench::TextGenerator& gen, const std::string& participant, std::int64_t chars) {
    std::string text;
    std::int64_t count = 0;
    for (int turn = 0; count < chars; ++turn) {
        const auto line =
            (turn % 2 ? participant : std::string("Interviewer")) + ": " + gen.paragraph() + "\n\n";
        count += codePoints(line);
        text += line;
    }
    return text;
}

Source importInterview(project::Project& project, const fs::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
    project::ImportRequest request;
    request.path = file.string();
    request.kind = "interview";
    const auto result = project.importFile(request);
    Source source;
    source.guid = result.source.guid;
    source.id = result.source.id;
    source.chars = result.source.chars;
    source.turns = result.source.passages;
    source.text = project.sourceText(source.guid); // as stored: NFC, LF
    source.words = wordsOf(source.text);
    return source;
}

// A new project at `path`, clearing what an interrupted earlier run left there (its log and lock too).
std::unique_ptr<project::Project> freshProject(const fs::path& path) {
    for (const char* suffix : {"", "-wal", "-shm", ".lock"})
        fs::remove(path.string() + suffix);
    return project::Project::create(path.string(), "coding bench");
}

struct Code {
    std::int64_t id = 0;
    std::string path;
};

// Ten themes, each with four sub-codes: 50 codes, every one codable.
std::vector<Code> addCodebook(project::Project& project) {
    const char* themes[] = {"Housing", "Language", "Work",   "Education",          "Health",
                            "Safety",  "Rights",   "Family", "Social connections", "Home Office"};
    const char* aspects[] = {"Access", "Delays", "Support", "Experience"};
    for (const auto* theme : themes) {
        project.addCode(theme);
        for (const auto* aspect : aspects)
            project.addCode(std::string(theme) + "/" + aspect);
    }
    std::vector<Code> codes;
    for (const auto& info : project.codebook())
        codes.push_back({info.code.id, info.path});
    return codes;
}

// Writes `count` codings at random word-aligned spans of random codes, spread evenly over `sources`,
// in one transaction.
void addCodings(project::Project& project, const std::vector<Source>& sources, const std::vector<Code>& codes,
                std::int64_t count, std::mt19937& random) {
    auto& db = project.file().db();
    store::Transaction txn(db);
    const auto coder = project.file().coderId(txn);
    const auto now = utcNowIso();
    auto insert = db.prepare("INSERT INTO codings(guid, code_id, source_id, cp_start, cp_end, coder_id, "
                             "selection_guid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::int64_t i = 0; i < count; ++i) {
        const auto& source = sources[static_cast<std::size_t>(i) % sources.size()];
        const auto span = randomSpan(source.words, random);
        insert.bind(1, newGuid())
            .bind(2, codes[random() % codes.size()].id)
            .bind(3, source.id)
            .bind(4, span.start)
            .bind(5, span.end)
            .bind(6, coder)
            .bind(7, newGuid())
            .bind(8, now)
            .run();
        insert.reset();
    }
    txn.commit();
}

std::int64_t codingCount(store::Database& db) {
    return db.queryInt("SELECT COUNT(*) FROM codings");
}

// The floor under listing: the spans alone, sliced out of text already in memory at byte offsets
// already known.
std::vector<std::string> bareListing(store::Database& db, const Source& source,
                                     const std::vector<std::uint32_t>& byteAt) {
    auto select = db.prepare("SELECT cp_start, cp_end FROM codings WHERE source_id = ?");
    select.bind(1, source.id);
    std::vector<std::string> slices;
    while (select.step()) {
        const auto from = byteAt[static_cast<std::size_t>(select.getInt(0))];
        slices.push_back(source.text.substr(from, byteAt[static_cast<std::size_t>(select.getInt(1))] - from));
    }
    return slices;
}

std::vector<std::uint32_t> byteOffsets(const std::string& text) {
    std::vector<std::uint32_t> byteAt;
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            byteAt.push_back(static_cast<std::uint32_t>(i));
    byteAt.push_back(static_cast<std::uint32_t>(text.size()));
    return byteAt;
}

struct Measure {
    std::vector<double> cairn, bare;
};

// Wall time and this thread's CPU time together. A durable commit waits for the disk, and a virtual disk
// may complete flushes only on a period of its own (4 ms on the machine in docs/benchmarks.md): a commit
// that needs a little more CPU can then wait a whole period longer. The CPU time leaves that wait out.
class Clocks {
public:
    struct Reading {
        double wall = 0, cpu = 0;
    };
    Clocks() : m_cpu(cpuMs()) {}
    Reading read() const { return {m_wall.ms(), cpuMs() - m_cpu}; }

private:
    static double cpuMs() {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
    }
    bench::Stopwatch m_wall;
    double m_cpu;
};

struct TranscriptRun {
    std::int64_t codings = 0;
    int listRuns = 0, editRuns = 0;
    Measure list, add, undo, addCpu, undoCpu;
};

TranscriptRun measureTranscript(project::Project& project, const Source& source,
                                const std::vector<Code>& codes, int listRuns, int editRuns,
                                std::mt19937& random) {
    auto& db = project.file().db();
    TranscriptRun run;
    run.codings = codingCount(db);
    run.listRuns = listRuns;
    run.editRuns = editRuns;
    const auto byteAt = byteOffsets(source.text);

    project::CodingQuery query;
    query.source = source.guid;
    const auto listed = project.codings(query).size(); // warm-up
    if (static_cast<std::int64_t>(listed) != run.codings || bareListing(db, source, byteAt).size() != listed)
        throw std::runtime_error("listing found " + std::to_string(listed) + " codings, not " +
                                 std::to_string(run.codings));
    // Both results are freed after their clocks stop: a view keeps what it lists.
    for (int i = 0; i < listRuns; ++i) {
        bench::Stopwatch cairnClock;
        const auto views = project.codings(query);
        run.list.cairn.push_back(cairnClock.ms());
        bench::Stopwatch bareClock;
        const auto slices = bareListing(db, source, byteAt);
        run.list.bare.push_back(bareClock.ms());
    }

    const auto coder = [&] {
        store::Transaction txn(db);
        return project.file().coderId(txn);
    }();
    // Each run adds and undoes one coding both ways, on the same span and code; which side goes first
    // alternates, so neither always follows the other's commit.
    for (int i = -1; i < editRuns; ++i) { // run -1 warms up
        const auto span = randomSpan(source.words, random);
        const auto& code = codes[random() % codes.size()];
        Clocks::Reading added, undid, inserted, deleted;
        const auto cairnSide = [&] {
            project::CodingRequest request;
            request.source = source.guid;
            request.start = span.start;
            request.end = span.end;
            request.code = code.path;
            Clocks addClock;
            project.code(request);
            added = addClock.read();
            Clocks undoClock;
            const auto undone = project.undo();
            undid = undoClock.read();
            if (!undone || undone->label.rfind("code ", 0) != 0)
                throw std::runtime_error("undo did not take back the coding just made");
        };
        const auto bareSide = [&] {
            const auto guid = newGuid(), selection = newGuid(), now = utcNowIso();
            Clocks insertClock;
            std::int64_t id = 0;
            {
                store::Transaction txn(db);
                db.prepare("INSERT INTO codings(guid, code_id, source_id, cp_start, cp_end, coder_id, "
                           "selection_guid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .bind(1, guid)
                    .bind(2, code.id)
                    .bind(3, source.id)
                    .bind(4, span.start)
                    .bind(5, span.end)
                    .bind(6, coder)
                    .bind(7, selection)
                    .bind(8, now)
                    .run();
                id = db.lastInsertRowid();
                txn.commit();
            }
            inserted = insertClock.read();
            Clocks deleteClock;
            {
                store::Transaction txn(db);
                db.prepare("DELETE FROM codings WHERE id = ?").bind(1, id).run();
                txn.commit();
            }
            deleted = deleteClock.read();
        };
        if (i % 2 == 0) {
            cairnSide();
            bareSide();
        } else {
            bareSide();
            cairnSide();
        }
        if (i < 0) continue;
        run.add.cairn.push_back(added.wall);
        run.undo.cairn.push_back(undid.wall);
        run.add.bare.push_back(inserted.wall);
        run.undo.bare.push_back(deleted.wall);
        run.addCpu.cairn.push_back(added.cpu);
        run.undoCpu.cairn.push_back(undid.cpu);
        run.addCpu.bare.push_back(inserted.cpu);
        run.undoCpu.bare.push_back(deleted.cpu);
    }
    if (codingCount(db) != run.codings)
        throw std::runtime_error("adding and undoing changed the number of codings");
    return run;
}

// What the disk adds to every commit (synchronous=FULL syncs the log each time): one 4 KB write and
// fsync, repeated; a virtual disk's figure changes with the load on its host.
Stats fsyncLatency(const fs::path& dir) {
    const auto path = (dir / "fsync-probe").string();
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) throw std::runtime_error("cannot write " + path);
    const std::string page(4096, 'x');
    std::vector<double> ms;
    for (int i = 0; i < 40; ++i) {
        if (::write(fd, page.data(), page.size()) != static_cast<ssize_t>(page.size()))
            throw std::runtime_error("cannot write " + path);
        bench::Stopwatch clock;
        ::fsync(fd);
        ms.push_back(clock.ms());
    }
    ::close(fd);
    fs::remove(path);
    return stats(ms);
}

struct CodebookRun {
    std::int64_t codings = 0;
    int runs = 0;
    Measure counts;
};

std::size_t bareCounts(store::Database& db) {
    auto select = db.prepare("SELECT code_id, COUNT(*) FROM codings GROUP BY code_id");
    std::map<std::int64_t, std::int64_t> counts;
    while (select.step())
        counts[select.getInt(0)] = select.getInt(1);
    return counts.size();
}

CodebookRun measureCodebook(project::Project& project, int runs) {
    auto& db = project.file().db();
    CodebookRun run;
    run.codings = codingCount(db);
    run.runs = runs;
    std::int64_t total = 0;
    for (const auto& info : project.codebook()) // warm-up
        total += info.codings;
    if (total != run.codings) throw std::runtime_error("the codebook's counts do not add up");
    bareCounts(db);
    for (int i = 0; i < runs; ++i) {
        bench::Stopwatch cairnClock;
        const auto book = project.codebook();
        run.counts.cairn.push_back(cairnClock.ms());
        bench::Stopwatch bareClock;
        bareCounts(db);
        run.counts.bare.push_back(bareClock.ms());
    }
    return run;
}

void printRow(const std::string& size, const std::string& what, const Measure& m) {
    const auto c = stats(m.cairn), b = stats(m.bare);
    std::printf("%9s  %-34s %9.2f %9.2f   %9.3f %9.3f   x%7.1f\n", size.c_str(), what.c_str(), c.p50, c.p95,
                b.p50, b.p95, c.p50 / b.p50);
}

void printHeader() {
    std::printf("%9s  %-34s %9s %9s   %9s %9s   %8s\n", "codings", "measure (runs)", "Cairn p50", "p95",
                "bare p50", "p95", "Cairn/bare");
}

// p50 at each size over p50 at the size before it.
void printGrowth(const std::string& what, const std::vector<const Measure*>& bySize) {
    std::printf("  %-26s Cairn", what.c_str());
    for (std::size_t i = 1; i < bySize.size(); ++i)
        std::printf("  x%5.2f", stats(bySize[i]->cairn).p50 / stats(bySize[i - 1]->cairn).p50);
    std::printf("    bare");
    for (std::size_t i = 1; i < bySize.size(); ++i)
        std::printf("  x%5.2f", stats(bySize[i]->bare).p50 / stats(bySize[i - 1]->bare).p50);
    std::printf("\n");
}

void transcriptCodings(const fs::path& work) {
    const auto path = work / "transcript.cairn";
    auto project = freshProject(path);
    const auto codes = addCodebook(*project);
    bench::TextGenerator gen(5);
    bench::Stopwatch importClock;
    const auto source =
        importInterview(*project, work / "transcript.txt", interview(gen, "Amira", 1'000'000));
    const double importMs = importClock.ms();
    std::printf(
        "1. one interview transcript: %s characters, %s turns, %s words (import %.0f ms); %zu codes\n",
        thousands(source.chars).c_str(), thousands(source.turns).c_str(),
        thousands(static_cast<std::int64_t>(source.words.size())).c_str(), importMs, codes.size());
    printHeader();
    std::mt19937 random(11);
    std::vector<TranscriptRun> runs;
    std::int64_t have = 0;
    for (const std::int64_t target : {1'000, 10'000, 100'000}) {
        addCodings(*project, {source}, codes, target - have, random);
        have = target;
        runs.push_back(measureTranscript(*project, source, codes, target >= 100'000 ? 20 : 50, 50, random));
        const auto& run = runs.back();
        const auto size = thousands(run.codings);
        printRow(size, "list for display (" + std::to_string(run.listRuns) + ")", run.list);
        printRow("", "add one coding (" + std::to_string(run.editRuns) + ")", run.add);
        printRow("", "undo it (" + std::to_string(run.editRuns) + ")", run.undo);
        printRow("", "  add, CPU time only", run.addCpu);
        printRow("", "  undo, CPU time only", run.undoCpu);
        const auto disk = fsyncLatency(work);
        std::printf("%9s  %-34s %9.2f %9.2f\n", "", "(disk: fsync of a 4 KB write)", disk.p50, disk.p95);
        std::fflush(stdout);
    }
    std::printf("growth per 10x codings (p50 over the p50 at a tenth of the codings):\n");
    const auto each = [&](Measure TranscriptRun::*m) {
        std::vector<const Measure*> out;
        for (const auto& run : runs)
            out.push_back(&(run.*m));
        return out;
    };
    printGrowth("list for display", each(&TranscriptRun::list));
    printGrowth("add one coding", each(&TranscriptRun::add));
    printGrowth("undo it", each(&TranscriptRun::undo));
    printGrowth("  add, CPU time only", each(&TranscriptRun::addCpu));
    printGrowth("  undo, CPU time only", each(&TranscriptRun::undoCpu));
    std::printf("project file: %.1f MB\n\n", static_cast<double>(fs::file_size(path)) / 1e6);
}

void codebookCounts(const fs::path& work) {
    const auto path = work / "codebook.cairn";
    auto project = freshProject(path);
    const auto codes = addCodebook(*project);
    const char* participants[] = {"Amira", "Dawit", "Siân", "Farhad", "Ewa", "Rūta", "Yonas", "Leila"};
    bench::TextGenerator gen(6);
    fs::create_directories(work / "sources");
    std::vector<Source> sources;
    std::int64_t chars = 0;
    bench::Stopwatch importClock;
    for (int i = 0; i < 200; ++i) {
        sources.push_back(importInterview(*project,
                                          work / "sources" / ("interview-" + std::to_string(i) + ".txt"),
                                          interview(gen, participants[i % 8], 10'000)));
        chars += sources.back().chars;
    }
    std::printf(
        "2. 200 interview transcripts, %s characters (import %.1f s); %zu codes, ten themes of four\n",
        thousands(chars).c_str(), importClock.seconds(), codes.size());
    printHeader();
    std::mt19937 random(12);
    std::vector<CodebookRun> runs;
    std::int64_t have = 0;
    for (const std::int64_t target : {10'000, 100'000, 1'000'000}) {
        addCodings(*project, sources, codes, target - have, random);
        have = target;
        runs.push_back(measureCodebook(*project, target >= 1'000'000 ? 20 : 50));
        printRow(thousands(runs.back().codings),
                 "codebook with counts (" + std::to_string(runs.back().runs) + ")", runs.back().counts);
        std::fflush(stdout);
    }
    std::printf("growth per 10x codings (p50 over the p50 at a tenth of the codings):\n");
    std::vector<const Measure*> bySize;
    for (const auto& run : runs)
        bySize.push_back(&run.counts);
    printGrowth("codebook with counts", bySize);
    std::printf("project file: %.1f MB\n", static_cast<double>(fs::file_size(path)) / 1e6);
}

} // namespace

int main(int argc, char** argv) {
    const fs::path work = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path() / "cairn-bench-coding";
    fs::create_directories(work);
    std::printf(
        "coding benchmark: Cairn through Project, bare SQLite on the same connection and data\n%s\n"
        "times in ms; bare: list = SELECT cp_start, cp_end + substr at known byte offsets, add = INSERT, "
        "undo = DELETE (each its own transaction, synchronous=FULL), counts = GROUP BY code_id\n\n",
        bench::machineLine().c_str());
    transcriptCodings(work);
    codebookCounts(work);
    fs::remove_all(work);
    return 0;
}
