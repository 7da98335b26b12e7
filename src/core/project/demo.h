#pragma once
// Builds the demo project from corpora/demo/: the fictional transcripts, workshop notes,
// submissions, field notes and survey written for Cairn. Used by `cairn demo`, the README's first
// command, the GUI's screenshots and the tests.

#include "common/progress.h"

#include <filesystem>
#include <string>
#include <vector>

namespace cairn::project {

struct DemoReport {
    std::filesystem::path projectPath;
    std::int64_t sources = 0;
    std::int64_t passages = 0;
    std::int64_t cases = 0;
    std::int64_t surveyRespondents = 0;
    std::int64_t codings = 0;
    std::vector<std::string> lines;    // what was done, one line each, for printing
    std::vector<std::string> failures; // files that could not be imported, with why
};

/// Finds corpora/demo from the executable's location (build/bin/ → ../../corpora/demo), the
/// CAIRN_CORPUS_DIR environment variable, or the source tree the program was built from.
std::filesystem::path findDemoCorpus(const std::filesystem::path& executable,
                                     const std::string& builtFromSourceDir);

/// Creates `projectPath` (replacing an earlier demo project there) and imports the corpus into it.
DemoReport buildDemoProject(const std::filesystem::path& corpusDir, const std::filesystem::path& projectPath,
                            const ProgressFn& progress = {});

} // namespace cairn::project
