// The maps from each way of counting to Cairn's code points are built once per source (a few vectors of
// offsets), so scoring every reading over every selection costs lookups, not rescans of the text.

#include "import/refi_positions.h"

#include "common/error.h"
#include "text/normalize.h"
#include "text/utf.h"

#include <algorithm>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace cairn::import::refi {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr int kUnplaceable = -4; // worse than any placeable span, so readings that lose spans lose

std::vector<char32_t> codePointsOf(std::string_view utf8) {
    std::vector<char32_t> out;
    out.reserve(utf8.size());
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const auto length = static_cast<std::int32_t>(utf8.size());
    for (std::int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        out.push_back(static_cast<char32_t>(c < 0 ? 0xFFFD : c));
    }
    return out;
}

const icu::Normalizer2& nfc() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw Error(std::string("ICU NFC normaliser unavailable: ") + u_errorName(status));
    return *normalizer;
}

// A character that belongs to the one before it: a position before it splits what a reader sees as
// one character (a letter and its accent or harakat, an emoji and its skin tone).
bool continuesCluster(char32_t c) {
    const auto type = u_charType(static_cast<UChar32>(c));
    return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK ||
           c == 0x200D || u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_GRAPHEME_EXTEND) ||
           u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_EMOJI_MODIFIER);
}

bool isWordChar(char32_t c) {
    return u_isalnum(static_cast<UChar32>(c)) != 0;
}

// Scripts written without spaces, where any position between two letters may be a word boundary.
bool isUnspaced(char32_t c) {
    if (u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_IDEOGRAPHIC)) return true;
    UErrorCode status = U_ZERO_ERROR;
    const auto script = uscript_getScript(static_cast<UChar32>(c), &status);
    return script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA || script == USCRIPT_THAI ||
           script == USCRIPT_LAO || script == USCRIPT_KHMER || script == USCRIPT_MYANMAR;
}

bool isSpace(char32_t c) {
    return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0;
}

} // namespace

struct SourceText::Maps {
    std::string stored;
    std::string lf;
    std::string canonical;
    std::vector<char32_t> canonicalChars;
    std::int64_t storedLength = 0;
    std::int64_t lfLength = 0;
    bool hasAstral = false;
    std::vector<std::int64_t> storedToLf;         // empty when the text has no CR (then identity)
    std::vector<std::int64_t> lfToCanonicalStart; // both empty when the LF text is NFC (identity)
    std::vector<std::int64_t> lfToCanonicalEnd;
    std::optional<text::OffsetIndex> storedUtf16; // only when some character is beyond U+FFFF
    std::optional<text::OffsetIndex> lfUtf16;

    explicit Maps(std::string_view text) : stored(text) {
        const auto storedChars = codePointsOf(stored);
        storedLength = static_cast<std::int64_t>(storedChars.size());
        hasAstral =
            std::any_of(storedChars.begin(), storedChars.end(), [](char32_t c) { return c > 0xFFFF; });
        if (stored.find('\r') != std::string::npos) mapLineEnds(storedChars);
        lf = text::normalizeNewlines(stored);
        lfLength = storedToLf.empty() ? storedLength : storedToLf.back();
        if (text::isNfc(lf))
            canonical = lf;
        else
            compose(codePointsOf(lf));
        canonicalChars = codePointsOf(canonical);
        if (hasAstral) {
            storedUtf16.emplace(stored);
            lfUtf16.emplace(lf);
        }
    }

    void mapLineEnds(const std::vector<char32_t>& chars) {
        storedToLf.resize(chars.size() + 1);
        std::int64_t lfPos = 0;
        for (std::size_t i = 0; i < chars.size(); ++i) {
            storedToLf[i] = lfPos;
            // The CR of a CR LF pair vanishes: the position between them is the line end's own.
            const bool crOfPair = chars[i] == '\r' && i + 1 < chars.size() && chars[i + 1] == '\n';
            if (!crOfPair) ++lfPos;
        }
        storedToLf.back() = lfPos;
    }

