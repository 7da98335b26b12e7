#pragma once
// Internals of language detection, shared by language*.cpp and not part of the text module's API.
// Each detector returns a guess about the letters of its own script only; language.cpp scales the
// confidence by that script's share of the text and applies the length rules.

#include "text/language.h"

#include <optional>
#include <string>
#include <string_view>
#include <unicode/uscript.h>

namespace cairn::text::detail {

/// `utf8` with the letters of every script but `script` replaced by one space per run, invalid bytes
/// and NUL likewise, and (for USCRIPT_ARABIC) harakat, Quranic marks and tatweel removed. Digits,
/// punctuation, spaces and other Common or Inherited code points stay. USCRIPT_INVALID_CODE keeps every
/// script (only invalid bytes and NUL go). The result is valid UTF-8.
std::string textInScript(std::string_view utf8, UScriptCode script);

/// CLD2 on valid UTF-8. The tag is mapped to short BCP 47 ("iw" → "he", "un" → "und"); the confidence
/// is CLD2's percentage of the text in that language, halved when CLD2 says the guess is unreliable.
LanguageGuess detectWithCld2(std::string_view validUtf8);

/// Arabic-script rules (Pashto letters, then CLD2, then Urdu/Persian letters, then "ar") on the
/// Arabic-script letters of `utf8`. Gives a tag for any text with at least one Arabic letter.
LanguageGuess detectArabicScript(std::string_view utf8);

/// Tigrinya or Amharic for the Ethiopic letters of `utf8` (exttextcat, then spelling cues).
/// Gives "ti" or "am" for any text with at least one Ethiopic letter.
LanguageGuess detectEthiopic(std::string_view utf8);

/// The script a language tag is written in: explicit ("sr-Latn"), else ICU's likely subtags
/// ("fa-AF" → Arab, "ti" → Ethi). Empty when the tag is invalid or ICU does not know the language.
std::optional<UScriptCode> scriptOfLanguage(std::string_view tag);

/// True when two canonical tags (canonicalLanguageTag) name the same language: equal language subtags,
/// or a macrolanguage and one of its members that detection cannot tell apart ("fa" and "prs", "ps" and
/// "pbu", "ar" and "apc").
bool sameLanguage(std::string_view a, std::string_view b);

} // namespace cairn::text::detail
