#pragma once
// Where tests find their data: the repository, the shared reference material beside it, the build.

#include <filesystem>

namespace cairn::test {

std::filesystem::path sourceDir();
std::filesystem::path dataDir();    // tests/data
std::filesystem::path sharedDir();  // ../shared (conformance sets, domain reports, REFI-QDA schemas)
std::filesystem::path corporaDir(); // corpora/

/// Reads a whole file as bytes; fails the test when it cannot.
std::string readFile(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, std::string_view bytes);

} // namespace cairn::test
