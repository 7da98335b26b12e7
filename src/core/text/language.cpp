// Language detection: the script picks the detector, the detector judges that script's letters, and
// the result is scaled by how much of the text that script covers. See language.h for the rules.

#include "text/language.h"

#include "text/language_detail.h"
#include "text/script.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace cairn::text {

namespace {

const LanguageGuess kUndetermined{"und", 0, false};

// Writing systems whose languages mix scripts (kanji with kana, hanja with hangul): CLD2 sees the
// whole text, not one script's letters.
bool isCjk(UScriptCode script) {
    return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
           script == USCRIPT_HANGUL;
}

LanguageGuess detectInScript(std::string_view utf8, const ScriptProfile& profile, UScriptCode script) {
    switch (script) {
    case USCRIPT_ETHIOPIC:
        return detail::detectEthiopic(utf8);
    case USCRIPT_ARABIC:
        return detail::detectArabicScript(utf8);
    default:
        break;
    }
    // Valid UTF-8 in one script (or a CJK mix) goes to CLD2 as it is, without a filtered copy.
    const bool valid = profile.invalidSequences == 0;
    if (isCjk(script))
        return detail::detectWithCld2(valid ? utf8 : detail::textInScript(utf8, USCRIPT_INVALID_CODE));
    if (valid && profile.scripts.size() == 1) return detail::detectWithCld2(utf8);
    return detail::detectWithCld2(detail::textInScript(utf8, script));
}

LanguageGuess detectWithProfile(std::string_view utf8, const ScriptProfile& profile) {
    const UScriptCode script = profile.dominant();
    if (profile.letters < kMinLetters || script == USCRIPT_INVALID_CODE) return kUndetermined;
    LanguageGuess guess = detectInScript(utf8, profile, script);
    if (guess.tag == "und") return kUndetermined;
    // The detector judged one script's letters; the rest of the text is in other languages.
    const std::int64_t judged = isCjk(script) ? profile.letters : profile.lettersIn(script);
    const double share = static_cast<double>(judged) / static_cast<double>(profile.letters);
    guess.confidence = std::clamp(static_cast<int>(std::lround(guess.confidence * share)), 0, 100);
    if (judged < kReliableLetters) {
        guess.reliable = false;
        guess.confidence = std::min(guess.confidence, 50);
    }
    return guess;
}

// What the passage helper needs to know about a document's language tag. Import asks about the same
// tag for every passage of a document, so the ICU work is done once per thread and tag.
struct DocumentLanguage {
    std::string given;                 // as the caller spelt it, returned as is
    bool known = false;                // a valid tag other than "und"
    std::string canonical;             // canonicalLanguageTag(given) when known
    std::optional<UScriptCode> script; // the script it is written in, when ICU knows
};

const DocumentLanguage& documentLanguageInfo(std::string_view tag) {
    thread_local std::optional<DocumentLanguage> cached;
    if (!cached || cached->given != tag) {
        DocumentLanguage info{std::string(tag), false, {}, std::nullopt};
        if (isValidLanguageTag(tag)) {
            info.canonical = canonicalLanguageTag(tag);
            info.known = info.canonical != "und";
            info.script = detail::scriptOfLanguage(tag);
        }
        cached = std::move(info);
    }
    return *cached;
}

} // namespace

LanguageGuess detectLanguage(std::string_view utf8) {
    return detectWithProfile(utf8, profileScripts(utf8));
}

std::string detectPassageLanguage(std::string_view utf8, std::string_view documentLanguage) {
    const ScriptProfile profile = profileScripts(utf8);
    const LanguageGuess guess = detectWithProfile(utf8, profile);
    const DocumentLanguage& document = documentLanguageInfo(documentLanguage);
    if (guess.reliable) {
        // Keep the user's more precise tag: a Dari ("fa-AF", "prs") document's passages detect as "fa".
        if (document.known && detail::sameLanguage(guess.tag, document.canonical)) return document.given;
        return guess.tag;
    }
    const UScriptCode script = profile.dominant();
    if (document.known &&
        (script == USCRIPT_INVALID_CODE || !document.script || scriptCovers(*document.script, script)))
        return document.given;
    // The document's language cannot be this passage's (or is unknown): the script's own rules, which
    // name a language for a single Arabic or Ethiopic word.
    // The guess already is their verdict unless the passage had too few letters for detectLanguage.
    if (guess.tag == "und" && (script == USCRIPT_ARABIC || script == USCRIPT_ETHIOPIC)) {
        const LanguageGuess byScript = detectInScript(utf8, profile, script);
        if (byScript.tag != "und") return byScript.tag;
    }
    return guess.tag;
}

} // namespace cairn::text
