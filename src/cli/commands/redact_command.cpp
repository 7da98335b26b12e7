// `cairn redact P --source S --start N --end N --as TEXT`, `redact P list [--source S] [--json]`,
// `redact P rm GUID`: spans replaced by a chosen text wherever text leaves the project.

#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

void addRedactCommand(CLI::App& app) {
    auto* cmd =
        app.add_subcommand("redact", "Replace a span of a source in every export (the source is kept)");
    static std::string path, guid, listSource;
    static project::RedactionRequest request;
    static bool utf16 = false, json = false;
    // Optional here so `redact list P` and `redact rm P` parse; the add form checks it below.
    addProjectArgument(*cmd, path)->required(false);
    cmd->add_option("--source", request.source, "Source name or GUID");
    cmd->add_option("--start", request.start, "First character (code points from 0)");
    cmd->add_option("--end", request.end, "One past the last character");
    cmd->add_option("--as", request.replacement, "Shown instead, in brackets, e.g. \"town in Wales\"");
    cmd->add_flag("--utf16", utf16, "--start and --end count UTF-16 units");

    auto* list = cmd->add_subcommand("list", "List redactions");
    addProjectArgument(*list, path);
    list->add_option("--source", listSource, "Only this source's");
    list->add_flag("--json", json,
                   "JSON array of {guid, source, start, end, replacement, created_at, created_by}");
    list->callback([] {
        const auto rows = openProject(path, true)->redactions(listSource);
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& r : rows)
                out.push_back({{"guid", r.guid},
                               {"source", r.sourceName},
                               {"start", r.cpStart},
                               {"end", r.cpEnd},
                               {"replacement", r.replacement},
                               {"created_at", r.createdAt},
                               {"created_by", r.createdBy}});
            printJson(out);
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const auto& r : rows)
            table.push_back({r.guid, r.sourceName, std::to_string(r.cpStart), std::to_string(r.cpEnd),
                             privacy::bracketed(r.replacement)});
        printTable({"guid", "source", "start", "end", "replacement"}, table);
    });

    auto* rm = cmd->add_subcommand("rm", "Remove a redaction");
    addProjectArgument(*rm, path);
    rm->add_option("redaction", guid, "Its GUID (or the first 8 or more characters)")->required();
    rm->callback([] {
        openProject(path, false)->removeRedaction(guid);
        std::cout << "redaction removed (`cairn undo` brings it back)\n";
    });

    cmd->callback([cmd] {
        if (!cmd->get_subcommands().empty()) return; // list or rm ran
        if (path.empty() || request.source.empty() || cmd->count("--start") == 0 ||
            cmd->count("--end") == 0 || request.replacement.empty())
            throw CLI::ValidationError("redact", "needs --source, --start, --end and --as (or: list, rm)");
        request.unit = utf16 ? project::SpanUnit::Utf16 : project::SpanUnit::CodePoints;
        const auto row = openProject(path, false)->redact(request);
        std::cout << "redaction " << row.guid << ": " << row.sourceName << " " << row.cpStart << "–"
                  << row.cpEnd << " → " << privacy::bracketed(row.replacement) << "\n";
    });
}

} // namespace cairn::cli
