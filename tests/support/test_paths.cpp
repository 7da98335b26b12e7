#include "support/test_paths.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace cairn::test {

std::filesystem::path sourceDir() {
    return CAIRN_SOURCE_DIR;
}
std::filesystem::path dataDir() {
    return sourceDir() / "tests" / "data";
}
std::filesystem::path sharedDir() {
    return CAIRN_SHARED_DIR;
}
std::filesystem::path corporaDir() {
    return sourceDir() / "corpora";
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("test cannot read " + path.string());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeFile(const std::filesystem::path& path, std::string_view bytes) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("test cannot write " + path.string());
}

} // namespace cairn::test
