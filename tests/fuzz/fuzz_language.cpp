// libFuzzer target: language detection and the passage helper on arbitrary valid UTF-8.
// Checks that neither crashes, that every answer is a non-empty tag with a confidence in 0–100, that
// "und" is never reliable, and that the passage helper honours its documented inheritance.

#include "text/language.h"
#include "text/utf.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (!cairn::text::isValidUtf8(text)) return 0;

    const cairn::text::LanguageGuess guess = cairn::text::detectLanguage(text);
    require(!guess.tag.empty());
    require(guess.confidence >= 0 && guess.confidence <= 100);
    require(!(guess.tag == "und" && (guess.reliable || guess.confidence != 0)));
    require(cairn::text::isValidLanguageTag(guess.tag));

    for (const std::string_view document : {"en", "fa-AF", "ti", "und", ""}) {
        const std::string passage = cairn::text::detectPassageLanguage(text, document);
        require(!passage.empty());
        if (guess.reliable) require(passage == guess.tag || passage == document);
    }
    // The same bytes as a would-be --lang value must not crash the tag functions either.
    if (cairn::text::isValidLanguageTag(text)) require(!cairn::text::canonicalLanguageTag(text).empty());
    return 0;
}
