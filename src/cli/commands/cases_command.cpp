#include "cli_support.h"
#include "commands/commands.h"

namespace cairn::cli {

void addCasesCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("cases", "List cases with their consent and attributes");
    static std::string path;
    static bool json = false;
    addProjectArgument(*cmd, path);
    cmd->add_flag(
        "--json", json,
        "JSON array of {guid, name, kind, consent, consent_date, consent_note, sources, attributes}");
    cmd->callback([] {
        auto project = openProject(path, true);
        const auto cases = project->cases();
        const auto attributes = project->attributes();
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& c : cases)
                out.push_back(caseJson(c, attributes));
            printJson(out);
            return;
        }
        std::vector<std::string> header = {"name", "kind", "consent", "sources"};
        for (const auto& a : attributes)
            header.push_back(a.name);
        std::vector<std::vector<std::string>> rows;
        for (const auto& c : cases) {
            std::vector<std::string> row = {c.name, c.kind, c.consent, std::to_string(c.sources)};
            for (const auto& a : attributes) {
                const auto it = c.attributes.find(a.name);
                row.push_back(it == c.attributes.end() ? "" : store::valueText(a.type, it->second));
            }
            rows.push_back(row);
        }
        printTable(header, rows);
    });
}

} // namespace cairn::cli
