#include "text/script.h"

#include <algorithm>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace cairn::text {

namespace {

bool isRealScript(UScriptCode script) {
    return script != USCRIPT_COMMON && script != USCRIPT_INHERITED && script != USCRIPT_UNKNOWN &&
           script != USCRIPT_INVALID_CODE;
}

} // namespace

UScriptCode ScriptProfile::dominant() const {
    // `scripts` is sorted by letters (descending) then by code, so the first real script wins.
    for (const auto& share : scripts)
        if (isRealScript(share.script)) return share.script;
    return USCRIPT_INVALID_CODE;
}

std::int64_t ScriptProfile::lettersIn(UScriptCode script) const {
    for (const auto& share : scripts)
        if (share.script == script) return share.letters;
    return 0;
}

ScriptProfile profileScripts(std::string_view utf8) {
    // A flat counter per script code: one array index per letter instead of a map lookup, which keeps
    // a megabyte of text to a few milliseconds.
    const int maxScript = u_getIntPropertyMaxValue(UCHAR_SCRIPT);
    std::vector<std::int64_t> counts(static_cast<std::size_t>(maxScript) + 1, 0);
    ScriptProfile profile;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const std::size_t size = utf8.size();
    std::size_t pos = 0;
    while (pos < size) {
        const std::uint8_t lead = bytes[pos];
        if (lead < 0x80) { // ASCII: letters are Latin, everything else is not a letter
            if ((lead | 0x20) >= 'a' && (lead | 0x20) <= 'z') {
                ++counts[USCRIPT_LATIN];
                ++profile.letters;
            }
            ++pos;
            continue;
        }
        std::int32_t i = 0;
        const auto window = static_cast<std::int32_t>(std::min<std::size_t>(size - pos, 4));
        UChar32 c = 0;
        U8_NEXT(bytes + pos, i, window, c);
        pos += static_cast<std::size_t>(i);
        if (c < 0) {
            ++profile.invalidSequences;
            continue;
        }
        if ((U_GET_GC_MASK(c) & U_GC_L_MASK) == 0) continue;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &status);
        ++profile.letters;
        if (U_SUCCESS(status) && script >= 0 && script <= maxScript)
            ++counts[static_cast<std::size_t>(script)];
    }
    for (int script = 0; script <= maxScript; ++script)
        if (counts[static_cast<std::size_t>(script)] > 0)
            profile.scripts.push_back(
                {static_cast<UScriptCode>(script), counts[static_cast<std::size_t>(script)]});
    std::stable_sort(profile.scripts.begin(), profile.scripts.end(),
                     [](const ScriptShare& a, const ScriptShare& b) { return a.letters > b.letters; });
    return profile;
}

bool scriptCovers(UScriptCode writingSystem, UScriptCode letterScript) {
    if (writingSystem == letterScript) return true;
    switch (writingSystem) {
    case USCRIPT_JAPANESE:
        return letterScript == USCRIPT_HAN || letterScript == USCRIPT_HIRAGANA ||
               letterScript == USCRIPT_KATAKANA;
    case USCRIPT_KOREAN:
        return letterScript == USCRIPT_HANGUL || letterScript == USCRIPT_HAN;
    case USCRIPT_SIMPLIFIED_HAN:
    case USCRIPT_TRADITIONAL_HAN:
        return letterScript == USCRIPT_HAN;
    default:
        return false;
    }
}

} // namespace cairn::text
