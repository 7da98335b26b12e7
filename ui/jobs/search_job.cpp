#include "jobs/search_job.h"

#include "project/interrupt_on_cancel.h"

namespace cairn::gui {

SearchAnswer runSearch(const std::string& path, const std::string& query, std::int64_t limit,
                       const CancelToken& cancel) {
    project::OpenOptions options;
    options.readOnly = true;
    auto project = project::Project::open(path, options);
    const project::InterruptOnCancel interrupt(*project, cancel);
    search::SearchRequest request;
    request.query = query;
    request.limit = limit;
    SearchAnswer answer;
    answer.hits = project->search(request);
    cancel.throwIfCancelled();
    answer.total = static_cast<std::int64_t>(answer.hits.size()) < limit
                       ? static_cast<std::int64_t>(answer.hits.size())
                       : project->searchCount(request);
    return answer;
}

} // namespace cairn::gui
