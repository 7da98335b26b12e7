#include "common/shipped_data.h"

#include <cstdlib>
#include <system_error>

namespace cairn {

std::vector<std::filesystem::path> shippedDataDirectories(const std::filesystem::path& subfolder) {
    namespace fs = std::filesystem;
    std::vector<fs::path> dirs;
    if (const char* env = std::getenv("CAIRN_CODEBOOKS_DIR"); env && *env) dirs.emplace_back(env);
    std::error_code error;
    const auto program = fs::read_symlink("/proc/self/exe", error);
    if (!error) dirs.push_back(program.parent_path().parent_path() / "share" / "cairn" / "codebooks");
    dirs.emplace_back(CAIRN_SOURCE_CODEBOOKS_DIR);
    if (!subfolder.empty())
        for (auto& dir : dirs)
            dir /= subfolder;
    return dirs;
}

} // namespace cairn
