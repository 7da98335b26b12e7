#include "privacy/name_matcher.h"

#include <algorithm>

namespace cairn::privacy {

NameMatcher::NameMatcher(const std::vector<std::string>& names, const std::vector<std::string>& languages)
    : m_passageAnalyser() {
    const text::Analyser queryAnalyser({.expand = true, .exact = false, .queryLanguages = languages});
    for (const auto& name : names) {
        std::vector<Word> words;
        for (const auto& token : queryAnalyser.analyseQuery(name)) {
            if (!token.expansion)
                words.push_back({token.term, {}});
            else if (!words.empty())
                words.back().derived.insert(token.term);
        }
        m_names.push_back(std::move(words));
    }
}

std::vector<NameMatch> NameMatcher::find(std::string_view nfcText, std::string_view language) const {
    struct TextWord {
        std::string surface;
        std::vector<std::string> derived;
        std::int64_t cpStart, cpEnd;
    };
    std::vector<TextWord> words;
    for (const auto& token : m_passageAnalyser.analyse(nfcText, language)) {
        if (!token.expansion)
            words.push_back({token.term, {}, token.cpStart, token.cpEnd});
        else if (!words.empty())
            words.back().derived.push_back(token.term);
    }
    const auto same = [](const Word& name, const TextWord& word) {
        if (name.surface == word.surface) return true;
        return std::any_of(word.derived.begin(), word.derived.end(),
                           [&name](const std::string& term) { return name.derived.contains(term); });
    };
    std::vector<NameMatch> found;
    for (std::size_t start = 0; start < words.size(); ++start) {
        for (std::size_t n = 0; n < m_names.size(); ++n) {
            const auto& name = m_names[n];
            if (name.empty() || start + name.size() > words.size()) continue;
            bool all = true;
            for (std::size_t i = 0; i < name.size() && all; ++i)
                all = same(name[i], words[start + i]);
            if (all) found.push_back({n, words[start].cpStart, words[start + name.size() - 1].cpEnd});
        }
    }
    std::sort(found.begin(), found.end(), [](const NameMatch& a, const NameMatch& b) {
        return a.cpStart != b.cpStart ? a.cpStart < b.cpStart : a.cpEnd > b.cpEnd;
    });
    std::vector<NameMatch> out;
    for (const auto& m : found)
        if (out.empty() || m.cpStart >= out.back().cpEnd) out.push_back(m);
    return out;
}

} // namespace cairn::privacy
