#include "jobs/import_job.h"

#include "common/error.h"

#include <filesystem>

namespace cairn::gui {

ImportOutcome importFiles(project::Project& project, const std::vector<std::string>& paths,
                          const std::string& kind, const ProgressFn& progress, const CancelToken& cancel) {
    ImportOutcome outcome;
    const auto total = static_cast<std::int64_t>(paths.size());
    for (std::int64_t i = 0; i < total; ++i) {
        const auto& path = paths[static_cast<std::size_t>(i)];
        cancel.throwIfCancelled();
        if (progress) progress(i, total, std::filesystem::path(path).filename().string());
        project::ImportRequest request;
        request.path = path;
        request.kind = kind;
        // A bad file is reported and skipped; the others still go in. Cancel ends the whole job.
        try {
            outcome.imported.push_back(project.importFile(request, &cancel).source.name);
        } catch (const Cancelled&) {
            throw;
        } catch (const Error& error) {
            outcome.failed.emplace_back(path, error.what());
        }
    }
    if (progress) progress(total, total, {});
    return outcome;
}

} // namespace cairn::gui
