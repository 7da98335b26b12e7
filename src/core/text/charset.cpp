#include "text/charset.h"

#include "common/error.h"
#include "text/utf.h"

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace cairn::text {

namespace {

using Converter = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

struct Bom {
    std::string_view bytes;
    const char* encoding;
};
// UTF-32LE's mark begins with UTF-16LE's, so it is tested first.
constexpr std::array<Bom, 5> kBoms{{{std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
                                    {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
                                    {"\xEF\xBB\xBF", "UTF-8"},
                                    {"\xFF\xFE", "UTF-16LE"},
                                    {"\xFE\xFF", "UTF-16BE"}}};

std::string joinNames(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

Converter openConverter(const std::string& name, std::string_view file) {
    UErrorCode status = U_ZERO_ERROR;
    Converter cnv(name.empty() ? nullptr : ucnv_open(name.c_str(), &status), &ucnv_close);
    if (!cnv || U_FAILURE(status))
        throw InvalidInput("unknown encoding '" + name + "'; supported: " + joinNames(supportedEncodings()),
                           std::string(file));
    return cnv;
}

// ICU's canonical names are table ids ("ibm-5348_P100-1997"); users know the MIME or IANA name.
std::string displayName(UConverter* cnv) {
    UErrorCode status = U_ZERO_ERROR;
    const char* canonical = ucnv_getName(cnv, &status);
    for (const char* standard : {"MIME", "IANA"}) {
        UErrorCode s = U_ZERO_ERROR;
        if (const char* name = ucnv_getStandardName(canonical, standard, &s); name && U_SUCCESS(s))
            return name;
    }
    return canonical;
}

// Offset of the first code unit of `unitSize` bytes that is all zero; a NUL is never text.
std::optional<std::int64_t> firstNulUnit(std::string_view bytes, std::size_t unitSize) {
    for (std::size_t i = 0; i + unitSize <= bytes.size(); i += unitSize)
        if (std::all_of(bytes.begin() + static_cast<std::ptrdiff_t>(i),
                        bytes.begin() + static_cast<std::ptrdiff_t>(i + unitSize),
                        [](char c) { return c == 0; }))
            return static_cast<std::int64_t>(i);
    return std::nullopt;
}

[[noreturn]] void refuseBinary(std::string_view file, std::int64_t offset) {
    throw InvalidInput("looks like a binary file, not text (it contains a NUL character)", std::string(file),
                       offset);
}

// Appends UTF-16 to UTF-8, holding back a lead surrogate whose trail is in the next chunk.
void appendUtf16(std::string& out, const UChar* begin, const UChar* end, UChar& pendingLead) {
    for (const UChar* p = begin; p != end; ++p) {
        if (pendingLead) {
            appendCodePoint(out, static_cast<char32_t>(U16_GET_SUPPLEMENTARY(pendingLead, *p)));
            pendingLead = 0;
        } else if (U16_IS_LEAD(*p)) {
            pendingLead = *p;
        } else {
            appendCodePoint(out, *p);
        }
    }
}

// Converts with ICU, stopping at the first byte sequence the encoding does not define. ICU leaves
// `source` just past the offending bytes, and ucnv_getInvalidChars says how many they were.
std::string convertStrict(std::string_view bytes, UConverter* cnv, std::int64_t baseOffset,
                          std::string_view file) {
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 2);
    std::array<UChar, 16384> buffer{};
    const char* source = bytes.data();
    const char* const limit = bytes.data() + bytes.size();
    UChar pendingLead = 0;
    for (;;) {
        UChar* target = buffer.data();
        status = U_ZERO_ERROR;
        ucnv_toUnicode(cnv, &target, buffer.data() + buffer.size(), &source, limit, nullptr, true, &status);
        appendUtf16(out, buffer.data(), target, pendingLead);
        if (status == U_BUFFER_OVERFLOW_ERROR) continue;
        if (U_FAILURE(status)) {
            std::array<char, 32> bad{};
            auto badLength = static_cast<int8_t>(bad.size());
            UErrorCode ignored = U_ZERO_ERROR;
            ucnv_getInvalidChars(cnv, bad.data(), &badLength, &ignored);
            const auto offset = baseOffset + (source - bytes.data()) - badLength;
            throw InvalidInput("byte sequence not valid in " + displayName(cnv) +
                                   "; pass --encoding with the file's real encoding",
                               std::string(file), offset);
        }
        return out;
    }
}

// Decodes `bytes` (which start at `baseOffset` in the file) with the named encoding, strictly.
DecodedText decodeWith(std::string_view bytes, const std::string& name, std::int64_t baseOffset,
                       std::string_view file) {
    auto cnv = openConverter(name, file);
    DecodedText result;
    result.encoding = displayName(cnv.get());
    const auto unitSize = static_cast<std::size_t>(std::max<int8_t>(1, ucnv_getMinCharSize(cnv.get())));
    if (const auto nul = firstNulUnit(bytes, unitSize)) refuseBinary(file, baseOffset + *nul);
    if (result.encoding == "UTF-8") {
        // Our own validator is exact about offsets and avoids a UTF-16 round trip.
        std::int64_t bad = 0;
        if (!isValidUtf8(bytes, &bad))
            throw InvalidInput(
                "byte sequence not valid in UTF-8; pass --encoding with the file's real encoding",
                std::string(file), baseOffset + bad);
        result.utf8 = std::string(bytes);
    } else {
        result.utf8 = convertStrict(bytes, cnv.get(), baseOffset, file);
    }
    return result;
}

// How much a decoding reads like text: the share of code points that are letters, marks, digits,
// punctuation, symbols or ordinary whitespace rather than controls, unassigned or private-use.
// A sample of the first megabyte decides; the strict conversion has already checked the rest.
double textLikeShare(std::string_view utf8, std::int64_t* asciiCount) {
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(std::min<std::size_t>(utf8.size(), std::size_t{1} << 20));
    std::int64_t good = 0, total = 0;
    *asciiCount = 0;
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        ++total;
        *asciiCount += c >= 0 && c < 0x80;
        const auto type = u_charType(c);
        const bool bad = c < 0 ||
                         (type == U_CONTROL_CHAR && c != '\t' && c != '\n' && c != '\r' && c != '\f') ||
                         type == U_UNASSIGNED || type == U_PRIVATE_USE_CHAR || type == U_SURROGATE;
        good += !bad;
    }
    return total ? static_cast<double>(good) / static_cast<double>(total) : 0.0;
}

// NUL bytes without a BOM: UTF-16 whose NULs are the high (or low) halves of ASCII and Latin
// characters, or a binary file. Both byte orders are tried; the one whose decoding holds more ASCII
// (spaces, newlines, digits) wins, since the wrong order turns those into CJK and U+2000-range
// characters. ICU's detector only looks at 30 bytes and misses UTF-16 Arabic, so it is not used here.
DecodedText decodeUtf16WithoutBom(std::string_view bytes, std::string_view file, std::int64_t nulOffset) {
    std::optional<DecodedText> best;
    std::int64_t bestAscii = -1;
    for (const char* name : {"UTF-16LE", "UTF-16BE"}) {
        if (bytes.size() % 2 != 0) break;
        DecodedText candidate;
        try {
            candidate = decodeWith(bytes, name, 0, file);
        } catch (const InvalidInput&) {
            continue; // unpaired surrogates: not this byte order
        }
        std::int64_t ascii = 0;
        const double share = textLikeShare(candidate.utf8, &ascii);
        if (share < 0.95 || ascii <= bestAscii) continue;
        candidate.confidence = static_cast<int>(share * 100);
        bestAscii = ascii;
        best = std::move(candidate);
    }
    if (!best) refuseBinary(file, nulOffset);
    return *best;
}

struct Guess {
    std::string name;
    int confidence;
};

std::vector<Guess> detectorGuesses(std::string_view bytes) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    // The detector samples the start of the text; a megabyte is far more than its models read.
    const auto length = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), std::size_t{1} << 20));
    ucsdet_setText(detector.get(), bytes.data(), length, &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
    std::vector<Guess> guesses;
    if (U_FAILURE(status)) return guesses;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode s = U_ZERO_ERROR;
        const char* name = ucsdet_getName(matches[i], &s);
        const int confidence = ucsdet_getConfidence(matches[i], &s);
        if (U_SUCCESS(s) && name) guesses.push_back({name, confidence});
    }
    return guesses;
}

