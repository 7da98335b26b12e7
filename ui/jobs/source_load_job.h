#pragma once
// Reads what the document view shows of one source, in a worker with its own read-only connection:
// the text, its passages with speakers and timestamps, the codings and the colours of their codes.

#include "project/project.h"

#include <map>
#include <string>
#include <vector>

namespace cairn::gui {

struct LoadedSource {
    store::SourceRow source;
    std::string text;
    std::vector<store::PassageRow> passages;
    std::vector<project::CodingView> codings;
    std::map<std::string, std::string> codeColors; // code GUID → "#RRGGBB" (empty when none)
};

/// Loads `sourceGuid` from the project at `path`, opened read-only (no lock, so it works while
/// the window holds the project for writing).
LoadedSource loadSource(const std::string& path, const std::string& sourceGuid, const CancelToken& cancel);

/// The same from an already open project.
LoadedSource loadSource(project::Project& project, const std::string& sourceGuid, const CancelToken& cancel);

} // namespace cairn::gui
