// BCP 47 language tags through ICU: validation of what users type (--lang), canonical spelling, the
// script a language is written in, and which tags detection cannot tell apart.

#include "common/error.h"
#include "text/language_detail.h"

#include <algorithm>
#include <array>
#include <unicode/uloc.h>

namespace cairn::text {

namespace {

constexpr std::size_t kMaxTagLength = 256;

// Calls an ICU function that fills a char buffer, growing the buffer until the answer fits.
template <typename Fill> std::optional<std::string> icuString(Fill fill) {
    std::string buffer(64, '\0');
    for (int attempt = 0; attempt < 3; ++attempt) {
        UErrorCode status = U_ZERO_ERROR;
        const int32_t length = fill(buffer.data(), static_cast<int32_t>(buffer.size()), &status);
        if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) {
            buffer.assign(static_cast<std::size_t>(length) + 1, '\0');
            continue;
        }
        if (U_FAILURE(status) || length < 0) return std::nullopt;
        buffer.resize(static_cast<std::size_t>(length));
        return buffer;
    }
    return std::nullopt;
}

bool isAsciiAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The ICU locale ID of a valid tag, e.g. "fa-AF" → "fa_AF".
std::optional<std::string> localeOf(std::string_view tag) {
    if (!isValidLanguageTag(tag)) return std::nullopt;
    const std::string copy(tag);
    return icuString([&copy](char* out, int32_t capacity, UErrorCode* status) {
        return uloc_forLanguageTag(copy.c_str(), out, capacity, nullptr, status);
    });
}

std::string primaryLanguage(std::string_view tag) {
    std::string language(tag.substr(0, tag.find('-')));
    std::transform(language.begin(), language.end(), language.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return language;
}

// The macrolanguage detection reports for members it cannot tell apart (ISO 639-3 macrolanguage
// mappings; only those of the languages Cairn's users write).
std::string_view macrolanguage(std::string_view language) {
    struct Member {
        std::string_view member, macro;
    };
    static constexpr std::array<Member, 14> kMembers = {{{"prs", "fa"},
                                                         {"pes", "fa"},
                                                         {"pbt", "ps"},
                                                         {"pbu", "ps"},
                                                         {"pst", "ps"},
                                                         {"arb", "ar"},
                                                         {"arz", "ar"},
                                                         {"apc", "ar"},
                                                         {"ajp", "ar"},
                                                         {"acm", "ar"},
                                                         {"apd", "ar"},
                                                         {"ary", "ar"},
                                                         {"aeb", "ar"},
                                                         {"ckb", "ku"}}};
    for (const auto& [member, macro] : kMembers)
        if (member == language) return macro;
    return language;
}

} // namespace

bool isValidLanguageTag(std::string_view tag) {
    if (tag.empty() || tag.size() > kMaxTagLength) return false;
    // BCP 47 language subtag: 2–3 letters (ISO 639) or 5–8 (registered); 4 is reserved. ICU also takes
    // "root", "x-…" and "i-…", which are not languages a passage can be in.
    const std::string_view first = tag.substr(0, tag.find('-'));
    if (first.size() < 2 || first.size() > 8 || first.size() == 4) return false;
    if (!std::all_of(first.begin(), first.end(), isAsciiAlpha)) return false;
    const std::string copy(tag);
    if (copy.find('\0') != std::string::npos) return false;
    int32_t parsed = 0;
    const auto locale = icuString([&copy, &parsed](char* out, int32_t capacity, UErrorCode* status) {
        return uloc_forLanguageTag(copy.c_str(), out, capacity, &parsed, status);
    });
    return locale.has_value() && parsed == static_cast<int32_t>(copy.size());
}

std::string canonicalLanguageTag(std::string_view tag) {
    const auto locale = localeOf(tag);
    if (!locale)
        throw InvalidInput("not a BCP 47 language tag: \"" + std::string(tag.substr(0, kMaxTagLength)) +
                           "\"");
    const auto canonical = icuString([&locale](char* out, int32_t capacity, UErrorCode* status) {
        return uloc_toLanguageTag(locale->c_str(), out, capacity, /*strict=*/true, status);
    });
    if (!canonical) throw InvalidInput("ICU cannot spell the language tag \"" + std::string(tag) + "\"");
    return *canonical;
}

namespace detail {

std::optional<UScriptCode> scriptOfLanguage(std::string_view tag) {
    const auto locale = localeOf(tag);
    if (!locale) return std::nullopt;
    const auto likely = icuString([&locale](char* out, int32_t capacity, UErrorCode* status) {
        return uloc_addLikelySubtags(locale->c_str(), out, capacity, status);
    });
    if (!likely) return std::nullopt;
    const auto script = icuString([&likely](char* out, int32_t capacity, UErrorCode* status) {
        return uloc_getScript(likely->c_str(), out, capacity, status);
    });
    if (!script || script->empty()) return std::nullopt;
    UScriptCode codes[4];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t n = uscript_getCode(script->c_str(), codes, 4, &status);
    if (U_FAILURE(status) || n < 1) return std::nullopt;
    return codes[0];
}

bool sameLanguage(std::string_view a, std::string_view b) {
    const std::string languageA = primaryLanguage(a), languageB = primaryLanguage(b);
    return macrolanguage(languageA) == macrolanguage(languageB);
}

} // namespace detail

} // namespace cairn::text
