// Ethiopic script: Tigrinya or Amharic.
//
// CLD2's Debian tables have neither; libexttextcat has both (ti.lm, am.lm in fpdb.conf) among ~160 other
// profiles, none of which has Ethiopic n-grams, so on Ethiopic letters its best candidates are ti and am.
// Its verdict lists every profile within 3% of the best score; when both ti and am are listed, the
// two languages' spellings break the tie: Tigrinya writes ʾa as ኣ and has ḥa ሓ and the ቐ and ኸ series,
// and each language has short function words the other lacks. Such a guess is never reliable.
//
// The classifier loads all of fpdb.conf once (a function-local static: thread-safe initialisation);
// textcat_ClassifyFull writes into one candidate buffer per handle, so calls are serialised by a mutex.
// When the data files are missing, the spelling cues alone decide, at low confidence.

#include "text/language_detail.h"

#include <algorithm>
#include <array>
#include <libexttextcat/textcat.h>
#include <mutex>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <vector>

namespace cairn::text::detail {

namespace {

// A few hundred bytes are enough for n-gram profiles (textcat.h says so); the cap bounds the time
// spent under the mutex on a long Ethiopic transcript.
constexpr std::size_t kTextcatBytes = 4096;

struct Scores {
    int ti = -1; // textcat distance (lower is closer); -1 when not among the candidates
    int am = -1;
    bool any() const { return ti >= 0 || am >= 0; }
};

class TextCat {
public:
    static TextCat& instance() {
        static TextCat classifier;
        return classifier;
    }
    TextCat(const TextCat&) = delete;
    TextCat& operator=(const TextCat&) = delete;

    Scores classify(std::string_view text) {
        Scores scores;
        if (!m_handle || !m_candidates) return scores;
        const std::lock_guard lock(m_mutex);
        const int n = textcat_ClassifyFull(m_handle, text.data(), text.size(), m_candidates);
        for (int k = 0; k < n; ++k) {
            const std::string_view name = m_candidates[k].name ? m_candidates[k].name : "";
            // fpdb.conf names candidates "<language>-<country>-<encoding>": "ti--utf8".
            const std::string_view language = name.substr(0, name.find('-'));
            if (language == "ti") scores.ti = m_candidates[k].score;
            if (language == "am") scores.am = m_candidates[k].score;
        }
        return scores;
    }

private:
    TextCat()
        : m_handle(
              special_textcat_Init(CAIRN_EXTTEXTCAT_DATA_DIR "/fpdb.conf", CAIRN_EXTTEXTCAT_DATA_DIR "/")),
          m_candidates(m_handle ? textcat_GetClassifyFullOutput(m_handle) : nullptr) {}
    ~TextCat() {
        if (m_handle) {
            textcat_ReleaseClassifyFullOutput(m_handle, m_candidates);
            textcat_Done(m_handle);
        }
    }

    void* m_handle;
    candidate_t* m_candidates;
    std::mutex m_mutex;
};

bool isTigrinyaLetter(UChar32 c) {
    return c == 0x12A3 /* ኣ */ || c == 0x1213 /* ሓ */ || (c >= 0x1250 && c <= 0x125D) /* ቐ series */ ||
           (c >= 0x12B8 && c <= 0x12C5) /* ኸ series */;
}

bool isAmharicLetter(UChar32 c) {
    return c >= 0x1298 && c <= 0x129F; /* ኘ series (ñ) */
}

constexpr std::array<std::string_view, 11> kTigrinyaWords = {"እዩ", "ኢዩ", "እዮም", "ኣብ",  "ካብ", "ናብ",
                                                             "ናይ", "ምስ", "ኣሎ",  "ኣሎና", "ኣለኹ"};
constexpr std::array<std::string_view, 10> kAmharicWords = {"ነው", "ናቸው", "ናት",  "ነኝ", "ውስጥ",
                                                            "እና", "ጋር",  "ነበር", "ላይ", "እኔ"};

template <std::size_t N> bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

struct Cues {
    int letters = 0;
    int ti = 0;
    int am = 0;
};

Cues countCues(std::string_view ethiopic) {
    Cues cues;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(ethiopic.data());
    const std::size_t size = ethiopic.size();
    std::size_t pos = 0;
    std::size_t wordStart = 0;
    bool inWord = false;
    const auto finish = [&](std::size_t end) {
        if (!inWord) return;
        const std::string_view word = ethiopic.substr(wordStart, end - wordStart);
        cues.ti += contains(kTigrinyaWords, word) ? 1 : 0;
        cues.am += contains(kAmharicWords, word) ? 1 : 0;
        inWord = false;
    };
    while (pos < size) {
        const std::size_t start = pos;
        std::int32_t i = 0;
        const auto window = static_cast<std::int32_t>(std::min<std::size_t>(size - pos, 4));
        UChar32 c = 0;
        U8_NEXT(bytes + pos, i, window, c);
        pos += static_cast<std::size_t>(i);
        if (c >= 0 && (U_GET_GC_MASK(c) & U_GC_L_MASK) != 0) {
            if (!inWord) wordStart = start;
            inWord = true;
            ++cues.letters;
            cues.ti += isTigrinyaLetter(c) ? 1 : 0;
            cues.am += isAmharicLetter(c) ? 1 : 0;
        } else {
            finish(start);
        }
    }
    finish(size);
    return cues;
}

std::string_view prefixAtCodePoint(std::string_view text, std::size_t maxBytes) {
    if (text.size() <= maxBytes) return text;
    std::size_t end = maxBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(0, end);
}

} // namespace

LanguageGuess detectEthiopic(std::string_view utf8) {
    const std::string ethiopic = textInScript(utf8, USCRIPT_ETHIOPIC);
    const Cues cues = countCues(ethiopic);
    if (cues.letters == 0) return {"und", 0, false};
    const Scores scores = TextCat::instance().classify(prefixAtCodePoint(ethiopic, kTextcatBytes));
    // The spelling cues' verdict, when one language leads by at least two.
    const char* cueLeader = cues.ti >= cues.am + 2 ? "ti" : cues.am >= cues.ti + 2 ? "am" : nullptr;

    if (scores.ti >= 0 && scores.am < 0) return {"ti", 90, true};
    if (scores.am >= 0 && scores.ti < 0) return {"am", 90, true};
    if (scores.any()) { // both within textcat's 3% margin
        const char* best = scores.ti <= scores.am ? "ti" : "am";
        if (!cueLeader) return {best, 35, false};
        return {cueLeader, std::string_view(cueLeader) == best ? 50 : 35, false};
    }
    // textcat found the text too short, or too close to too many profiles: cues, else the language with
    // far more writers (ICU's likely language for the script, too).
    if (cueLeader) return {cueLeader, 25, false};
    if (cues.ti > cues.am) return {"ti", 15, false};
    return {"am", 15, false};
}

} // namespace cairn::text::detail
