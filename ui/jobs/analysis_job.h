#pragma once
// The read-only project a worker answers the Indicators and Analysis views' questions from: the
// questions themselves are Project calls (the coded passages behind a bar or cell are
// Project::codingsBehind).

#include "project/project.h"

#include <memory>
#include <string>

namespace cairn::gui {

/// The project at `path`, read-only (no lock, so it works while the window holds the writer).
std::unique_ptr<project::Project> openForReading(const std::string& path);

} // namespace cairn::gui
