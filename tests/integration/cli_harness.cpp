#include "cli_harness.h"

#include "support/test_paths.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <regex>

namespace cairn::test {

namespace {

// The ranked-search indexes the CLI builds go to a cache directory of this test run, never the
// user's own (removed when the tests end).
const TempDir& cacheHome() {
    static const TempDir dir;
    static const bool set = ::setenv("XDG_CACHE_HOME", dir.path().c_str(), 1) == 0;
    (void)set;
    return dir;
}

} // namespace

std::filesystem::path cliCacheHome() {
    return cacheHome().path();
}

ProcessResult runCairn(const std::vector<std::string>& args) {
    cacheHome();
    std::vector<std::string> argv = {CAIRN_CLI};
    argv.insert(argv.end(), args.begin(), args.end());
    return runProcess(argv);
}

std::string normaliseOutput(std::string text, const std::string& tempDir) {
    static const std::regex guid("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static const std::regex time("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z");
    static const std::regex sha("[0-9a-f]{64}");
    text = std::regex_replace(text, sha, "<SHA256>");
    text = std::regex_replace(text, guid, "<GUID>");
    text = std::regex_replace(text, time, "<TIME>");
    for (std::size_t at; !tempDir.empty() && (at = text.find(tempDir)) != std::string::npos;)
        text.replace(at, tempDir.size(), "<TMP>");
    return text;
}

void checkGolden(const std::string& name, const std::string& actual) {
    const auto path = sourceDir() / "tests" / "integration" / "golden" / name;
    if (std::getenv("CAIRN_UPDATE_GOLDEN")) {
        writeFile(path, actual);
        WARN("rewrote " << path.string());
        return;
    }
    REQUIRE(std::filesystem::exists(path));
    CHECK(actual == readFile(path));
}

} // namespace cairn::test
