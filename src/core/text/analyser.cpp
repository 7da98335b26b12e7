#include "text/analyser.h"

#include "common/error.h"
#include "text/analyser_cache.h"
#include "text/analyser_segment.h"
#include "text/analyser_word.h"
#include "text/fold.h"
#include "text/normalize.h"
#include "text/stem.h"
#include "text/utf.h"

#include <algorithm>
#include <memory>
#include <unordered_map>

namespace cairn::text {

namespace {

// One expansion language on one thread: its stemmer (not thread-safe, hence per thread) and a cache
// of words' derived terms, keyed by the word as written so that a hit costs a hash and no folding.
struct LanguageState {
    std::string language;
    std::unique_ptr<Stemmer> stemmer; // nullptr: no expansion for this language
    detail::DerivedTermCache cache;
    std::vector<std::string> keys;

    std::vector<std::string> derivedTerms(std::string_view word, std::string_view folded) {
        std::vector<std::string> terms;
        if (!stemmer) return terms;
        keys.clear();
        stemmer->keys(word, folded, keys);
        for (const auto& key : keys) {
            if (key.empty() || key.size() > Analyser::kMaxTermBytes) continue;
            std::string term = Analyser::derivedTerm(language, key);
            if (std::find(terms.begin(), terms.end(), term) == terms.end()) terms.push_back(std::move(term));
        }
        return terms;
    }
};

// Per-thread state: the languages met so far and a reusable segment buffer. A sink may itself call the
// analyser on the same thread; the nested call then uses a buffer of its own and bypasses the caches
// (its caller may be reading from one).
struct ThreadState {
    std::vector<detail::WordSpan> spans;
    bool spansInUse = false;
    int depth = 0;
    std::unordered_map<std::string, std::unique_ptr<LanguageState>> languages;

    LanguageState& language(const std::string& name) {
        auto& state = languages[name];
        if (!state) {
            state = std::make_unique<LanguageState>();
            state->language = name;
            state->stemmer = makeStemmer(name);
        }
        return *state;
    }
};

thread_local ThreadState t_state;

class Depth {
public:
    Depth() { ++t_state.depth; }
    ~Depth() { --t_state.depth; }
    Depth(const Depth&) = delete;
    Depth& operator=(const Depth&) = delete;
};

// The thread's span buffer, or a fresh one when an outer call on this thread is using it.
class SpanBuffer {
public:
    SpanBuffer() : m_shared(!t_state.spansInUse) {
        if (m_shared) {
            t_state.spansInUse = true;
            t_state.spans.clear();
        }
    }
    ~SpanBuffer() {
        if (m_shared) t_state.spansInUse = false;
    }
    SpanBuffer(const SpanBuffer&) = delete;
    SpanBuffer& operator=(const SpanBuffer&) = delete;
    std::vector<detail::WordSpan>& get() { return m_shared ? t_state.spans : m_own; }

private:
    bool m_shared;
    std::vector<detail::WordSpan> m_own;
};

// Cuts a term to at most kMaxTermBytes bytes at a code point boundary.
void limitLength(std::string& term) {
    if (term.size() <= Analyser::kMaxTermBytes) return;
    std::size_t cut = Analyser::kMaxTermBytes;
    while (cut > 0 && (static_cast<unsigned char>(term[cut]) & 0xC0) == 0x80)
        --cut;
    term.resize(cut);
}

// Numbers ("2019", "1,000.5") have no stems or mutations.
bool hasLetters(std::string_view term) {
    return std::any_of(term.begin(), term.end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b >= 0x80 || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
    });
}

void lowerAscii(std::string_view word, std::string& term) {
    term.resize(word.size());
    for (std::size_t i = 0; i < word.size(); ++i)
        term[i] = static_cast<char>(word[i] >= 'A' && word[i] <= 'Z' ? word[i] + 32 : word[i]);
}

// Narrows a segment to its word (trimmed edges, elision and clitics dropped) and puts the word's term
// in `term`. False when the segment holds no word. `expandable` is false for words that take no
// derived terms: numbers, initialisms ("U.K.": an abbreviation has no stem), words cut to kMaxTermBytes.
bool prepareWord(std::string_view text, detail::WordSpan& span, bool exact, std::string& term,
                 bool& expandable) {
    if ((span.shape & detail::kEdges) && !detail::trimWord(text, span)) return false;
    if (span.shape & detail::kMiddle) detail::splitClitics(text, span);
    const std::string_view word = text.substr(static_cast<std::size_t>(span.byteStart),
                                              static_cast<std::size_t>(span.byteEnd - span.byteStart));
    term.clear();
    bool initialism = false;
    if (exact) {
        term.assign(word);
    } else {
        if (span.shape & detail::kNonAscii)
            appendFold(word, term);
        else
            lowerAscii(word, term); // letters and digits only
        if (span.shape & detail::kMiddle) {
            const std::size_t foldedSize = term.size();
            detail::collapseInitialisms(term);
            initialism = term.size() != foldedSize;
        }
    }
    if (term.empty()) return false; // only marks, tatweel or ignorables
    const bool tooLong = term.size() > Analyser::kMaxTermBytes;
    limitLength(term);
    expandable = !exact && !tooLong && !initialism && hasLetters(term);
    return true;
}

// Emits the derived terms of `word` in one language after its surface token; false when the sink
// stopped. A nested call (a sink analysing on its own thread) bypasses the cache, whose views its
// caller may be reading.
bool emitDerived(LanguageState& state, std::string_view word, std::string_view folded, bool outermost,
                 Token& token, const TokenSink& sink) {
    if (!outermost) {
        for (const auto& term : state.derivedTerms(word, folded)) {
            token.term = term;
            if (!sink(token)) return false;
        }
        return true;
    }
    auto terms = state.cache.find(word);
    if (!terms) terms = state.cache.insert(word, state.derivedTerms(word, folded));
    for (std::uint32_t at = 0; at < terms->size;) {
        const auto length = static_cast<unsigned char>(terms->data[at]);
        token.term.assign(terms->data + at + 1, length);
        at += 1u + length;
        if (!sink(token)) return false;
    }
    return true;
}

} // namespace

