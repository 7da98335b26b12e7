#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

void addCodeCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("code", "Apply a code to a span of a source");
    static project::CodingRequest request;
    static std::string path;
    static double weight = 0;
    static bool utf16 = false, json = false;
    addProjectArgument(*cmd, path);
    cmd->add_option("--source", request.source, "The source (name or GUID)")->required();
    cmd->add_option("--start", request.start, "First character of the span (0-based code points)")
        ->required();
    cmd->add_option("--end", request.end, "One past the last character")->required();
    cmd->add_option("--code", request.code, "The code's path or GUID")->required();
    cmd->add_option("--coder", request.coder, "Who codes (default: $CAIRN_CODER or the login name)");
    cmd->add_option("--memo", request.memo, "A memo on the coding");
    cmd->add_option("--weight", weight, "A weight or rating for the coding");
    cmd->add_flag("--utf16", utf16, "--start and --end count UTF-16 code units (as Qt and NVivo do)");
    cmd->add_flag("--json", json, "JSON {guid, code, source, start, end, coder, text, memo}");
    cmd->callback([cmd] {
        auto project = openProject(path, false);
        if (cmd->count("--weight")) request.weight = weight;
        request.unit = utf16 ? project::SpanUnit::Utf16 : project::SpanUnit::CodePoints;
        const auto view = project->code(request);
        if (json) {
            printJson(codingJson(view));
            return;
        }
        std::cout << "coding " << view.coding.guid << "  " << view.codePath << "  " << view.coding.sourceName
                  << " [" << view.coding.start << ", " << view.coding.end << ")\n";
    });
}

void addUncodeCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("uncode", "Remove a coding");
    static std::string path, guid;
    addProjectArgument(*cmd, path);
    cmd->add_option("coding", guid, "The coding's GUID (`cairn codings P` lists them)")->required();
    cmd->callback([] {
        auto project = openProject(path, false);
        const auto row = project->uncode(guid);
        std::cout << "removed coding " << row.guid << " from " << row.sourceName << "\n";
    });
}

} // namespace cairn::cli