    // NFC segment by segment: a character with a normalisation boundary before it never interacts
    // with what precedes it, so the segments normalise independently and each maps as a whole.
    void compose(const std::vector<char32_t>& chars) {
        const auto& normalizer = nfc();
        lfToCanonicalStart.resize(chars.size() + 1);
        lfToCanonicalEnd.resize(chars.size() + 1);
        std::int64_t out = 0;
        std::size_t begin = 0;
        while (begin < chars.size()) {
            std::size_t end = begin + 1;
            while (end < chars.size() && !normalizer.hasBoundaryBefore(static_cast<UChar32>(chars[end])))
                ++end;
            const std::int64_t segmentStart = out;
            if (end == begin + 1 && chars[begin] < 0x80) {
                canonical += static_cast<char>(chars[begin]);
                ++out;
            } else {
                icu::UnicodeString segment;
                for (std::size_t i = begin; i < end; ++i)
                    segment.append(static_cast<UChar32>(chars[i]));
                UErrorCode status = U_ZERO_ERROR;
                const auto composed = normalizer.normalize(segment, status);
                if (U_FAILURE(status))
                    throw InvalidInput(std::string("cannot normalise text: ") + u_errorName(status));
                composed.toUTF8String(canonical);
                out += composed.countChar32();
            }
            for (std::size_t i = begin; i < end; ++i) {
                lfToCanonicalStart[i] = segmentStart;
                lfToCanonicalEnd[i] = i == begin ? segmentStart : out;
            }
            begin = end;
        }
        lfToCanonicalStart.back() = lfToCanonicalEnd.back() = out;
    }

    std::int64_t lfToCanonical(std::int64_t lfPos, bool roundUp) const {
        if (lfToCanonicalStart.empty()) return lfPos;
        return (roundUp ? lfToCanonicalEnd : lfToCanonicalStart)[static_cast<std::size_t>(lfPos)];
    }

    // A position in `unit` as a position in the LF text; nullopt outside the text or inside a character.
    std::optional<std::int64_t> toLf(PositionUnit unit, std::int64_t pos) const {
        if (pos < 0) return std::nullopt;
        const bool oneLineEnd =
            unit == PositionUnit::CodePointsOneLineEnd || unit == PositionUnit::Utf16OneLineEnd;
        if (unit == PositionUnit::Utf16 || unit == PositionUnit::Utf16OneLineEnd) {
            const auto& index = oneLineEnd ? lfUtf16 : storedUtf16;
            if (index) {
                const auto cp = index->utf16ToCodePoint(pos);
                if (index->codePointToUtf16(cp) != pos) return std::nullopt; // past the end, or mid-pair
                pos = cp;
            }
        }
        if (oneLineEnd) return pos <= lfLength ? std::optional(pos) : std::nullopt;
        if (pos > storedLength) return std::nullopt;
        return storedToLf.empty() ? pos : storedToLf[static_cast<std::size_t>(pos)];
    }

    // The same, clamped into the text (and back off a surrogate pair's middle), for quoting.
    std::int64_t clampedToLf(PositionUnit unit, std::int64_t pos) const {
        const bool oneLineEnd =
            unit == PositionUnit::CodePointsOneLineEnd || unit == PositionUnit::Utf16OneLineEnd;
        std::int64_t length = oneLineEnd ? lfLength : storedLength;
        if (unit == PositionUnit::Utf16 || unit == PositionUnit::Utf16OneLineEnd) {
            const auto& index = oneLineEnd ? lfUtf16 : storedUtf16;
            if (index) length = index->codePointToUtf16(index->codePoints());
        }
        pos = std::clamp<std::int64_t>(pos, 0, length);
        if (const auto lfPos = toLf(unit, pos)) return *lfPos;
        return toLf(unit, pos - 1).value_or(0); // the middle of a surrogate pair
    }

