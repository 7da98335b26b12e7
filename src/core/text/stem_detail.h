#pragma once
// The stemmers behind makeStemmer (internal to text/): one factory per method.

#include "text/stem.h"

#include <unicode/uscript.h>

namespace cairn::text::detail {

/// True when `word` has a letter of `script` (any letter when script is USCRIPT_INVALID_CODE).
bool hasLetterOfScript(std::string_view word, UScriptCode script);

/// Hunspell's stems, for a language whose dictionary is installed as <dir>/<name>.aff and .dic.
std::unique_ptr<Stemmer> makeHunspellStemmer(const std::string& directory, const std::string& name);

/// Light stemming for Persian and Dari.
std::unique_ptr<Stemmer> makePersianStemmer();

} // namespace cairn::text::detail
