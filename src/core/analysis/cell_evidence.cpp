#include "analysis/cell_evidence.h"

#include <algorithm>
#include <map>

namespace cairn::analysis {

namespace {

bool overlaps(const store::CodingRow& coding, const store::PassageRow& passage) {
    return coding.start < passage.cpEnd && passage.cpStart < coding.end;
}

std::map<std::string, std::vector<const store::CodingRow*>>
bySource(const std::vector<store::CodingRow>& codings) {
    std::map<std::string, std::vector<const store::CodingRow*>> out;
    for (const auto& c : codings)
        out[c.sourceGuid].push_back(&c);
    return out;
}

} // namespace

std::set<std::int64_t> codingsInSharedPassages(const std::vector<store::CodingRow>& first,
                                               const std::vector<store::CodingRow>& second,
                                               const PassagesOf& passagesOf) {
    const auto firstBySource = bySource(first);
    const auto secondBySource = bySource(second);
    std::set<std::int64_t> out;
    for (const auto& [source, a] : firstBySource) {
        const auto b = secondBySource.find(source);
        if (b == secondBySource.end()) continue; // only sources with both codes can share a passage
        for (const auto& passage : passagesOf(source)) {
            const auto inPassage = [&passage](const store::CodingRow* c) { return overlaps(*c, passage); };
            if (std::none_of(a.begin(), a.end(), inPassage) ||
                std::none_of(b->second.begin(), b->second.end(), inPassage))
                continue;
            for (const auto* list : {&a, &b->second})
                for (const auto* c : *list)
                    if (inPassage(c)) out.insert(c->id);
        }
    }
    return out;
}

std::optional<std::pair<std::string, std::string>>
likelyPairedAttributes(const std::vector<std::string>& names) {
    const auto stem = [](const std::string& name) { return name.substr(0, name.find('_')); };
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i].find('_') == std::string::npos || stem(names[i]).empty()) continue;
        for (std::size_t j = i + 1; j < names.size(); ++j)
            if (stem(names[j]) == stem(names[i])) return std::pair{names[i], names[j]};
    }
    if (names.size() >= 2) return std::pair{names[0], names[1]};
    return std::nullopt;
}

} // namespace cairn::analysis
