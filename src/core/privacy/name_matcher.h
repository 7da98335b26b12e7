#pragma once
// Finds registered names (pseudonym registry entries) in text with the search analyser, so a name is
// found in every form search would find it: folded ("AMIRA", "Amíra"), Welsh-mutated ("Nghaerdydd" and
// "Gaerdydd" for "Caerdydd"), inflected where the language has a stemmer ("Amira's", "Polish" and
// "Polishness" are not the same stem, but "Newporters" and "Newporter" are). A name of several words
// matches those words in order, at consecutive word positions, so "Refugee Action" does not match
// "refugee's action plan" across a gap but does match "Refugee Action's".
//
// The rule is the analyser's query rule (text/analyser.h): a name word q matches a text word w when
// their surface terms are equal or w's derived terms in its passage's language share one with q's
// derived terms in the project's languages.

#include "text/analyser.h"

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::privacy {

struct NameMatch {
    std::size_t name = 0;     // index into the names the matcher was built with
    std::int64_t cpStart = 0; // code points into the text given to find(), half-open
    std::int64_t cpEnd = 0;
};

class NameMatcher {
public:
    /// `languages`: the project's passage languages (BCP 47), for the names' derived terms.
    NameMatcher(const std::vector<std::string>& names, const std::vector<std::string>& languages);

    /// Every match in `nfcText` (one passage, in `language`), in text order; where two names match
    /// overlapping words, the longer match wins.
    std::vector<NameMatch> find(std::string_view nfcText, std::string_view language) const;

private:
    struct Word {
        std::string surface;
        std::set<std::string> derived;
    };
    text::Analyser m_passageAnalyser;
    std::vector<std::vector<Word>> m_names; // per name, its words in order (empty: no words)
};

} // namespace cairn::privacy
