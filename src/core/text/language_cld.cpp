// CLD2 behind one function, and the script filter every detector feeds its text through.
// CLD2 (the Debian build of libcld2, ~80 languages) is thread-safe and needs no initialisation; it must
// be given valid UTF-8, which textInScript guarantees.

#include "text/language_detail.h"

#include <algorithm>
#include <cld2/public/compact_lang_det.h>
#include <climits>
#include <cstdio> // compact_lang_det.h uses FILE without including it
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace cairn::text::detail {

namespace {

// Harakat, Quranic annotation marks and tatweel: vocalisation and stretching that carry no evidence
// about the language, and that make CLD2 give up on otherwise plain Arabic ("الحُصُولُ عَلَى…").
bool isArabicMarkOrTatweel(UChar32 c) {
    return c == 0x0640 || (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) ||
           (c >= 0x08D3 && c <= 0x08FF);
}

std::string mapCld2Code(std::string_view code) {
    // CLD2 keeps a few pre-2000 ISO 639 codes and uses made-up ones for non-languages.
    if (code.empty() || code == "un" || code == "xxx" || code.starts_with("xx-") || code.starts_with("zz"))
        return "und";
    if (code == "iw") return "he";
    if (code == "jw") return "jv";
    if (code == "in") return "id";
    return std::string(code);
}

} // namespace

std::string textInScript(std::string_view utf8, UScriptCode script) {
    std::string out;
    out.reserve(utf8.size());
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const std::size_t size = utf8.size();
    std::size_t pos = 0;
    const auto separate = [&out] {
        if (!out.empty() && out.back() != ' ') out.push_back(' ');
    };
    while (pos < size) {
        const std::size_t start = pos;
        std::int32_t i = 0;
        const auto window = static_cast<std::int32_t>(std::min<std::size_t>(size - pos, 4));
        UChar32 c = 0;
        U8_NEXT(bytes + pos, i, window, c);
        pos += static_cast<std::size_t>(i);
        if (c < 0) {
            separate();
            continue;
        }
        if (script == USCRIPT_ARABIC && isArabicMarkOrTatweel(c)) continue;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode own = uscript_getScript(c, &status);
        const bool keep =
            script == USCRIPT_INVALID_CODE ||
            (U_SUCCESS(status) && (own == script || own == USCRIPT_COMMON || own == USCRIPT_INHERITED));
        if (keep && c != 0)
            out.append(utf8.substr(start, pos - start));
        else
            separate();
    }
    return out;
}

LanguageGuess detectWithCld2(std::string_view validUtf8) {
    // CLD2 counts in int; a text beyond 2 GiB is cut at a code point boundary below that.
    auto length = static_cast<int>(std::min<std::size_t>(validUtf8.size(), INT_MAX));
    while (static_cast<std::size_t>(length) < validUtf8.size() && length > 0 &&
           (static_cast<unsigned char>(validUtf8[static_cast<std::size_t>(length)]) & 0xC0) == 0x80)
        --length;
    CLD2::Language language3[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE};
    int percent3[3] = {0, 0, 0};
    int textBytes = 0;
    bool reliable = false;
    const CLD2::Language language = CLD2::ExtDetectLanguageSummary(
        validUtf8.data(), length, /*is_plain_text=*/true, language3, percent3, &textBytes, &reliable);
    const std::string tag = mapCld2Code(CLD2::LanguageCode(language));
    if (tag == "und") return {"und", 0, false};
    int percent = 0;
    for (int k = 0; k < 3; ++k)
        if (language3[k] == language) percent = std::max(percent, percent3[k]);
    return {tag, reliable ? percent : percent / 2, reliable};
}

} // namespace cairn::text::detail
