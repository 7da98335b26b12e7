#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

void addSuggestCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "suggest",
        "Suggest a spelling for a query's words from the project's own vocabulary (all its languages)");
    static std::string path, query;
    static bool json = false;
    addProjectArgument(*cmd, path);
    cmd->add_option("query", query, "The query, as given to `cairn search`")->required();
    cmd->add_flag("--json", json,
                  "JSON object {query, suggestion (null when none), corrections: [{word, suggestion}, …]}");
    cmd->callback([] {
        auto project = openProject(path, true);
        const auto suggestion = project->suggestQuery(query);
        if (json) {
            nlohmann::json corrections = nlohmann::json::array();
            for (const auto& c : suggestion.corrections)
                corrections.push_back({{"word", c.word}, {"suggestion", c.suggestion}});
            printJson({{"query", query},
                       {"suggestion", suggestion.query.empty() ? nlohmann::json(nullptr)
                                                               : nlohmann::json(suggestion.query)},
                       {"corrections", corrections}});
            return;
        }
        if (suggestion.query.empty()) {
            std::cerr << "no suggestion: every word is in the project, or none is near enough\n";
            return;
        }
        std::cout << suggestion.query << "\n";
    });
}

} // namespace cairn::cli
