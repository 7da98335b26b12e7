// Kills an importing process at random moments and checks that the project survives whole:
// SQLite's integrity, Cairn's invariants, and every import the child reported as done present with
// all of its passages. 200 kills by default; CAIRN_CRASH_ITERATIONS asks for a longer run.

#include "project/project.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <random>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace cairn;
namespace fs = std::filesystem;

namespace {

constexpr int kPassagesPerFile = 40;

std::string fileText(int n) {
    std::string text;
    for (int p = 0; p < kPassagesPerFile; ++p)
        text += "File " + std::to_string(n) + " passage " + std::to_string(p) +
                ": Dysgais i Gymraeg yng Nghaerdydd; \xD8\xAA\xD8\xB9\xD9\x84\xD9\x85\xD8\xAA "
                "\xD8\xA7\xD9\x84\xD9\x84\xD8\xBA\xD8\xA9 \xF0\x9F\x98\x80.\n\n";
    return text;
}

[[noreturn]] void importForever(const std::string& projectPath, const fs::path& inputs, int writeFd,
                                int first) {
    auto project = project::Project::open(projectPath);
    for (int n = first;; ++n) {
        const auto file = inputs / ("f" + std::to_string(n) + ".txt");
        test::writeFile(file, fileText(n));
        project::ImportRequest request;
        request.path = file.string();
        request.lang = "en";
        project->importFile(request);
        const std::string done = std::to_string(n) + "\n";
        if (write(writeFd, done.data(), done.size()) < 0) _exit(3);
    }
}

std::set<int> readReported(int fd) {
    std::string all;
    char buffer[4096];
    for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;)
        all.append(buffer, static_cast<std::size_t>(n));
    std::set<int> reported;
    std::size_t start = 0;
    for (std::size_t end; (end = all.find('\n', start)) != std::string::npos; start = end + 1)
        reported.insert(std::stoi(all.substr(start, end - start)));
    return reported;
}

} // namespace

TEST_CASE("a project survives its writer being killed at random moments", "[project][crash][slow]") {
    test::TempDir dir;
    const auto path = (dir / "crash.cairn").string();
    { project::Project::create(path, "Crash test"); }
    const int iterations =
        std::getenv("CAIRN_CRASH_ITERATIONS") ? std::atoi(std::getenv("CAIRN_CRASH_ITERATIONS")) : 200;
    // Kill points are spread over the time a child needs to open the project and import a few
    // files on this machine, under its current load and sanitizers, measured here first.
    const auto calibrationStart = std::chrono::steady_clock::now();
    {
        auto project = project::Project::open(path);
        for (int n = 0; n < 3; ++n) {
            const auto file = dir.path() / ("calibrate" + std::to_string(n) + ".txt");
            test::writeFile(file, fileText(-1 - n));
            project::ImportRequest request;
            request.path = file.string();
            request.lang = "en";
            project->importFile(request);
        }
    }
    const auto spanUs = static_cast<int>(2 * std::chrono::duration_cast<std::chrono::microseconds>(
                                                 std::chrono::steady_clock::now() - calibrationStart)
                                                 .count());
    std::mt19937 random(20261122);
    std::uniform_int_distribution<int> delayUs(0, spanUs);
    std::set<int> reportedEver;
    int next = 0; // the next child starts after everything saved, so file names never repeat
    for (int i = 0; i < iterations; ++i) {
        int fds[2];
        REQUIRE(pipe(fds) == 0);
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            close(fds[0]);
            importForever(path, dir.path(), fds[1], next);
        }
        close(fds[1]);
        usleep(static_cast<useconds_t>(delayUs(random)));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        const auto reported = readReported(fds[0]);
        close(fds[0]);
        reportedEver.insert(reported.begin(), reported.end());

        auto project = project::Project::open(path);
        const auto problems = project->check();
        if (!problems.empty())
            FAIL("after kill " << i << ": " << problems.front().check << ": " << problems.front().detail);
        std::set<std::string> present;
        for (const auto& s : project->sources()) {
            present.insert(s.name);
            if (s.name.rfind("calibrate", 0) == 0) continue;
            next = std::max(next, std::stoi(s.name.substr(1)) + 1);
            if (s.passages != kPassagesPerFile)
                FAIL("source " << s.name << " has " << s.passages << " passages");
        }
        for (const int n : reportedEver)
            if (!present.count("f" + std::to_string(n)))
                FAIL("import f" << n << " was reported done but is missing");
    }
    CHECK(reportedEver.size() > 0);
}
