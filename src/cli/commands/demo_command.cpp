#include "cli_support.h"
#include "commands/commands.h"
#include "project/demo.h"

#include <algorithm>
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
                  << report.cases << " cases, " << report.codings << " codings.\n";
        auto project = openProject(path.string(), true);
        std::cout << "A few searches:\n";
        // Each shows one thing the search does: stems, Welsh mutations, Arabic letter folding,
        // Polish inflection, and filters on source kind and case attributes.
        for (const char* query :
             {"volunteering", "Caerdydd",
              "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x86\xD8\xAC\xD9\x84\xD9\x8A\xD8\xB2\xD9\x8A\xD9\x87", "praca",
              "kind:submission ESOL", "attr:status=refugee friends",
              "code:Barriers/Language kind:interview"}) {
            search::SearchRequest request;
            request.query = query;
            request.limit = 1;
            const auto count = project->searchCount(request);
            const auto hits = project->search(request);
            std::cout << "  " << query << ": " << count << " passages";
            if (!hits.empty()) {
                auto snippet = hits.front().snippet;
                std::replace(snippet.begin(), snippet.end(), '\n', ' ');
                std::cout << "; best in " << hits.front().sourceName << ": \"" << snippet << "\"";
            }
            std::cout << "\n";
        }
        std::cout << "The codes with most evidence:\n";
        auto codes = project->codebook();
        std::stable_sort(codes.begin(), codes.end(),
                         [](const auto& a, const auto& b) { return a.codingsInTree > b.codingsInTree; });
        int shown = 0;
        for (const auto& c : codes) {
            if (c.code.codable && c.codings > 0 && shown++ < 5)
                std::cout << "  " << c.path << ": " << c.codings << " codings in " << c.sources
                          << " sources\n";
        }
        const auto problems = project->check();
        std::cout << "Integrity check: "
                  << (problems.empty() ? "ok" : std::to_string(problems.size()) + " problems") << "\n";
        if (!report.failures.empty() || !problems.empty()) throw ExitWith{kBadInput};
    });
}

} // namespace cairn::cli