// ICU names the ISO-8859 member of a pair when the C1 range (0x80-0x9F) is absent from the bytes it
// sampled, but a C1 byte anywhere means Windows wrote the file: those bytes are curly quotes, dashes
// and the euro sign there, and invisible controls in ISO-8859. Without C1 bytes, 0xA4 in "Latin-1"
// text is far likelier the euro sign of ISO-8859-15 than the generic currency sign.
std::string refineGuess(const std::string& name, std::string_view bytes) {
    const bool hasC1 = std::any_of(bytes.begin(), bytes.end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b >= 0x80 && b <= 0x9F;
    });
    if (name == "ISO-8859-1")
        return hasC1 ? "windows-1252" : bytes.find('\xA4') != bytes.npos ? "ISO-8859-15" : name;
    if (name == "ISO-8859-2" && hasC1) return "windows-1250";
    return name;
}

DecodedText detect(std::string_view bytes, std::string_view file) {
    const auto guesses = detectorGuesses(bytes);
    const auto& supported = supportedEncodings();
    std::optional<InvalidInput> firstFailure;
    for (const auto& guess : guesses) {
        // UTF-8 was ruled out before detection; the detector still offers it for nearly-valid input.
        if (guess.name == "UTF-8" ||
            std::find(supported.begin(), supported.end(), guess.name) == supported.end())
            continue;
        if (guess.confidence < kMinDetectionConfidence) break;
        try {
            auto decoded = decodeWith(bytes, refineGuess(guess.name, bytes), 0, file);
            decoded.confidence = guess.confidence;
            return decoded;
        } catch (const InvalidInput& e) {
            if (!firstFailure) firstFailure = e; // a byte this guess cannot decode: try the next guess
        }
    }
    if (firstFailure) throw *firstFailure;
    std::string named;
    for (std::size_t i = 0; i < std::min<std::size_t>(3, guesses.size()); ++i)
        named += (i ? ", " : "") + guesses[i].name + " " + std::to_string(guesses[i].confidence) + "%";
    throw InvalidInput("cannot tell the text encoding with confidence (best guesses: " +
                           (named.empty() ? std::string("none") : named) +
                           "); pass --encoding NAME, for example --encoding windows-1257 for Lithuanian",
                       std::string(file));
}

} // namespace

