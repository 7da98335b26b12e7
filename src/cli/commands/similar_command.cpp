#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

void addSimilarCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "similar",
        "Passages about the same thing as one passage (more like this), from the ranked-search index");
    static std::string path, passage;
    static std::int64_t limit = 10;
    static bool json = false;
    addProjectArgument(*cmd, path);
    cmd->add_option("passage", passage, "The passage's GUID (`cairn search --json` shows passage_guid)")
        ->required();
    cmd->add_option("--limit", limit, "Passages to show (default 10)")->check(CLI::PositiveNumber);
    cmd->add_flag("--json", json, "JSON array of hits, as `cairn search --json` prints them");
    cmd->callback([] {
        auto project = openProject(path, true);
        const auto hits = project->similarPassages(passage, limit);
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& h : hits)
                out.push_back({{"source", h.sourceName},
                               {"source_guid", h.sourceGuid},
                               {"passage_guid", h.passageGuid},
                               {"passage", h.passageIndex},
                               {"start", h.start},
                               {"end", h.end},
                               {"lang", h.lang},
                               {"score", h.score},
                               {"snippet", h.snippet},
                               {"snippet_start", h.snippetSpan.start},
                               {"engine", "xapian"}});
            printJson(out);
            return;
        }
        std::int64_t n = 0;
        for (const auto& h : hits)
            std::cout << ++n << ". " << h.sourceName << " [" << h.passageIndex << "] " << h.passageGuid
                      << "\n   " << h.snippet << "\n";
        if (hits.empty()) std::cerr << "no similar passages\n";
    });
}

} // namespace cairn::cli
