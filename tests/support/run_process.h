#pragma once
// Runs a program with arguments (no shell), captures its output and exit code.

#include <optional>
#include <string>
#include <vector>

namespace cairn::test {

struct ProcessResult {
    int exitCode = -1; // -1 when killed by a signal
    std::string out;
    std::string err;
};

ProcessResult runProcess(const std::vector<std::string>& argv,
                         const std::optional<std::string>& stdinText = {});

} // namespace cairn::test
