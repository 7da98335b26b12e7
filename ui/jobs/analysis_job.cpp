#include "jobs/analysis_job.h"

#include <algorithm>
#include <map>
#include <set>

namespace cairn::gui {

namespace {

bool overlaps(const store::CodingRow& coding, const store::PassageRow& passage) {
    return coding.start < passage.cpEnd && passage.cpStart < coding.end;
}

// Passages of each source, read once per source.
class PassageCache {
public:
    explicit PassageCache(project::Project& project) : m_project(project) {}
    const std::vector<store::PassageRow>& of(const std::string& sourceGuid) {
        auto [slot, fresh] = m_passages.try_emplace(sourceGuid);
        if (fresh) slot->second = m_project.passages(sourceGuid);
        return slot->second;
    }

private:
    project::Project& m_project;
    std::map<std::string, std::vector<store::PassageRow>> m_passages;
};

std::vector<project::CodingView> codingsOf(project::Project& project, const std::string& code,
                                           bool withSubcodes, const PassageQuery& query) {
    project::CodingQuery request;
    request.code = code;
    request.withSubcodes = withSubcodes;
    request.kind = query.kind;
    request.attribute = query.attribute;
    request.attributeValue = query.value;
    return project.codings(request);
}

std::vector<project::CodingView> cooccurring(project::Project& project, const PassageQuery& query) {
    auto first = codingsOf(project, query.code, false, query);
    if (query.otherCode == query.code) return first; // the diagonal: the code's own passages
    auto second = codingsOf(project, query.otherCode, false, query);
    std::set<std::string> sharedSources;
    for (const auto& a : first)
        for (const auto& b : second)
            if (a.coding.sourceGuid == b.coding.sourceGuid) sharedSources.insert(a.coding.sourceGuid);
    PassageCache passages(project);
    std::vector<project::CodingView> out;
    for (const auto& source : sharedSources)
        for (const auto& passage : passages.of(source)) {
            const auto inPassage = [&](const project::CodingView& c) {
                return c.coding.sourceGuid == source && overlaps(c.coding, passage);
            };
            if (std::none_of(first.begin(), first.end(), inPassage) ||
                std::none_of(second.begin(), second.end(), inPassage))
                continue;
            for (const auto* list : {&first, &second})
                std::copy_if(list->begin(), list->end(), std::back_inserter(out), inPassage);
        }
    // A coding spanning two such passages was added twice.
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.coding.id < b.coding.id; });
    out.erase(std::unique(out.begin(), out.end(),
                          [](const auto& a, const auto& b) { return a.coding.id == b.coding.id; }),
              out.end());
    return out;
}

} // namespace

std::unique_ptr<project::Project> openForReading(const std::string& path) {
    project::OpenOptions options;
    options.readOnly = true;
    return project::Project::open(path, options);
}

std::vector<project::CodingView> passagesBehind(project::Project& project, const PassageQuery& query) {
    auto out =
        query.otherCode.empty() ? codingsOf(project, query.code, true, query) : cooccurring(project, query);
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::tie(a.coding.sourceName, a.coding.start) < std::tie(b.coding.sourceName, b.coding.start);
    });
    return out;
}

std::size_t passagesTouched(project::Project& project, const std::vector<project::CodingView>& codings) {
    PassageCache passages(project);
    std::set<std::int64_t> touched;
    for (const auto& c : codings)
        for (const auto& passage : passages.of(c.coding.sourceGuid))
            if (overlaps(c.coding, passage)) touched.insert(passage.id);
    return touched.size();
}

} // namespace cairn::gui
