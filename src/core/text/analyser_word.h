#pragma once
// From a word segment to the piece of it that is indexed (internal to text/):
//   - trimWord: word breaking joins '_' and U+202F NARROW NO-BREAK SPACE (ExtendNumLet) to the letters
//     around them and keeps a ZWNJ or emoji modifier at a word's end; such edges are not part of the word.
//   - splitClitics: elided French articles and pronouns before an apostrophe, and Welsh (and English
//     possessive) clitics after one, are dropped: the token is the word itself, with its own offsets.
//     Word breaking keeps "l'accueil" and "Mae'r" as one segment, so this is done here.
//   - collapseInitialisms: "U.K." is the segment "U.K"; its term is "uk", so it matches "UK".
// These rules are language-independent on purpose: a query's language is unknown, and a Welsh or French
// word inside an English passage must be split as it would be in a Welsh or French one.

#include "text/analyser_segment.h"

#include <string>
#include <string_view>

namespace cairn::text::detail {

/// Trims, from the start, characters that are neither letters nor digits and, from the end, those that
/// are neither letters, digits nor combining marks. False when nothing is left (a lone "_" or "__").
bool trimWord(std::string_view text, WordSpan& span);

/// French elision: l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' quoiqu' (any case, with U+0027,
/// U+2019 or U+FF07) before a word starting with a vowel or h are dropped: "L'accueil" → "accueil",
/// "qu'il" → "il", "jusqu'à" → "à". Then Welsh clitics after a vowel, 'r 'n 'm 'i 'w 'th 'ch, are
/// dropped: "Mae'r" → "Mae", "i'r" → "i", "hi'n" → "hi", "fe'i" → "fe"; and the possessive or
/// contracted 's after anything: "Amira's" → "Amira". Other apostrophes stay inside the word
/// ("don't", "aujourd'hui", "O'Brien"). Never leaves an empty span.
void splitClitics(std::string_view text, WordSpan& span);

/// When a folded term is single letters separated by dots ("u.k", "e.g", "a.m"), drops the dots.
void collapseInitialisms(std::string& term);

} // namespace cairn::text::detail
