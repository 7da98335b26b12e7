#include "text/normalize.h"

#include "common/error.h"
#include "text/utf.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace cairn::text {

namespace {
const icu::Normalizer2& nfc() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw Error(std::string("ICU NFC normaliser unavailable: ") + u_errorName(status));
    return *n;
}
} // namespace

bool isNfc(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    const auto us =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    return nfc().isNormalized(us, status) && U_SUCCESS(status);
}

std::string toNfc(std::string_view utf8) {
    std::int64_t bad = 0;
    if (!isValidUtf8(utf8, &bad)) throw InvalidInput("invalid UTF-8", {}, bad);
    // Normalizer2 works on UTF-16 with int32 lengths; imports refuse text larger than that long before
    // it gets here (see import/limits.h), so the whole text is processed at once.
    const auto us =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    UErrorCode status = U_ZERO_ERROR;
    const auto span = nfc().spanQuickCheckYes(us, status);
    if (U_SUCCESS(status) && span == us.length()) return std::string(utf8);
    status = U_ZERO_ERROR;
    const icu::UnicodeString normalised = nfc().normalize(us, status);
    if (U_FAILURE(status)) throw InvalidInput(std::string("cannot normalise text: ") + u_errorName(status));
    std::string out;
    normalised.toUTF8String(out);
    return out;
}

std::string normalizeNewlines(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string canonicalText(std::string_view utf8) {
    static constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (utf8.substr(0, bom.size()) == bom) utf8.remove_prefix(bom.size());
    return toNfc(normalizeNewlines(utf8));
}

std::string_view trim(std::string_view utf8) {
    auto isSpaceAt = [&](std::size_t begin, std::size_t end) {
        int32_t i = 0;
        UChar32 c;
        const auto* s = reinterpret_cast<const uint8_t*>(utf8.data() + begin);
        U8_NEXT(s, i, static_cast<int32_t>(end - begin), c);
        return c >= 0 && (u_isUWhiteSpace(c) || c == 0xFEFF);
    };
    std::size_t begin = 0;
    while (begin < utf8.size()) {
        std::size_t next = begin + 1;
        while (next < utf8.size() && (static_cast<unsigned char>(utf8[next]) & 0xC0) == 0x80)
            ++next;
        if (!isSpaceAt(begin, next)) break;
        begin = next;
    }
    std::size_t end = utf8.size();
    while (end > begin) {
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(utf8[start]) & 0xC0) == 0x80)
            --start;
        if (!isSpaceAt(start, end)) break;
        end = start;
    }
    return utf8.substr(begin, end - begin);
}

} // namespace cairn::text