    int endFit(std::int64_t pos, bool isStart) const {
        const auto length = static_cast<std::int64_t>(canonicalChars.size());
        const auto at = [&](std::int64_t i) { return canonicalChars[static_cast<std::size_t>(i)]; };
        if (pos > 0 && pos < length) {
            const char32_t before = at(pos - 1), after = at(pos);
            if (continuesCluster(after) || before == 0x200D) return 0;
            if (isWordChar(before) && isWordChar(after) && !(isUnspaced(before) && isUnspaced(after)))
                return 0;
        }
        const bool visibleInside =
            isStart ? pos < length && !isSpace(at(pos)) : pos > 0 && !isSpace(at(pos - 1));
        return visibleInside ? 2 : 1;
    }
};

std::string describe(PositionUnit unit) {
    switch (unit) {
    case PositionUnit::CodePoints:
        return "Unicode code points";
    case PositionUnit::CodePointsOneLineEnd:
        return "code points with each CR LF line end counted as one";
    case PositionUnit::Utf16:
        return "UTF-16 code units (as NVivo counts them)";
    case PositionUnit::Utf16OneLineEnd:
        return "UTF-16 code units with each CR LF line end counted as one";
    }
    return {};
}

SourceText::SourceText(std::string_view stored) {
    std::int64_t bad = 0;
    if (!text::isValidUtf8(stored, &bad)) throw InvalidInput("text that is not valid UTF-8", {}, bad);
    if (stored.starts_with(kBom)) stored.remove_prefix(kBom.size()); // positions never count a BOM
    m_maps = std::make_unique<const Maps>(stored);
}

SourceText::~SourceText() = default;

const std::string& SourceText::canonical() const {
    return m_maps->canonical;
}

std::int64_t SourceText::canonicalLength() const {
    return static_cast<std::int64_t>(m_maps->canonicalChars.size());
}

std::vector<PositionUnit> SourceText::distinctReadings() const {
    const bool hasCr = !m_maps->storedToLf.empty();
    std::vector<PositionUnit> readings{PositionUnit::CodePoints};
    if (hasCr) readings.push_back(PositionUnit::CodePointsOneLineEnd);
    if (m_maps->hasAstral) readings.push_back(PositionUnit::Utf16);
    if (m_maps->hasAstral && hasCr) readings.push_back(PositionUnit::Utf16OneLineEnd);
    return readings;
}

std::optional<Span> SourceText::toCanonical(PositionUnit unit, Span raw) const {
    const auto start = m_maps->toLf(unit, raw.start);
    const auto end = m_maps->toLf(unit, raw.end);
    if (!start || !end) return std::nullopt;
    return Span{m_maps->lfToCanonical(*start, false), m_maps->lfToCanonical(*end, true)};
}

std::string SourceText::quote(PositionUnit unit, Span raw, std::int64_t maxChars) const {
    auto start = m_maps->lfToCanonical(m_maps->clampedToLf(unit, std::min(raw.start, raw.end)), false);
    auto end = m_maps->lfToCanonical(m_maps->clampedToLf(unit, std::max(raw.start, raw.end)), true);
    if (start >= end) return {};
    std::string out(text::sliceCodePoints(canonical(), start, std::min(end, start + maxChars)));
    if (end > start + maxChars) out += "…";
    return out;
}

int SourceText::fit(const std::optional<Span>& span) const {
    if (!span || span->start >= span->end) return kUnplaceable;
    return m_maps->endFit(span->start, true) + m_maps->endFit(span->end, false);
}

Reading chooseReading(const SourceText& text, const std::vector<Span>& raws, bool standardOnly) {
    const auto readAs = [&](PositionUnit unit, long& score) {
        Reading reading{unit, {}};
        score = 0;
        for (const auto& raw : raws) {
            reading.spans.push_back(text.toCanonical(unit, raw));
            score += text.fit(reading.spans.back());
        }
        return reading;
    };
    long standardScore = 0;
    auto best = readAs(PositionUnit::CodePoints, standardScore);
    if (standardOnly) return best;
    long bestScore = standardScore + kMinFitGain - 1; // another must reach standard + kMinFitGain
    for (const auto unit : text.distinctReadings()) {
        if (unit == PositionUnit::CodePoints) continue;
        long score = 0;
        auto candidate = readAs(unit, score);
        if (score > bestScore) {
            best = std::move(candidate);
            bestScore = score;
        }
    }
    return best;
}

} // namespace cairn::import::refi
