#pragma once
// The search benchmarks' shared corpus (scripts/make-search-corpus.py), its import into a project and
// the mixed query set, so bench_search (FTS5) and bench_ranked_search (Xapian beside FTS5) measure the
// same passages and queries.

#include "store/project_file.h"

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cairn::bench {

struct Passage {
    std::string lang, text;
};

struct Query {
    const char* query;
    const char* literal; // what LIKE, ripgrep and other literal baselines look for
};

/// The mixed query set: words in the corpus's languages, phrases, NEAR, prefixes, OR, NOT, filters.
extern const std::vector<Query> kQueries;

inline constexpr std::size_t kPassagesPerSource = 250;

/// A benchmark's corpus and its empty working directory, from `bench CORPUS.tsv [WORKDIR]`.
struct BenchCorpus {
    std::filesystem::path work;
    std::set<std::string> flags; // the arguments after WORKDIR; "--reuse" keeps WORKDIR as it is
    bool has(const std::string& flag) const { return flags.count(flag) > 0; }
    std::vector<Passage> passages;
    std::size_t bytes = 0; // of passage text
    double mb() const { return static_cast<double>(bytes) / 1e6; }
};

/// Reads the corpus named on the command line and empties the working directory (argv[2], or
/// `defaultWork` in the temporary directory); prints the title line with the corpus's size and the
/// machine. nullopt (after printing the usage) when no corpus is named.
/// `flags`: the flags this bench takes after WORKDIR; any other is refused (a misspelt --reuse would
/// otherwise empty WORKDIR).
std::optional<BenchCorpus> openBenchCorpus(int argc, char** argv, const char* title, const char* defaultWork,
                                           const std::set<std::string>& flags = {});

/// The passages of CORPUS.tsv (LANG <tab> TEXT lines after a header); adds their text's size to `bytes`.
std::vector<Passage> readCorpus(const std::string& path, std::size_t& bytes);

/// Every kPassagesPerSource passages form a source of one of four kinds, written in its own transaction;
/// each source's text is also written to `textDir/<name>.txt` for the file-based baselines. Returns the
/// seconds spent importing (not writing the files).
double importCorpus(store::ProjectFile& project, const std::vector<Passage>& passages,
                    const std::filesystem::path& textDir);

struct Stats {
    double p50 = 0, p95 = 0, mean = 0;
};

Stats stats(std::vector<double> ms);

/// "  WHAT   p50 … ms   p95 … ms   mean … ms"
void printStats(const char* what, const Stats& s);

} // namespace cairn::bench
