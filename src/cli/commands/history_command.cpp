#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

void addHistoryCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("history", "Show the operations log: who changed what, when");
    static std::string path;
    static std::int64_t limit = 50;
    static bool json = false;
    addProjectArgument(*cmd, path);
    cmd->add_option("--limit", limit, "How many of the newest operations")->capture_default_str();
    cmd->add_flag("--json", json, "JSON array of {seq, at, coder, op, entity, entity_guid, before, after}");
    cmd->callback([] {
        auto project = openProject(path, true);
        const auto ops = project->history(limit);
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& o : ops) {
                auto parse = [](const std::string& s) {
                    return s.empty() ? nlohmann::json() : nlohmann::json::parse(s, nullptr, false);
                };
                out.push_back({{"seq", o.seq},
                               {"at", o.at},
                               {"coder", o.coder},
                               {"op", o.op},
                               {"entity", o.entity},
                               {"entity_guid", o.entityGuid},
                               {"before", parse(o.before)},
                               {"after", parse(o.after)}});
            }
            printJson(out);
            return;
        }
        for (const auto& o : ops)
            std::cout << o.seq << "  " << o.at << "  " << o.coder << "  " << o.op << " " << o.entity << " "
                      << o.entityGuid << "\n";
    });
}

} // namespace cairn::cli
