// Analyser throughput (text/analyser.h), next to baselines run on the same text in the same run:
//   - FTS5's unicode61 tokenizer (remove_diacritics 2), the tokenizer Cairn's analyser replaces; the
//     analyser's budget is 60% of its speed;
//   - ICU's word BreakIterator alone (UTF-8 → UTF-16, then the boundaries and their rule status);
//   - the analyser's own segmentation alone, then with folding (expand = false), then the full
//     analyser (expansions in each paragraph's language) on a new thread (stemmers to load, caches
//     empty) and with the thread's caches warm.
// Each figure is the best of three runs, except the cold one.
// Two texts: ~50 MB from bench::TextGenerator (the corpus's sentences: a small vocabulary, so the key
// cache nearly always hits), and ~10 MB of words drawn at random from the Hunspell dictionaries of six
// of the corpus languages (a vocabulary of hundreds of thousands of words: the key cache mostly
// misses, so this is the stemmers' real cost).
// Usage: bench_analyser [MEGABYTES]   (default 50; the dictionary text is a fifth of it)

#include "bench_support.h"
#include "text/analyser.h"
#include "text/analyser_segment.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <memory>
#include <random>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <thread>
#include <unicode/brkiter.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <vector>

using namespace cairn;

namespace {

struct Passage {
    std::string_view text;
    const char* language;
};

struct Corpus {
    std::string bytes;
    std::vector<Passage> passages;
};

constexpr const char* kLanguages[] = {"en", "cy", "fr", "pl", "lt", "ar", "fa"};

// Paragraphs separated by blank lines, given the corpus languages in turn.
void splitPassages(Corpus& corpus) {
    std::size_t start = 0, index = 0;
    const std::string_view all = corpus.bytes;
    while (start < all.size()) {
        std::size_t end = all.find("\n\n", start);
        if (end == std::string_view::npos) end = all.size();
        if (end > start) corpus.passages.push_back({all.substr(start, end - start), kLanguages[index++ % 7]});
        start = end + 2;
    }
}

Corpus generated(std::size_t bytes) {
    Corpus corpus;
    bench::TextGenerator generator(7);
    corpus.bytes = generator.document(bytes);
    splitPassages(corpus);
    return corpus;
}

std::vector<std::string> dictionaryWords(const std::string& name, const char* encoding) {
    std::ifstream in("/usr/share/hunspell/" + name + ".dic", std::ios::binary);
    std::vector<std::string> words;
    std::string line;
    std::getline(in, line); // the word count
    while (std::getline(in, line)) {
        const std::string raw = line.substr(0, line.find_first_of("/\t "));
        if (raw.empty()) continue;
        const icu::UnicodeString unicode(raw.data(), static_cast<int32_t>(raw.size()), encoding);
        std::string utf8;
        unicode.toUTF8String(utf8);
        words.push_back(std::move(utf8));
    }
    return words;
}

// Paragraphs of 40–120 dictionary words of one language each, sometimes capitalised, with punctuation.
Corpus fromDictionaries(std::size_t bytes) {
    struct Dictionary {
        const char* name;
        const char* encoding;
        const char* language;
        std::vector<std::string> words;
    };
    std::vector<Dictionary> dictionaries = {
        {"en_GB", "UTF-8", "en", {}},       {"fr", "UTF-8", "fr", {}}, {"pl_PL", "ISO-8859-2", "pl", {}},
        {"lt_LT", "ISO-8859-13", "lt", {}}, {"ar", "UTF-8", "ar", {}}, {"fa", "UTF-8", "fa", {}}};
    for (auto& d : dictionaries)
        d.words = dictionaryWords(d.name, d.encoding);
    std::mt19937 random(11);
    Corpus corpus;
    std::vector<const char*> languages;
    while (corpus.bytes.size() < bytes) {
        const auto& d = dictionaries[random() % dictionaries.size()];
        if (d.words.empty()) continue;
        const int words = 40 + static_cast<int>(random() % 80);
        for (int i = 0; i < words; ++i) {
            const std::string& w = d.words[random() % d.words.size()];
            corpus.bytes += w;
            corpus.bytes += (i % 11 == 10) ? ". " : " ";
        }
        corpus.bytes += "\n\n";
        languages.push_back(d.language);
    }
    splitPassages(corpus);
    for (std::size_t i = 0; i < corpus.passages.size() && i < languages.size(); ++i)
        corpus.passages[i].language = languages[i];
    return corpus;
}

// --- FTS5 unicode61 ------------------------------------------------------------------------------

fts5_api* fts5(sqlite3* db) {
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK) return nullptr;
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

int countToken(void* count, int, const char*, int, int, int) {
    ++*static_cast<long*>(count);
    return SQLITE_OK;
}

long unicode61(const Corpus& corpus) {
    sqlite3* db = nullptr;
    sqlite3_open(":memory:", &db);
    fts5_api* api = fts5(db);
    long tokens = 0;
    if (!api) {
        std::printf("  (this SQLite has no FTS5)\n");
    } else {
        void* context = nullptr;
        fts5_tokenizer tokenizer{};
        api->xFindTokenizer(api, "unicode61", &context, &tokenizer);
        const char* arguments[] = {"remove_diacritics", "2"};
        Fts5Tokenizer* instance = nullptr;
        tokenizer.xCreate(context, arguments, 2, &instance);
        for (const auto& p : corpus.passages)
            tokenizer.xTokenize(instance, &tokens, FTS5_TOKENIZE_DOCUMENT, p.text.data(),
                                static_cast<int>(p.text.size()), countToken);
        tokenizer.xDelete(instance);
    }
    sqlite3_close(db);
    return tokens;
}

// --- ICU alone -----------------------------------------------------------------------------------

long icuWords(const Corpus& corpus) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> words(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    long count = 0;
    icu::UnicodeString text;
    for (const auto& p : corpus.passages) {
        text = icu::UnicodeString::fromUTF8(
            icu::StringPiece(p.text.data(), static_cast<int32_t>(p.text.size())));
        words->setText(text);
        words->first();
        for (int32_t end = words->next(); end != icu::BreakIterator::DONE; end = words->next())
            count += words->getRuleStatus() >= UBRK_WORD_NONE_LIMIT;
    }
    return count;
}

// --- the analyser --------------------------------------------------------------------------------

long segmentOnly(const Corpus& corpus) {
    std::vector<text::detail::WordSpan> spans;
    long count = 0;
    for (const auto& p : corpus.passages) {
        spans.clear();
        text::detail::segmentWords(p.text, spans);
        count += static_cast<long>(spans.size());
    }
    return count;
}

long analyse(const Corpus& corpus, const text::Analyser& analyser, long* expansions) {
    long surface = 0, extra = 0;
    for (const auto& p : corpus.passages)
        analyser.analyse(p.text, p.language, [&](const text::Token& t) {
            (t.expansion ? extra : surface) += 1;
            return true;
        });
    if (expansions) *expansions = extra;
    return surface;
}

// Best of three runs (the machine may be shared; the fastest run is the least disturbed).
double run(const char* label, const Corpus& corpus, const std::function<long()>& body, double baseline,
           double icu, int repeats = 3) {
    double best = 1e300;
    long tokens = 0;
    for (int i = 0; i < repeats; ++i) {
        bench::Stopwatch clock;
        tokens = body();
        best = std::min(best, clock.seconds());
    }
    const double mbps = static_cast<double>(corpus.bytes.size()) / 1e6 / best;
    std::printf("  %-46s %8.1f MB/s  %10ld words", label, mbps, tokens);
    if (baseline > 0) std::printf("  %5.0f%% of unicode61", 100.0 * mbps / baseline);
    if (icu > 0) std::printf("  %4.2fx ICU", mbps / icu);
    std::printf("\n");
    return mbps;
}

void measure(const char* title, const Corpus& corpus) {
    std::printf("%s: %.1f MB, %zu passages\n", title, static_cast<double>(corpus.bytes.size()) / 1e6,
                corpus.passages.size());
    const double u61 = run(
        "FTS5 unicode61 (remove_diacritics 2)", corpus, [&] { return unicode61(corpus); }, 0, 0);
    const double icu = run(
        "ICU word BreakIterator alone", corpus, [&] { return icuWords(corpus); }, u61, 0);
    run(
        "analyser: segmentation only", corpus, [&] { return segmentOnly(corpus); }, u61, icu);
    const text::Analyser exact(text::AnalyserOptions{.expand = false, .exact = true, .queryLanguages = {}});
    run(
        "analyser: exact (no folding)", corpus, [&] { return analyse(corpus, exact, nullptr); }, u61, icu);
    const text::Analyser folding(
        text::AnalyserOptions{.expand = false, .exact = false, .queryLanguages = {}});
    run(
        "analyser: folding, no expansion", corpus, [&] { return analyse(corpus, folding, nullptr); }, u61,
        icu);
    const text::Analyser full;
    long expansions = 0;
    // A fresh thread has no stemmers and empty caches: this pass pays for loading them (Hunspell pl_PL
    // alone takes about 0.3 s) and for every first stemming of a word.
    run(
        "analyser: full, new thread (cold caches)", corpus,
        [&] {
            long words = 0;
            std::thread cold([&] { words = analyse(corpus, full, &expansions); });
            cold.join();
            return words;
        },
        u61, icu, 1);
    analyse(corpus, full, nullptr); // warm this thread's caches
    run(
        "analyser: full, warm caches", corpus, [&] { return analyse(corpus, full, &expansions); }, u61, icu);
    std::printf("  expansions emitted per pass: %ld\n\n", expansions);
}

} // namespace

int main(int argc, char** argv) {
    const std::size_t megabytes = argc > 1 ? static_cast<std::size_t>(std::atol(argv[1])) : 50;
    std::printf("%s\n\n", bench::machineLine().c_str());
    measure("generated corpus text", generated(megabytes * 1'000'000));
    measure("dictionary words (large vocabulary)", fromDictionaries(megabytes * 200'000));
    return 0;
}
