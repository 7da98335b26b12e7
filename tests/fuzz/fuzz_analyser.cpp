// libFuzzer target: the search analyser (text/analyser.h) on arbitrary valid UTF-8.
// Checks, for a passage language chosen by the input's first byte, in folding, exact and query mode:
//   - every offset lies inside the text, byteStart < byteEnd, cpStart < cpEnd, and the code-point
//     offsets name the same places as the byte offsets (text::codePointToByte);
//   - surface tokens come in text order at positions 0, 1, 2…; expansions follow their word with its
//     position and offsets and are well-formed derived terms of the passage's language;
//   - terms are non-empty valid UTF-8 within the length limit; folded terms are fixed points of fold();
//     exact terms are the text between their offsets;
//   - the UTF-8 word scanner agrees with ICU's BreakIterator whenever it accepts the text.

#include "text/analyser.h"
#include "text/analyser_segment.h"
#include "text/fold.h"
#include "text/normalize.h"
#include "text/stem.h"
#include "text/utf.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

void checkTokens(std::string_view text, const std::vector<cairn::text::Token>& tokens,
                 std::string_view language, bool exact) {
    using cairn::text::Analyser;
    const auto size = static_cast<std::int64_t>(text.size());
    const std::int64_t codePoints = cairn::text::codePointCount(text);
    const cairn::text::Token* word = nullptr;
    std::int32_t nextPosition = 0;
    std::int64_t previousEnd = 0;
    for (const auto& t : tokens) {
        require(t.byteStart >= 0 && t.byteStart < t.byteEnd && t.byteEnd <= size);
        require(t.cpStart >= 0 && t.cpStart < t.cpEnd && t.cpEnd <= codePoints);
        require(cairn::text::codePointToByte(text, t.cpStart) == t.byteStart);
        require(cairn::text::codePointToByte(text, t.cpEnd) == t.byteEnd);
        require(!t.term.empty() && cairn::text::isValidUtf8(t.term));
        if (!t.expansion) {
            require(t.position == nextPosition++);
            require(t.byteStart >= previousEnd);
            previousEnd = t.byteEnd;
            require(t.term.size() <= Analyser::kMaxTermBytes);
            require(!Analyser::parseDerivedTerm(t.term));
            const std::string_view written = text.substr(static_cast<std::size_t>(t.byteStart),
                                                         static_cast<std::size_t>(t.byteEnd - t.byteStart));
            if (exact)
                require(written.substr(0, t.term.size()) == t.term);
            else
                require(cairn::text::fold(t.term) == t.term);
            word = &t;
            continue;
        }
        require(!exact && word);
        require(t.position == word->position && t.byteStart == word->byteStart &&
                t.byteEnd == word->byteEnd && t.cpStart == word->cpStart && t.cpEnd == word->cpEnd);
        require(t.term.size() <= Analyser::kMaxTermBytes + 10);
        const auto derived = Analyser::parseDerivedTerm(t.term);
        require(derived && !derived->key.empty());
        if (!language.empty()) require(derived->language == language);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (!cairn::text::isValidUtf8(text)) return 0;

    static const std::array<const char*, 8> kLanguages = {"en", "cy", "fr", "pl", "fa", "ar", "lt", "und"};
    const char* language = kLanguages[size ? data[0] % kLanguages.size() : 0];
    static const cairn::text::Analyser folding;
    static const cairn::text::Analyser exact(
        cairn::text::AnalyserOptions{.expand = false, .exact = true, .queryLanguages = {}});
    static const cairn::text::Analyser query(
        cairn::text::AnalyserOptions{.expand = true, .exact = false, .queryLanguages = {"cy", "en", "fa"}});

    checkTokens(text, folding.analyse(text, language), cairn::text::expansionLanguage(language), false);
    checkTokens(text, exact.analyse(text, language), {}, true);
    const std::string nfc = cairn::text::toNfc(text);
    checkTokens(nfc, query.analyseQuery(text), {}, false);

    std::vector<cairn::text::detail::WordSpan> direct, icu;
    if (cairn::text::detail::segmentWordsDirect(text, direct)) {
        cairn::text::detail::segmentWordsIcu(text, icu);
        require(direct == icu);
    }
    return 0;
}
