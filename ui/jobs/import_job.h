#pragma once
// Imports files one after another with the project's writer. The project allows one writer per
// process (store/project_lock.h), so the window lends its writable Project to the job and takes it
// back when the job ends; each file is one transaction, and Cancel rolls back the file in progress.

#include "project/project.h"

#include <string>
#include <vector>

namespace cairn::gui {

struct ImportOutcome {
    std::vector<std::string> imported;                       // source names
    std::vector<std::pair<std::string, std::string>> failed; // file, why
};

ImportOutcome importFiles(project::Project& project, const std::vector<std::string>& paths,
                          const std::string& kind, const ProgressFn& progress, const CancelToken& cancel);

} // namespace cairn::gui
