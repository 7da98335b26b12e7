#pragma once
// Where the data Cairn ships (codebooks, indicator frameworks) is found: in $CAIRN_CODEBOOKS_DIR,
// beside the program (../share/cairn/codebooks from bin/, as installed), and in the source tree the
// program was built from, in that order.

#include <filesystem>
#include <vector>

namespace cairn {

/// The candidate folders, most specific first; `subfolder` is appended to each (e.g.
/// "indicator-frameworks"). They may not exist.
std::vector<std::filesystem::path> shippedDataDirectories(const std::filesystem::path& subfolder = {});

} // namespace cairn
