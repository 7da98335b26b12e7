#pragma once
// Which writing systems a text is written in, counted in letters. Language detection asks the script
// first (Ethiopic, Arabic and Latin each have their own detector) and the passage helper uses it to
// refuse a document language whose script cannot be the passage's.

#include <cstdint>
#include <string_view>
#include <unicode/uscript.h>
#include <vector>

namespace cairn::text {

struct ScriptShare {
    UScriptCode script;   // ICU script code (USCRIPT_LATIN, USCRIPT_ARABIC, USCRIPT_ETHIOPIC…)
    std::int64_t letters; // code points of general category L* in that script
};

struct ScriptProfile {
    std::int64_t letters = 0;          // all letters, including those of script Common or Inherited
    std::vector<ScriptShare> scripts;  // one entry per script that has letters, most letters first
    std::int64_t invalidSequences = 0; // ill-formed UTF-8 sequences met (each skipped)
    /// The script with the most letters, ignoring Common and Inherited; USCRIPT_INVALID_CODE when the
    /// text has no letters in a real script. Ties go to the lower ICU script code (stable, not meaningful).
    UScriptCode dominant() const;
    std::int64_t lettersIn(UScriptCode script) const;
};

/// Counts the letters of valid or invalid UTF-8 by script (ICU uscript_getScript per code point).
/// Marks, digits, punctuation, symbols and invalid bytes are not letters and are not counted.
ScriptProfile profileScripts(std::string_view utf8);

/// True when text tagged with `writingSystem` may contain letters of `letterScript`: the same script,
/// or a composite writing system that includes it (Jpan: Han, Hiragana, Katakana; Kore: Hangul, Han;
/// Hans and Hant: Han).
bool scriptCovers(UScriptCode writingSystem, UScriptCode letterScript);

} // namespace cairn::text
