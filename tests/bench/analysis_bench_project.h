#pragma once
// A generated project to analyse: sources of four kinds linked to cases with attributes, a 300-code
// tree three levels deep, and codings by several coders spread over the passages, some overlapping
// and some double-coded. Deterministic for a seed, so every scale and every run sees the same data.

#include "project/project.h"

#include <cstdint>
#include <filesystem>
#include <memory>

namespace cairn::bench {

struct ProjectShape {
    std::int64_t sources = 0;
    std::int64_t codings = 0;
    std::uint32_t seed = 1;
};

struct GeneratedProject {
    std::unique_ptr<project::Project> project;
    std::int64_t sources = 0, passages = 0, chars = 0, cases = 0, codes = 0, codings = 0, coders = 0;
    double buildSeconds = 0;
};

/// Creates the project at `path` (replacing one an earlier run left) in one transaction through the
/// store layer the Project API sits on; codings are inserted as rows, as bench_coding does.
GeneratedProject generateProject(const std::filesystem::path& path, const ProjectShape& shape);

} // namespace cairn::bench
