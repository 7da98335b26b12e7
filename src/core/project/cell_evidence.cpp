// Project::codingsBehind and Project::pairedAttributes: names resolved here, the rules in
// analysis/cell_evidence.h.

#include "analysis/cell_evidence.h"

#include "project/project.h"

#include <algorithm>
#include <tuple>

namespace cairn::project {

namespace {

std::vector<CodingView> codingsOf(Project& project, const std::string& code, bool withSubcodes,
                                  const CellQuery& query) {
    CodingQuery request;
    request.code = code;
    request.withSubcodes = withSubcodes;
    request.kind = query.kind;
    request.attribute = query.attribute;
    request.attributeValue = query.value;
    return project.codings(request);
}

std::vector<store::CodingRow> rows(const std::vector<CodingView>& views) {
    std::vector<store::CodingRow> out;
    out.reserve(views.size());
    for (const auto& v : views)
        out.push_back(v.coding);
    return out;
}

std::vector<CodingView> cooccurring(Project& project, const CellQuery& query) {
    auto first = codingsOf(project, query.code, false, query);
    if (query.otherCode == query.code) return first; // the diagonal: the code's own passages
    auto second = codingsOf(project, query.otherCode, false, query);
    const auto shared =
        analysis::codingsInSharedPassages(rows(first), rows(second), [&project](const std::string& source) {
            return project.passages(source);
        });
    std::vector<CodingView> out;
    for (auto* list : {&first, &second})
        for (auto& c : *list)
            if (shared.count(c.coding.id) > 0) out.push_back(std::move(c));
    // A coding of both codes (the same code asked twice under two names) is listed once.
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.coding.id < b.coding.id; });
    out.erase(std::unique(out.begin(), out.end(),
                          [](const auto& a, const auto& b) { return a.coding.id == b.coding.id; }),
              out.end());
    return out;
}

} // namespace

std::vector<CodingView> Project::codingsBehind(const CellQuery& query) {
    auto out =
        query.otherCode.empty() ? codingsOf(*this, query.code, true, query) : cooccurring(*this, query);
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::tie(a.coding.sourceName, a.coding.start) < std::tie(b.coding.sourceName, b.coding.start);
    });
    return out;
}

PairedAttributes Project::pairedAttributes() {
    PairedAttributes out;
    for (const auto& a : attributes())
        if (a.type == "integer" || a.type == "decimal") out.numeric.push_back(a.name);
    if (const auto pair = analysis::likelyPairedAttributes(out.numeric))
        std::tie(out.before, out.after) = *pair;
    return out;
}

} // namespace cairn::project
