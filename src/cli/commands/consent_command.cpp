#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

void addConsentCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("consent", "Record a case's consent to be quoted");
    static std::string path, caseName, consent, date, note;
    addProjectArgument(*cmd, path);
    cmd->add_option("case", caseName, "Case name")->required();
    cmd->add_option("consent", consent,
                    "quote (may be quoted), anonymous (quoted anonymously only), none (not to be quoted), "
                    "withdrawn (withdrew: nothing of theirs is exported)")
        ->required()
        ->check(CLI::IsMember({"quote", "anonymous", "none", "withdrawn", "unknown"}));
    cmd->add_option("--date", date, "Date consent was given or changed (YYYY-MM-DD)");
    cmd->add_option("--note", note, "A note, e.g. how consent was recorded");
    cmd->callback([] {
        auto project = openProject(path, false);
        project->setConsent(caseName, consent, date, note);
        std::cout << caseName << ": consent " << consent << "\n";
    });
}

} // namespace cairn::cli
