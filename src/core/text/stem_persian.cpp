// Light stemming for Persian and Dari, on folded text (so ZWNJ is gone, yeh is ي, kaf is ك).
//
// Persian writes plural, possessive and verbal affixes onto the word, often with a ZWNJ in
// between that users as often leave out:
//   "بچه‌هایم" (my children)
//   "کتاب‌ها" (books)
//   "می‌روند" (they go)
// No stemmer for Persian is packaged in Debian, so Cairn strips the commonest affixes itself,
// conservatively:
//   - verbal prefixes: نمی (not …ing) and then می (…ing), when at least 3 letters remain;
//   - one suffix, the longest that matches, when at least 2 letters remain (3 for one-letter suffixes):
//       plural + possessive: هایمان هایتان هایشان هایم هایت هایش های
//       plural: ها ان ات
//       possessive: مان تان شان ی م ت ش
// The keys are the word itself, the word without its prefix, and each of those without its suffix: a
// word and its inflected forms then share a key even when an affix-like ending belongs to the stem
// ("دوست" keeps the key "دوست" although ت could be a suffix, so "دوستم" still finds it). Over-stripped
// keys ("ایران" → "ایر") can only meet other words' keys, in the Persian namespace, never surface terms.
// Verb personal endings and comparatives are left alone: stripping them conflates too much.

#include "text/fold.h"
#include "text/stem_detail.h"
#include "text/utf.h"

#include <algorithm>

namespace cairn::text::detail {

namespace {

// Written as Persian spells them, folded once (Persian yeh ی is Arabic yeh ي once folded).
const std::vector<std::string>& suffixes() {
    static const std::vector<std::string> folded = [] {
        std::vector<std::string> out;
        for (const char* s : {"هایمان", "هایتان", "هایشان", "هایم", "هایت", "هایش", "های", "مان", "تان",
                              "شان", "ها", "ان", "ات", "ی", "م", "ت", "ش"})
            out.push_back(fold(s));
        return out;
    }();
    return folded;
}

const std::vector<std::string>& prefixes() {
    static const std::vector<std::string> folded = {fold("نمی"), fold("می")};
    return folded;
}

void addOnce(std::vector<std::string>& out, std::size_t first, std::string_view key) {
    if (std::find(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), key) == out.end())
        out.emplace_back(key);
}

class PersianStemmer final : public Stemmer {
public:
    void keys(std::string_view, std::string_view folded, std::vector<std::string>& out) override {
        if (!hasLetterOfScript(folded, USCRIPT_ARABIC)) return;
        const std::size_t first = out.size();
        const std::int64_t letters = codePointCount(folded);
        std::string_view bases[2] = {folded, {}};
        for (const std::string_view prefix : prefixes()) {
            if (folded.substr(0, prefix.size()) == prefix && letters - codePointCount(prefix) >= 3) {
                bases[1] = folded.substr(prefix.size());
                break;
            }
        }
        for (const std::string_view base : bases) {
            if (base.empty()) continue;
            addOnce(out, first, base);
            const std::int64_t baseLetters = codePointCount(base);
            for (const std::string_view suffix : suffixes()) {
                const std::int64_t suffixLetters = codePointCount(suffix);
                if (base.size() <= suffix.size() || base.substr(base.size() - suffix.size()) != suffix)
                    continue;
                if (baseLetters - suffixLetters < (suffixLetters == 1 ? 3 : 2)) continue;
                addOnce(out, first, base.substr(0, base.size() - suffix.size()));
                break;
            }
        }
    }
    std::string name() const override { return "persian-light"; }
};

} // namespace

std::unique_ptr<Stemmer> makePersianStemmer() {
    return std::make_unique<PersianStemmer>();
}

} // namespace cairn::text::detail
