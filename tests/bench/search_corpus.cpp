#include "search_corpus.h"

#include "bench_support.h"
#include "store/source_store.h"
#include "text/utf.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace cairn::bench {

namespace fs = std::filesystem;

const std::vector<Query> kQueries = {
    {"Cymraeg", "Cymraeg"},
    {"Caerdydd", "Caerdydd"},
    {"\"waiting list\"", "waiting list"},
    {"housing", "housing"},
    {"الانجليزية", "الإنجليزية"},
    {"praca", "praca"},
    {"volunteer*", "volunteer"},
    {"NEAR(school children, 5)", "school"},
    {"visa OR asylum", "visa"},
    {"کار", "کار"},
    {"accueil", "accueil"},
    {"ligonine", "ligonin"},
    {"interpreter -hotel", "interpreter"},
    {"GP", "GP"},
    {"\"Home Office\"", "Home Office"},
    {"lang:cy ysgol", "ysgol"},
    {"kind:interview hotel", "hotel"},
    {"ትምህርቲ", "ትምህርቲ"},
    {"integr*", "integr"},
    {"Nghasnewydd OR logement", "Nghasnewydd"},
};

namespace {

const char* kKinds[] = {"interview", "submission", "field-notes", "workshop-notes"};

} // namespace

std::vector<Passage> readCorpus(const std::string& path, std::size_t& bytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path + "; make it with scripts/make-search-corpus.py");
    std::vector<Passage> passages;
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        const auto tab = line.find('\t');
        if (tab == std::string::npos) continue;
        passages.push_back({line.substr(0, tab), line.substr(tab + 1)});
        bytes += passages.back().text.size();
    }
    return passages;
}

Stats stats(std::vector<double> ms) {
    Stats s;
    if (ms.empty()) return s;
    std::sort(ms.begin(), ms.end());
    s.p50 = ms[ms.size() / 2];
    s.p95 = ms[static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(ms.size()))) - 1];
    for (const double v : ms)
        s.mean += v / static_cast<double>(ms.size());
    return s;
}

// Every kPassagesPerSource passages form a source, written in its own transaction; also written to
// text files for ripgrep.
double importCorpus(store::ProjectFile& project, const std::vector<Passage>& passages,
                    const fs::path& textDir) {
    fs::create_directories(textDir);
    bench::Stopwatch clock;
    double writingFiles = 0;
    for (std::size_t first = 0, n = 0; first < passages.size(); first += kPassagesPerSource, ++n) {
        store::NewSource source;
        source.name = "source-" + std::to_string(n);
        source.kind = kKinds[n % 4];
        source.format = "text";
        source.sha256 = source.name;
        for (std::size_t i = first; i < std::min(passages.size(), first + kPassagesPerSource); ++i) {
            if (!source.text.empty()) source.text += "\n\n";
            store::NewPassage p;
            p.cpStart = text::codePointCount(source.text);
            source.text += passages[i].text;
            p.cpEnd = text::codePointCount(source.text);
            p.text = passages[i].text;
            p.lang = passages[i].lang;
            source.passages.push_back(std::move(p));
        }
        store::Transaction txn(project.db());
        store::insertSource(project, txn, source);
        txn.commit();
        bench::Stopwatch files;
        std::ofstream(textDir / (source.name + ".txt"), std::ios::binary) << source.text;
        writingFiles += files.seconds();
    }
    return clock.seconds() - writingFiles;
}

std::optional<BenchCorpus> openBenchCorpus(int argc, char** argv, const char* title, const char* defaultWork,
                                           const std::set<std::string>& flags) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS.tsv [WORKDIR [FLAG…]]\n", argv[0]);
        return std::nullopt;
    }
    BenchCorpus corpus;
    corpus.work = argc > 2 ? fs::path(argv[2]) : fs::temp_directory_path() / defaultWork;
    for (int i = 3; i < argc; ++i) {
        if (!flags.count(argv[i])) {
            std::fprintf(stderr, "%s: unknown flag %s\n", argv[0], argv[i]);
            return std::nullopt;
        }
        corpus.flags.insert(argv[i]);
    }
    if (!corpus.has("--reuse")) fs::remove_all(corpus.work); // a fresh run starts from nothing
    fs::create_directories(corpus.work);
    corpus.passages = readCorpus(argv[1], corpus.bytes);
    std::printf("%s: %zu passages, %.1f MB of text\n%s\n\n", title, corpus.passages.size(), corpus.mb(),
                machineLine().c_str());
    return corpus;
}

void printStats(const char* what, const Stats& s) {
    std::printf("  %-46s p50 %9.2f ms   p95 %9.2f ms   mean %9.2f ms\n", what, s.p50, s.p95, s.mean);
}

} // namespace cairn::bench
