#include "jobs/source_load_job.h"

#include "project/interrupt_on_cancel.h"

namespace cairn::gui {

LoadedSource loadSource(const std::string& path, const std::string& sourceGuid, const CancelToken& cancel) {
    project::OpenOptions options;
    options.readOnly = true;
    auto project = project::Project::open(path, options);
    const project::InterruptOnCancel interrupt(*project, cancel);
    return loadSource(*project, sourceGuid, cancel);
}

LoadedSource loadSource(project::Project& project, const std::string& sourceGuid, const CancelToken& cancel) {
    LoadedSource loaded;
    loaded.source = project.source(sourceGuid);
    loaded.text = project.sourceText(sourceGuid);
    cancel.throwIfCancelled();
    loaded.passages = project.passages(sourceGuid);
    cancel.throwIfCancelled();
    project::CodingQuery query;
    query.source = loaded.source.guid;
    loaded.codings = project.codings(query);
    cancel.throwIfCancelled();
    for (const auto& info : project.codebook())
        loaded.codeColors[info.code.guid] = info.code.color;
    return loaded;
}

} // namespace cairn::gui
