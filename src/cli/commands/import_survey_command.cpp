#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

namespace {
std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::string item;
    for (const char c : text) {
        if (c == ',') {
            if (!item.empty()) out.push_back(item);
            item.clear();
        } else {
            item += c;
        }
    }
    if (!item.empty()) out.push_back(item);
    return out;
}
} // namespace

void addImportSurveyCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "import-survey", "Import a survey export (CSV): one case per row with typed attributes, and one "
                         "source per open answer");
    static std::string path, file, textColumns;
    static std::vector<std::string> typeOverrides;
    static project::SurveyRequest request;
    static bool json = false;
    addProjectArgument(*cmd, path);
    cmd->add_option("file", file, "The CSV file (comma, semicolon or tab separated; any common encoding)")
        ->required();
    cmd->add_option("--id-column", request.idColumn,
                    "Column that identifies the respondent (becomes the case name)")
        ->required();
    cmd->add_option("--text-columns", textColumns,
                    "Open-answer columns, comma-separated (each answer becomes a source)");
    cmd->add_option("--kind", request.kind, "Kind of the answer sources")->capture_default_str();
    cmd->add_option("--type", typeOverrides,
                    "Override an inferred type: COLUMN=text|integer|decimal|boolean|date");
    cmd->add_option("--encoding", request.encoding, "Text encoding; default: detect");
    cmd->add_flag("--allow-duplicate", request.allowDuplicate, "Import the same file again");
    cmd->add_flag("--json", json, "Print the report as JSON");
    cmd->callback([] {
        request.path = file;
        request.textColumns = splitList(textColumns);
        for (const auto& o : typeOverrides) {
            const auto eq = o.find('=');
            if (eq == std::string::npos)
                throw CLI::ValidationError("--type", "expected COLUMN=TYPE, got '" + o + "'");
            request.types.emplace_back(o.substr(0, eq), o.substr(eq + 1));
        }
        auto project = openProject(path, false);
        const auto result = project->importSurvey(request);
        for (const auto& w : result.warnings)
            std::cerr << "warning: " << file << ": " << w << '\n';
        if (json) {
            nlohmann::json columns = nlohmann::json::array();
            for (const auto& c : result.columns)
                columns.push_back({{"name", c.name},
                                   {"type", c.type},
                                   {"missing", c.missing},
                                   {"open_answer", c.openAnswer}});
            printJson({{"cases", result.cases},
                       {"sources", result.sources},
                       {"values", result.values},
                       {"columns", columns}});
            return;
        }
        std::cout << "imported " << file << ": " << result.cases << " cases, " << result.values
                  << " attribute values, " << result.sources << " open-answer sources\n";
        std::vector<std::vector<std::string>> rows;
        for (const auto& c : result.columns)
            rows.push_back({c.name, c.type, std::to_string(c.missing)});
        printTable({"column", "type", "missing"}, rows);
    });
}

} // namespace cairn::cli
