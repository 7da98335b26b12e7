#include "cli_support.h"
#include "commands/commands.h"

namespace cairn::cli {

void addSourcesCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("sources", "List the project's sources");
    static std::string path;
    static bool json = false;
    addProjectArgument(*cmd, path);
    cmd->add_flag("--json", json, "JSON array of {guid, name, kind, lang, chars, passages, …}");
    cmd->callback([] {
        auto project = openProject(path, true);
        const auto sources = project->sources();
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& s : sources)
                out.push_back(sourceJson(s));
            printJson(out);
            return;
        }
        std::vector<std::vector<std::string>> rows;
        for (const auto& s : sources)
            rows.push_back(
                {s.name, s.kind, s.lang, std::to_string(s.chars), std::to_string(s.passages), s.guid});
        printTable({"name", "kind", "lang", "chars", "passages", "guid"}, rows);
    });
}

} // namespace cairn::cli
