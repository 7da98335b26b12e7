#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

namespace {

void printReport(const project::ExchangeReport& r, const char* verb) {
    std::cout << verb << ": " << r.sources << " sources, " << r.codes << " codes, " << r.codings
              << " codings, " << r.cases << " cases, " << r.memos << " memos, " << r.users << " coders\n";
    for (const auto& line : r.repairs)
        std::cout << "repaired: " << line << "\n";
    for (const auto& line : r.problems)
        std::cout << "warning: " << line << "\n";
}

nlohmann::json reportJson(const project::ExchangeReport& r) {
    return {{"sources", r.sources}, {"codes", r.codes},  {"codings", r.codings}, {"cases", r.cases},
            {"memos", r.memos},     {"coders", r.users}, {"repairs", r.repairs}, {"warnings", r.problems}};
}

} // namespace

void addExportQdpxCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("export-qdpx",
                                   "Write the project as a REFI-QDA project (.qdpx) for other QDA tools");
    static std::string path, out;
    static bool json = false;
    addProjectArgument(*cmd, path);
    cmd->add_option("out", out, "The .qdpx file to write")->required();
    cmd->add_flag("--json", json, "JSON {sources, codes, codings, cases, memos, coders, repairs, warnings}");
    cmd->callback([] {
        auto project = openProject(path, true);
        const auto report = project->exportQdpx(out);
        if (json) {
            printJson(reportJson(report));
            return;
        }
        printReport(report, ("wrote " + out).c_str());
    });
}

void addImportQdpxCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "import-qdpx",
        "Create a project from a REFI-QDA project (.qdpx) written by NVivo, ATLAS.ti, MAXQDA or Cairn");
    static std::string in, path;
    static bool json = false;
    cmd->add_option("qdpx", in, "The .qdpx file to read")->required();
    cmd->add_option("project", path, "The new project file to create (NAME.cairn)")->required();
    cmd->add_flag("--json", json, "JSON {sources, codes, codings, cases, memos, coders, repairs, warnings}");
    cmd->callback([] {
        project::OpenOptions options;
        if (const char* coder = std::getenv("CAIRN_CODER")) options.coder = coder;
        project::ExchangeReport report;
        project::Project::importQdpx(in, path, report, options);
        if (json) {
            printJson(reportJson(report));
            return;
        }
        printReport(report, ("imported " + in + " into " + path).c_str());
    });
}

} // namespace cairn::cli
