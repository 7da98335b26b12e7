#include "jobs/analysis_job.h"

namespace cairn::gui {

std::unique_ptr<project::Project> openForReading(const std::string& path) {
    project::OpenOptions options;
    options.readOnly = true;
    return project::Project::open(path, options);
}

} // namespace cairn::gui
