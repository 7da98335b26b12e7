#pragma once
// Per-language expansion keys: the language-specific half of the analyser.
//
// For a language L, keys(w) is a small set of folded strings such that two words of L that should find
// each other share a key. The analyser indexes a passage's word w (language L) as its folded surface
// plus keys(w), each marked with L (Analyser::derivedTerm), and expands a query word q into its folded
// surface plus, for every project language L, keys(q) marked with L. A query word finds a passage word
// when the folded forms are equal or when their key sets for the passage's language intersect: both
// sides run the same function, so the match is symmetric and needs no knowledge of which form is "the"
// stem.
//   - Snowball (libstemmer; Arabic, English, French, Lithuanian and the other 24 algorithms Debian's
//     libstemmer 2.2 has): the stem of the case-folded word (diacritics kept, as the algorithms expect)
//     and the stem of the fully folded word (what a user types without accents), both folded.
//   - Polish: Hunspell's stems (pl_PL from hunspell-pl; up to three: "prace" is "prace" and "praca"),
//     folded. Words Hunspell does not know
//     (including most words typed without their diacritics) have no key; their folded surface still
//     matches.
//   - Welsh: the word itself and every radical it could be a mutation of (welsh.h).
//   - Persian and Dari: the word itself and its light stems (stem_persian.cpp).
//   - Pashto, Tigrinya and every other language: no keys (folding and segmentation only).
// Keys are computed only for words with a letter of the algorithm's script (an Arabic word inside an
// English passage gets no English key).
//
// Stemmer objects hold libstemmer and Hunspell handles, which are not thread-safe: one Stemmer per
// thread. The analyser keeps them thread_local (analyser.cpp).

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::text {

class Stemmer {
public:
    virtual ~Stemmer() = default;
    /// Appends the keys of one word to `out` (folded; unmarked; possibly duplicates, which the caller
    /// removes). `surface` is the NFC word as written, `folded` is fold(surface).
    virtual void keys(std::string_view surface, std::string_view folded, std::vector<std::string>& out) = 0;
    /// What expands this language, for diagnostics: "snowball:english", "hunspell:pl_PL",
    /// "welsh-mutation", "persian-light".
    virtual std::string name() const = 0;
};

/// The expansion language of a BCP 47 tag: its primary language subtag in lower case, with aliases
/// merged ("prs" and "fa-AF" → "fa", "nb" and "nn" → "no", "iw" → "he", "in" → "id"); "" for "", "und",
/// "mul", "zxx" and "mis". Never throws.
std::string expansionLanguage(std::string_view tag);

/// A stemmer for an expansion language, or nullptr when Cairn has none for it (Pashto, Tigrinya, …) or
/// its data is not installed (hunspell-pl missing: Polish then has no keys). Not thread-safe to use;
/// creating one is (each call returns a new object).
std::unique_ptr<Stemmer> makeStemmer(std::string_view language);

} // namespace cairn::text
