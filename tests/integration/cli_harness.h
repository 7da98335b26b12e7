#pragma once
// Runs the built `cairn` executable as a script would, and compares output with golden files
// (GUIDs, times and temporary paths replaced by placeholders). CAIRN_UPDATE_GOLDEN=1 rewrites them.

#include "support/run_process.h"
#include "support/temp_dir.h"

#include <filesystem>
#include <string>
#include <vector>

namespace cairn::test {

ProcessResult runCairn(const std::vector<std::string>& args);

/// The XDG_CACHE_HOME every `cairn` run by runCairn gets: a directory of this test run.
std::filesystem::path cliCacheHome();

/// Replaces GUIDs with <GUID>, ISO times with <TIME>, SHA-256 digests with <SHA256>, and `tempDir`
/// with <TMP>.
std::string normaliseOutput(std::string text, const std::string& tempDir);

/// Checks `actual` against tests/integration/golden/<name>.
void checkGolden(const std::string& name, const std::string& actual);

} // namespace cairn::test
