// Polish stems from Hunspell (hunspell-pl's pl_PL dictionary), the one Polish stemmer Debian packages:
// up to three of the word's stems, folded.
// Hunspell's dictionaries are in their own 8-bit encodings (pl_PL is ISO 8859-2): words are converted
// with an ICU converter that stops at unmappable characters (a word Hunspell cannot spell has no stem).
// Loading pl_PL takes about 0.3 s and 35 MB, once per thread that meets Polish text.

#include "common/error.h"
#include "text/fold.h"
#include "text/stem_detail.h"

#include <filesystem>
#include <hunspell/hunspell.hxx>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

namespace cairn::text::detail {

namespace {

// Every stem, not only the first: a form can have several lemmas ("prace" is both the plural of
// "praca", work, and the lemma "prace"), and with the analyser's matching rule (any shared key) the
// first stem of "prace" alone would miss "pracy". Three covers the real ambiguities without letting a
// pathological word flood the index.
constexpr std::size_t kMaxStems = 3;

class HunspellStemmer final : public Stemmer {
public:
    HunspellStemmer(const std::string& aff, const std::string& dic, std::string name)
        : m_hunspell(aff.c_str(), dic.c_str()), m_name(std::move(name)) {
        const std::string encoding = m_hunspell.get_dict_encoding();
        if (encoding != "UTF-8") {
            UErrorCode status = U_ZERO_ERROR;
            m_converter = ucnv_open(encoding.c_str(), &status);
            if (U_FAILURE(status)) throw Error("no converter for Hunspell's encoding " + encoding);
            ucnv_setFromUCallBack(m_converter, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
            ucnv_setToUCallBack(m_converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
        }
    }
    ~HunspellStemmer() override {
        if (m_converter) ucnv_close(m_converter);
    }
    HunspellStemmer(const HunspellStemmer&) = delete;
    HunspellStemmer& operator=(const HunspellStemmer&) = delete;

    void keys(std::string_view surface, std::string_view folded, std::vector<std::string>& out) override {
        if (!hasLetterOfScript(folded, USCRIPT_LATIN)) return;
        std::string word;
        if (!encode(surface, word)) return;
        // As written: Hunspell tries the lower-case and capitalised forms itself.
        const std::vector<std::string> stems = m_hunspell.stem(word);
        std::string stem;
        for (std::size_t i = 0; i < stems.size() && i < kMaxStems; ++i)
            if (decode(stems[i], stem)) out.push_back(fold(stem));
    }

    std::string name() const override { return "hunspell:" + m_name; }

private:
    bool encode(std::string_view utf8, std::string& out) {
        if (!m_converter) {
            out.assign(utf8);
            return true;
        }
        const auto unicode =
            icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
        UErrorCode status = U_ZERO_ERROR;
        out.resize(static_cast<std::size_t>(unicode.length()) * 4 + 4);
        const int32_t length =
            unicode.extract(out.data(), static_cast<int32_t>(out.size()), m_converter, status);
        if (U_FAILURE(status)) return false;
        out.resize(static_cast<std::size_t>(length));
        return true;
    }

    bool decode(const std::string& bytes, std::string& out) {
        if (!m_converter) {
            out = bytes;
            return true;
        }
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString unicode(bytes.data(), static_cast<int32_t>(bytes.size()), m_converter,
                                         status);
        if (U_FAILURE(status)) return false;
        out.clear();
        unicode.toUTF8String(out);
        return true;
    }

    Hunspell m_hunspell;
    std::string m_name;
    UConverter* m_converter = nullptr;
};

} // namespace

std::unique_ptr<Stemmer> makeHunspellStemmer(const std::string& directory, const std::string& name) {
    const std::string aff = directory + "/" + name + ".aff";
    const std::string dic = directory + "/" + name + ".dic";
    std::error_code error;
    if (!std::filesystem::is_regular_file(aff, error) || !std::filesystem::is_regular_file(dic, error))
        return nullptr; // the dictionary package is not installed: the language has no keys
    return std::make_unique<HunspellStemmer>(aff, dic, name);
}

} // namespace cairn::text::detail
