#pragma once
// Language detection for passages and documents, and validation of user-given language tags.
//
// The script decides which detector runs (counted in letters, so punctuation, digits and harakat do not
// vote):
//   - Ethiopic: libexttextcat's n-gram profiles, restricted to the Ethiopic-script languages it knows
//     (Tigrinya "ti", Amharic "am"); when its two scores are within its own 3% margin, Tigrinya-only
//     spellings (ኣ, ሓ, the ቐ and ኸ series) and common function words of either language break the tie.
//   - Arabic: a Pashto test first (letters only Pashto uses, ټ ډ ړ ږ ښ ځ څ ګ ڼ ې ۍ, and a few Pashto-only
//     function words), because the CLD2 build we link has no Pashto model and reads Pashto as Persian;
//     the same test for Central Kurdish ("ckb": ڕ ڵ ۆ ێ ە), which it lacks too; then CLD2 on the
//     Arabic-script letters with harakat and tatweel removed (CLD2 fails on vocalised text otherwise); when
//     CLD2 is unsure, letters only Urdu or Persian use decide, else Arabic. CLD2 has no Dari model: Dari is
//     reported as Persian, "fa". A user who knows better sets the document language to "fa-AF" or "prs",
//     which detectPassageLanguage then keeps.
//   - Latin and every other script: CLD2 (Welsh, Polish, Lithuanian, French, English and ~80 more; not
//     Somali, which the linked tables answer as Ganda "lg").
// Code-switched text: the script with the most letters wins, then that script's detector runs on that
// script's letters only, so an English sentence followed by a shorter Arabic one is "en" with a
// confidence scaled down by the Arabic share. Detection has no side effects and is thread-safe (Ethiopic
// text is classified under one mutex, exttextcat's handle not being reentrant).

#include <string>
#include <string_view>

namespace cairn::text {

struct LanguageGuess {
    // Short BCP 47 tag: "en", "cy", "ar", "fa", "ps", "ckb", "ti", "am", "zh-Hant"…, or "und".
    std::string tag;
    int confidence = 0; // 0–100: the detector's certainty times the share of the text's letters it judged
    bool reliable = false; // the detector is sure and the text has at least kReliableLetters letters
};

/// Fewer letters than this and detectLanguage answers "und".
inline constexpr int kMinLetters = 4;
/// Fewer letters than this and no guess is reliable; detectPassageLanguage inherits the document's language.
inline constexpr int kReliableLetters = 20;

/// Guesses the language of UTF-8 text (NFC or not; invalid bytes are skipped). Text with fewer than
/// kMinLetters letters (digits, punctuation, a word) or in no language a detector knows gives
/// {"und", 0, false}. Never throws except std::bad_alloc.
LanguageGuess detectLanguage(std::string_view utf8);

/// The language to store for one passage of a document whose language is `documentLanguage` (a tag the
/// user gave or detectLanguage found for the whole document; "", "und" or an invalid tag when unknown).
/// When the passage inherits it, `documentLanguage` is returned as given.
///   - A reliable guess over kReliableLetters letters wins, except that when it names the document's
///     language (or a variety of it: "fa" in a "fa-AF" or "prs" document) the document's tag is kept.
///   - Otherwise the passage inherits `documentLanguage` unless the passage's script rules it out
///     (an Arabic-script line in an English document): then the script's own rules decide even for
///     a single word (Arabic script: Pashto, CLD2, Urdu/Persian letters, "ar"; Ethiopic: "ti" or "am"),
///     and other scripts take the unreliable guess or "und".
/// Returns a non-empty tag.
std::string detectPassageLanguage(std::string_view utf8, std::string_view documentLanguage);

/// True when `tag` is a well-formed BCP 47 language tag with a language subtag (ICU
/// uloc_forLanguageTag must consume all of it): "cy", "fa-AF", "prs", "zh-Hant-TW", "und". Refuses
/// "", "fa_AF", "en-", "root", private-use-only "x-…" and grandfathered "i-…" tags. Used to check `--lang`.
bool isValidLanguageTag(std::string_view tag);

/// The canonical spelling of a valid tag (ICU): lowercase language, titlecase script, uppercase region,
/// deprecated codes replaced ("CY" → "cy", "fa-af" → "fa-AF", "iw" → "he"). Throws InvalidInput when
/// !isValidLanguageTag(tag).
std::string canonicalLanguageTag(std::string_view tag);

} // namespace cairn::text
