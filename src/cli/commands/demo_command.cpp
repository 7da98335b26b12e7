#include "cli_support.h"
#include "commands/commands.h"
#include "project/demo.h"

#include <iostream>

namespace cairn::cli {

void addDemoCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("demo", "Build the demo project from corpora/demo and show what it holds");
    static std::string dir = ".";
    static std::string corpus;
    cmd->add_option("dir", dir, "Folder for demo.cairn")->capture_default_str();
    cmd->add_option("--corpus", corpus, "The demo corpus folder (default: corpora/demo beside the build)");
    cmd->callback([] {
        const auto corpusDir = corpus.empty() ? project::findDemoCorpus("/proc/self/exe", CAIRN_SOURCE_DIR)
                                              : std::filesystem::path(corpus);
        std::filesystem::create_directories(dir);
        const auto path = std::filesystem::path(dir) / "demo.cairn";
        std::cout << "Building the demo project " << path.string() << " from " << corpusDir.string() << "\n";
        const auto report = project::buildDemoProject(corpusDir, path);
        for (const auto& line : report.lines)
            std::cout << "  " << line << "\n";
        for (const auto& f : report.failures)
            std::cout << "  not imported: " << f << "\n";
        std::cout << "Done: " << report.sources << " sources, " << report.passages << " passages, "
                  << report.cases << " cases.\n";
        auto project = openProject(path.string(), true);
        const auto problems = project->check();
        std::cout << "Integrity check: "
                  << (problems.empty() ? "ok" : std::to_string(problems.size()) + " problems") << "\n";
        if (!report.failures.empty() || !problems.empty()) throw ExitWith{kBadInput};
    });
}

} // namespace cairn::cli
