#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

void addCheckCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "check", "Check the project file: SQLite integrity, foreign keys, and Cairn's own invariants");
    static std::string path;
    static bool json = false, index = false;
    addProjectArgument(*cmd, path);
    cmd->add_flag("--json", json, "JSON array of {check, detail, advice}");
    cmd->add_flag("--index", index,
                  "Also compare the full-text indexes with the data (needs the project's writer lock)");
    cmd->callback([] {
        auto project = openProject(path, !index);
        const auto problems = project->check();
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& p : problems)
                out.push_back({{"check", p.check}, {"detail", p.detail}, {"advice", p.advice}});
            printJson(out);
        } else if (problems.empty()) {
            std::cout << path << ": ok (" << project->sources().size() << " sources, "
                      << project->cases().size() << " cases)\n";
        } else {
            for (const auto& p : problems)
                std::cout << p.check << ": " << p.detail << "\n  what to do: " << p.advice << "\n";
            std::cout << problems.size() << " problem" << (problems.size() == 1 ? "" : "s") << " found\n";
        }
        if (!problems.empty()) throw ExitWith{kDamaged};
    });
}

} // namespace cairn::cli
