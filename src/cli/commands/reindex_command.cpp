#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

void addReindexCommand(CLI::App& app) {
    auto* cmd =
        app.add_subcommand("reindex", "Rebuild the full-text indexes from the data (after `cairn check "
                                      "--index` reports a problem)");
    static std::string path;
    addProjectArgument(*cmd, path);
    cmd->callback([] {
        auto project = openProject(path, false);
        project->rebuildSearchIndex([](std::int64_t done, std::int64_t total, const std::string& what) {
            std::cerr << "\r" << what << ": " << done << "/" << total << std::flush;
            if (done == total) std::cerr << "\n";
        });
        std::cout << "rebuilt the search indexes of " << project->sources().size() << " sources\n";
    });
}

} // namespace cairn::cli
