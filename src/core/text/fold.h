#pragma once
// Folding: the character-level half of the analyser. Two words that a user would call "the same word
// typed differently" fold to the same string. Applied to every indexed token and every query term, so
// the rules below are the matching rules of search. Changing any of them changes the analyser's output:
// bump Analyser::kVersion (analyser.h).
//
// fold(), per code point of NFC text (tables in fold_table.cpp, built from ICU on first use):
//   1. Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) and half-/full-width forms
//      (U+FF00–U+FFEF) are replaced by their compatibility decomposition (NFKC), e.g. "ﻻ" → "لا".
//   2. Full Unicode case folding (ß → ss, İ → i, ﬁ → fi, final ς → σ).
//   3. Removed everywhere: Arabic harakat and other Arabic-block combining marks (U+064B–U+065F,
//      U+0670 superscript alef, U+0610–U+061A, U+06D6–U+06ED, U+08D3–U+08FF), tatweel U+0640,
//      default-ignorable code points (ZWNJ U+200C and ZWJ U+200D inside words, so "می‌روند" and
//      "میروند" are one term; soft hyphen; bidi marks; variation selectors), U+202F NARROW NO-BREAK
//      SPACE (word breaking keeps it inside "10 000") and emoji skin-tone modifiers.
//   4. Latin diacritics: canonical decomposition, then combining marks after a Latin letter are
//      removed (é → e, ŵ → w, ž → z, ė → e, ą → a), plus letters with no decomposition: ł→l, ø→o,
//      đ→d, ð→d, þ→th, æ→ae, œ→oe, ħ→h, ı→i, ŀ→l, ŧ→t, ƀ→b, ƶ→z. Marks on Greek, Cyrillic,
//      Devanagari, Ethiopic… letters are kept (they distinguish letters there).
//   5. Arabic script: أ إ آ ٱ → ا; ة → ه (and ۀ ہ ۂ ۃ → ه); ى ی ې ۍ ئ → ي; ک ڪ → ك; ګ → گ;
//      ؤ → و (the hamza is a mark once decomposed). See explicitFold in fold_table.cpp for why these
//      and not ښ/ش and the other Pashto letters.
//   6. Decimal digits of every script become ASCII digits ("۲۰۱۹" → "2019"); apostrophes U+2019 and
//      U+FF07 become U+0027.
// Each code point's fold is NFC; the rules are idempotent: fold(fold(x)) == fold(x) (tested for every
// code point).
//
// caseFold() applies steps 1–3 and 6 only: diacritics and letter variants are kept. Stemmers that
// know the accents of their language (French é, Lithuanian ė) read this form.

#include <string>
#include <string_view>

namespace cairn::text {

/// Folds UTF-8 text (any, NFC expected) by the rules above. Ill-formed bytes become U+FFFD first.
std::string fold(std::string_view utf8);
/// Appends fold(utf8) to `out` (no allocation when `out` has the capacity).
void appendFold(std::string_view utf8, std::string& out);

/// Case folding and removals only (steps 1–3 and 6): the input form for diacritic-aware stemmers.
std::string caseFold(std::string_view utf8);
void appendCaseFold(std::string_view utf8, std::string& out);

} // namespace cairn::text
