#include "text/stem.h"

#include "text/fold.h"
#include "text/fold_table.h"
#include "text/stem_detail.h"
#include "text/welsh.h"

#include <array>
#include <libstemmer.h>
#include <new>
#include <unicode/uchar.h>

namespace cairn::text {

namespace detail {

bool hasLetterOfScript(std::string_view word, UScriptCode script) {
    std::size_t pos = 0;
    while (pos < word.size()) {
        const char32_t c = decodeUtf8(word, pos);
        if (!u_isalpha(static_cast<UChar32>(c))) continue;
        if (script == USCRIPT_INVALID_CODE) return true;
        UErrorCode status = U_ZERO_ERROR;
        if (uscript_getScript(static_cast<UChar32>(c), &status) == script) return true;
    }
    return false;
}

} // namespace detail

namespace {

// Where Debian installs hunspell-pl and the other dictionaries.
constexpr const char* kHunspellDirectory = "/usr/share/hunspell";

struct SnowballLanguage {
    std::string_view language;
    const char* algorithm;
    UScriptCode script; // USCRIPT_INVALID_CODE: the algorithm reads more than one script
};

// Every algorithm of Debian's libstemmer 2.2 (sb_stemmer_list) but "porter", by ISO 639-1 code.
constexpr std::array<SnowballLanguage, 28> kSnowball = {{
    {"ar", "arabic", USCRIPT_ARABIC},    {"ca", "catalan", USCRIPT_LATIN},
    {"da", "danish", USCRIPT_LATIN},     {"de", "german", USCRIPT_LATIN},
    {"el", "greek", USCRIPT_GREEK},      {"en", "english", USCRIPT_LATIN},
    {"es", "spanish", USCRIPT_LATIN},    {"eu", "basque", USCRIPT_LATIN},
    {"fi", "finnish", USCRIPT_LATIN},    {"fr", "french", USCRIPT_LATIN},
    {"ga", "irish", USCRIPT_LATIN},      {"hi", "hindi", USCRIPT_DEVANAGARI},
    {"hu", "hungarian", USCRIPT_LATIN},  {"hy", "armenian", USCRIPT_ARMENIAN},
    {"id", "indonesian", USCRIPT_LATIN}, {"it", "italian", USCRIPT_LATIN},
    {"lt", "lithuanian", USCRIPT_LATIN}, {"ne", "nepali", USCRIPT_DEVANAGARI},
    {"nl", "dutch", USCRIPT_LATIN},      {"no", "norwegian", USCRIPT_LATIN},
    {"pt", "portuguese", USCRIPT_LATIN}, {"ro", "romanian", USCRIPT_LATIN},
    {"ru", "russian", USCRIPT_CYRILLIC}, {"sr", "serbian", USCRIPT_INVALID_CODE},
    {"sv", "swedish", USCRIPT_LATIN},    {"ta", "tamil", USCRIPT_TAMIL},
    {"tr", "turkish", USCRIPT_LATIN},    {"yi", "yiddish", USCRIPT_HEBREW},
}};

class SnowballStemmer final : public Stemmer {
public:
    SnowballStemmer(sb_stemmer* stemmer, const char* algorithm, UScriptCode script)
        : m_stemmer(stemmer), m_algorithm(algorithm), m_script(script) {}
    ~SnowballStemmer() override { sb_stemmer_delete(m_stemmer); }
    SnowballStemmer(const SnowballStemmer&) = delete;
    SnowballStemmer& operator=(const SnowballStemmer&) = delete;

    void keys(std::string_view surface, std::string_view folded, std::vector<std::string>& out) override {
        if (!detail::hasLetterOfScript(folded, m_script)) return;
        // The algorithms are written for the language's own spelling (é, ė, أ): stem the case-folded
        // word. A user often types without accents, so stem the folded word as well; both are folded.
        m_lower.clear();
        appendCaseFold(surface, m_lower);
        stemInto(m_lower, out);
        if (m_lower != folded) stemInto(folded, out);
    }

    std::string name() const override { return std::string("snowball:") + m_algorithm; }

private:
    void stemInto(std::string_view word, std::vector<std::string>& out) {
        const sb_symbol* stem = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                                                static_cast<int>(word.size()));
        if (!stem) throw std::bad_alloc(); // libstemmer's only failure
        const auto length = static_cast<std::size_t>(sb_stemmer_length(m_stemmer));
        if (length == 0) return;
        out.push_back(fold(std::string_view(reinterpret_cast<const char*>(stem), length)));
    }

    sb_stemmer* m_stemmer;
    const char* m_algorithm;
    UScriptCode m_script;
    std::string m_lower;
};

class WelshStemmer final : public Stemmer {
public:
    void keys(std::string_view, std::string_view folded, std::vector<std::string>& out) override {
        if (!detail::hasLetterOfScript(folded, USCRIPT_LATIN)) return;
        // The word itself is a key too: a mutated query ("Gymraeg") must find the radical as written
        // ("Cymraeg"), whose only Welsh key is itself.
        out.emplace_back(folded);
        welshRadicalCandidates(folded, out);
    }
    std::string name() const override { return "welsh-mutation"; }
};

} // namespace

std::string expansionLanguage(std::string_view tag) {
    const std::size_t end = tag.find_first_of("-_");
    std::string primary(tag.substr(0, end));
    if (primary.size() < 2 || primary.size() > 8) return {};
    for (char& c : primary) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        if (c < 'a' || c > 'z') return {};
    }
    if (primary == "und" || primary == "mul" || primary == "zxx" || primary == "mis") return {};
    if (primary == "prs" || primary == "pes" || primary == "fas" || primary == "per") return "fa";
    if (primary == "nb" || primary == "nn" || primary == "nor" || primary == "nob" || primary == "nno")
        return "no";
    if (primary == "iw") return "he";
    if (primary == "in") return "id";
    if (primary == "cym" || primary == "wel") return "cy";
    return primary;
}

std::unique_ptr<Stemmer> makeStemmer(std::string_view language) {
    if (language == "cy") return std::make_unique<WelshStemmer>();
    if (language == "fa") return detail::makePersianStemmer();
    if (language == "pl") return detail::makeHunspellStemmer(kHunspellDirectory, "pl_PL");
    for (const auto& s : kSnowball) {
        if (s.language != language) continue;
        sb_stemmer* stemmer = sb_stemmer_new(s.algorithm, "UTF_8");
        if (!stemmer) return nullptr; // this libstemmer build lacks the algorithm
        return std::make_unique<SnowballStemmer>(stemmer, s.algorithm, s.script);
    }
    return nullptr;
}

} // namespace cairn::text