Analyser::Analyser(AnalyserOptions options) : m_options(std::move(options)) {
    for (const auto& tag : m_options.queryLanguages) {
        std::string language = expansionLanguage(tag);
        if (!language.empty() &&
            std::find(m_queryLanguages.begin(), m_queryLanguages.end(), language) == m_queryLanguages.end())
            m_queryLanguages.push_back(std::move(language));
    }
}

bool Analyser::run(std::string_view text, const std::vector<std::string>& languages,
                   const TokenSink& sink) const {
    const Depth depth;
    SpanBuffer buffer;
    std::vector<detail::WordSpan>& spans = buffer.get();
    detail::segmentWords(text, spans);
    std::vector<LanguageState*> states; // the languages that have expansions (not ps, ti…)
    if (m_options.expand && !m_options.exact)
        for (const auto& language : languages)
            if (LanguageState& state = t_state.language(language); state.stemmer) states.push_back(&state);
    const bool outermost = t_state.depth == 1;
    Token token;
    std::string folded;
    std::int32_t position = 0;
    for (detail::WordSpan span : spans) {
        bool expandable = false;
        if (!prepareWord(text, span, m_options.exact, token.term, expandable)) continue;
        token.byteStart = span.byteStart;
        token.byteEnd = span.byteEnd;
        token.cpStart = span.cpStart;
        token.cpEnd = span.cpEnd;
        token.position = position++;
        token.expansion = false;
        if (!sink(token)) return false;
        if (states.empty() || !expandable) continue;
        folded = token.term;
        token.expansion = true;
        const std::string_view word = text.substr(static_cast<std::size_t>(span.byteStart),
                                                  static_cast<std::size_t>(span.byteEnd - span.byteStart));
        for (LanguageState* state : states)
            if (!emitDerived(*state, word, folded, outermost, token, sink)) return false;
    }
    return true;
}

bool Analyser::analyse(std::string_view nfcText, std::string_view language, const TokenSink& sink) const {
    std::vector<std::string> languages;
    if (std::string l = expansionLanguage(language); !l.empty()) languages.push_back(std::move(l));
    return run(nfcText, languages, sink);
}

std::vector<Token> Analyser::analyse(std::string_view nfcText, std::string_view language) const {
    std::vector<Token> tokens;
    analyse(nfcText, language, [&](const Token& t) {
        tokens.push_back(t);
        return true;
    });
    return tokens;
}

bool Analyser::analyseQuery(std::string_view text, const TokenSink& sink) const {
    std::int64_t bad = 0;
    if (!isValidUtf8(text, &bad)) throw InvalidInput("query is not valid UTF-8", {}, bad);
    if (isNfc(text)) return run(text, m_queryLanguages, sink);
    const std::string normalised = toNfc(text);
    return run(normalised, m_queryLanguages, sink);
}

std::vector<Token> Analyser::analyseQuery(std::string_view text) const {
    std::vector<Token> tokens;
    analyseQuery(text, [&](const Token& t) {
        tokens.push_back(t);
        return true;
    });
    return tokens;
}

std::vector<std::string> Analyser::queryTermVariants(std::string_view word) const {
    std::vector<std::string> terms;
    int words = 0;
    analyseQuery(word, [&](const Token& t) {
        words += t.expansion ? 0 : 1;
        terms.push_back(t.term);
        return true;
    });
    if (words > 1)
        throw InvalidInput("\"" + std::string(word) + "\" holds " + std::to_string(words) +
                           " words; analyse a phrase with analyseQuery");
    return terms;
}

std::string Analyser::derivedTerm(std::string_view language, std::string_view key) {
    std::string term;
    term.reserve(language.size() + key.size() + 2);
    term += kDerivedMarker;
    term += language;
    term += ':';
    term += key;
    return term;
}

std::optional<Analyser::DerivedTerm> Analyser::parseDerivedTerm(std::string_view term) {
    if (term.empty() || term.front() != kDerivedMarker) return std::nullopt;
    const std::size_t colon = term.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    return DerivedTerm{term.substr(1, colon - 1), term.substr(colon + 1)};
}

} // namespace cairn::text
