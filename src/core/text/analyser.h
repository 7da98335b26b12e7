#pragma once
// The analyser: one function from text to search terms, shared by both search engines (FTS5 in the
// project file, Xapian beside it), at index time and at query time. Anything that matches in one engine
// matches in the other because both see the same terms.
//
//   NFC text → word segments (UAX #29 as ICU draws them: analyser_segment.h)
//            → the word proper ('_' and ZWNJ edges trimmed; French elision and Welsh clitics dropped:
//              analyser_word.h)
//            → its term: fold() (fold.h: case, Latin diacritics, Arabic-script letter unification,
//              harakat, tatweel, ZWNJ…), "u.k" → "uk", at most kMaxTermBytes
//            → expansions: the word's keys in the passage's language (stem.h: Snowball and Hunspell
//              stems, Welsh radicals, Persian light stems), each as a *derived term* at the same
//              position and offsets.
//
// Derived terms are "\x01" + language + ":" + key ("\x01en:volunt", "\x01cy:caerdydd"), not bare keys:
//   - an English stem never collides with a word of another language ("\x01en:hous" is not "hous",
//     a Welsh radical candidate "\x01cy:pus" of "bus" is not the English "pus");
//   - surface terms stay exactly what was written (folded): prefix queries, exact phrases, snippets,
//     term statistics and spelling suggestions see only them (every derived term sorts before every
//     surface term, so no surface prefix ever reaches one);
//   - Xapian's TermGenerator does the same with its "Z" prefix for stems; the Xapian index can map the
//     marker to a Xapian prefix with parseDerivedTerm.
// Matching rule (why the query side is what it is): a passage in language L indexes surface(w) and
// L-marked keys_L(w); a query word q becomes surface(q) OR, for every project language L, the L-marked
// keys_L(q). So q finds w when surface(q) == surface(w) or keys_L(q) ∩ keys_L(w) ≠ ∅ for w's language L.
// Examples: "Caerdydd" finds "Nghaerdydd" (cy keys of both hold "caerdydd"); "Gymraeg" finds
// "Cymraeg" (the cy keys of "gymraeg" hold "cymraeg", and a Welsh word is its own key);
// "praca" finds "pracy" (pl keys: Hunspell's "praca"); "volunteering" finds "volunteers" (en keys:
// "volunt"); "كار" finds "کار" (both fold to "كار").
//
// Using it from FTS5 (a custom tokenizer, one Analyser per tokenizer instance):
//   - FTS5_TOKENIZE_DOCUMENT / AUX: analyse(text, passageLanguage, sink); the sink passes each token to
//     xToken with FTS5_TOKEN_COLOCATED when token.expansion is true, byteStart/byteEnd as offsets, and
//     returns false when xToken fails (analyse then stops and returns false);
//   - FTS5_TOKENIZE_QUERY: analyseQuery(text, sink), the same way: the expansions become colocated
//     alternatives, which FTS5 ORs;
//   - FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX: an Analyser with expand = false (a prefix matches
//     surface terms only).
// A case- and accent-sensitive search uses a second index column or table built with exact = true.
//
// Threads: an Analyser is immutable and may be shared by any number of threads. The libstemmer and
// Hunspell objects it needs are not thread-safe, so each thread keeps its own (thread_local), created
// on the thread's first word of that language and kept for the thread's life (Hunspell pl_PL: about
// 0.3 s and 35 MB per thread), with a per-thread cache of words' keys.
//
// Versioning: kVersion changes whenever any term for any input changes (rules here, in fold.h, stem.h,
// welsh.h, or the ICU/libstemmer/Hunspell data they read being upgraded in a way the tests notice). Store
// it with every index; an index built by another version is rebuilt (FTS5 'rebuild', a fresh Xapian DB).

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::text {

struct Token {
    std::string term;           // the indexed form: the folded surface, or a derived term (expansion)
    std::int64_t byteStart = 0; // UTF-8 bytes into the analysed text, half-open
    std::int64_t byteEnd = 0;
    std::int64_t cpStart = 0; // code points into the analysed text, half-open
    std::int64_t cpEnd = 0;
    std::int32_t position = 0; // word position from 0 in each call; an expansion has its word's position
    bool expansion = false;    // a colocated extra term; always follows its word's surface token
};

/// Receives each token; the reference is valid during the call only. Return false to stop the analysis
/// (FTS5's xToken can fail, and the tokenizer must then stop at once).
using TokenSink = std::function<bool(const Token&)>;

struct AnalyserOptions {
    bool expand = true; // emit expansions (keys of the word's language; for queries, of queryLanguages)
    bool exact = false; // terms are the words exactly as written (no folding) and nothing is expanded
    std::vector<std::string> queryLanguages; // BCP 47 tags of the project's languages, for query expansion
};

class Analyser {
public:
    /// Bump when any token output changes; indexes built with another version are rebuilt.
    static constexpr int kVersion = 1;
    /// Longest surface term in bytes (Xapian refuses terms over 245 bytes; derived terms add at most 10).
    /// A longer word is indexed by its first kMaxTermBytes bytes, cut at a code point, without expansions.
    static constexpr std::size_t kMaxTermBytes = 200;
    /// First byte of every derived term.
    static constexpr char kDerivedMarker = '\x01';

    explicit Analyser(AnalyserOptions options = {});

    /// Tokens of a passage for indexing. `nfcText` is the stored NFC text (anything else is analysed as
    /// given; ill-formed UTF-8 bytes are treated as non-word characters, never read past). `language` is
    /// the passage's BCP 47 tag ("cy", "fa-AF", "und"); it only selects the expansions. Surface tokens
    /// come in text order with positions 0, 1, 2…; each is followed by its expansions (same position and
    /// offsets, expansion = true). Offsets delimit the word itself (without elided "l'" or clitic "'r").
    /// Returns false when the sink stopped it. Throws std::bad_alloc, InvalidInput for a single text of
    /// 2 GiB or more that needs ICU's word breaker, and Error when ICU's data cannot be loaded.
    bool analyse(std::string_view nfcText, std::string_view language, const TokenSink& sink) const;
    std::vector<Token> analyse(std::string_view nfcText, std::string_view language) const;

    /// Tokens of a query (or of one quoted phrase or bare word of it), segmented and folded exactly as
    /// passages are, each word followed by its derived terms in every language of queryLanguages.
    /// The text is NFC-normalised first if it is not NFC; offsets are then into the normalised text.
    /// Throws InvalidInput on ill-formed UTF-8.
    bool analyseQuery(std::string_view text, const TokenSink& sink) const;
    std::vector<Token> analyseQuery(std::string_view text) const;

    /// The terms one query word should match, for an engine that builds its own query (Xapian's OR of
    /// terms): first its surface term, then its derived terms. Empty when `word` holds no word
    /// ("--", "'"); throws InvalidInput when it holds more than one (use analyseQuery for phrases).
    std::vector<std::string> queryTermVariants(std::string_view word) const;

    const AnalyserOptions& options() const { return m_options; }

    /// "\x01" + language + ":" + key.
    static std::string derivedTerm(std::string_view language, std::string_view key);
    struct DerivedTerm {
        std::string_view language; // an expansion language (stem.h): "en", "cy", "fa"…
        std::string_view key;
    };
    /// The parts of a derived term; nullopt for a surface term.
    static std::optional<DerivedTerm> parseDerivedTerm(std::string_view term);

private:
    bool run(std::string_view text, const std::vector<std::string>& languages, const TokenSink& sink) const;

    AnalyserOptions m_options;
    std::vector<std::string> m_queryLanguages; // expansion languages of options.queryLanguages, once each
};

} // namespace cairn::text
