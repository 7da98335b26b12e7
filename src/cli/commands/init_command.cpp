#include "cli_support.h"
#include "commands/commands.h"

#include <filesystem>
#include <iostream>

namespace cairn::cli {

void addInitCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("init", "Create a new, empty project file");
    static std::string path, name;
    addProjectArgument(*cmd, path);
    cmd->add_option("--name", name, "The project's name (default: the file name)");
    cmd->callback([] {
        const auto projectName = name.empty() ? std::filesystem::path(path).stem().string() : name;
        auto project = project::Project::create(path, projectName);
        std::cout << "created " << path << " (project '" << projectName << "', " << project->guid() << ")\n";
    });
}

} // namespace cairn::cli