const std::vector<std::string>& supportedEncodings() {
    static const std::vector<std::string> names{"UTF-8",      "UTF-16LE",     "UTF-16BE",     "UTF-32LE",
                                                "UTF-32BE",   "windows-1252", "ISO-8859-1",   "ISO-8859-15",
                                                "ISO-8859-2", "windows-1250", "windows-1256", "windows-1257"};
    return names;
}

DecodedText decodeBytes(std::string_view bytes, const std::string& encodingHint,
                        std::string_view fileForErrors) {
    if (bytes.empty()) throw InvalidInput("the file is empty", std::string(fileForErrors));
    for (const auto& bom : kBoms) {
        if (bytes.substr(0, bom.bytes.size()) != bom.bytes) continue;
        auto decoded = decodeWith(bytes.substr(bom.bytes.size()), bom.encoding,
                                  static_cast<std::int64_t>(bom.bytes.size()), fileForErrors);
        decoded.hadBom = true;
        return decoded;
    }
    if (!encodingHint.empty()) return decodeWith(bytes, encodingHint, 0, fileForErrors);
    if (const auto nul = firstNulUnit(bytes, 1)) return decodeUtf16WithoutBom(bytes, fileForErrors, *nul);
    if (isValidUtf8(bytes)) return {std::string(bytes), "UTF-8", 100, false};
    return detect(bytes, fileForErrors);
}

} // namespace cairn::text
