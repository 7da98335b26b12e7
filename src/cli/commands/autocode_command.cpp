#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

void addAutocodeCommand(CLI::App& app) {
    auto* cmd =
        app.add_subcommand("autocode", "Code every hit of a search with one code, as one undoable edit");
    static project::AutocodeRequest request;
    static std::string path, unit = "passage";
    static bool json = false;
    addProjectArgument(*cmd, path);
    cmd->add_option("query", request.search.query, "The search, in the query language of `cairn search`")
        ->required();
    cmd->add_option("--code", request.code, "The code to apply (path or GUID)")->required();
    cmd->add_option("--unit", unit, "What to code: the whole passage, the sentence, or the matched words")
        ->check(CLI::IsMember({"passage", "sentence", "match"}));
    cmd->add_option("--coder", request.coder, "Who codes (default: $CAIRN_CODER or the login name)");
    cmd->add_flag("--exact", request.search.exact, "Case- and diacritic-sensitive search");
    cmd->add_flag("--dry-run", request.dryRun, "Report what would be coded; change nothing");
    cmd->add_flag("--json", json, "JSON {passages, sources, spans, added, skipped, dry_run}");
    cmd->callback([] {
        auto project = openProject(path, request.dryRun);
        request.unit = unit == "sentence" ? project::AutocodeUnit::Sentence
                       : unit == "match"  ? project::AutocodeUnit::Match
                                          : project::AutocodeUnit::Passage;
        const auto result = project->autocode(request);
        if (json) {
            printJson({{"passages", result.passages},
                       {"sources", result.sources},
                       {"spans", result.spans},
                       {"added", result.added},
                       {"skipped", result.skipped},
                       {"dry_run", request.dryRun}});
            return;
        }
        std::cout << (request.dryRun ? "would code " : "coded ")
                  << (request.dryRun ? result.spans - result.skipped : result.added) << " " << unit
                  << (unit == "match" ? "es" : "s") << " in " << result.passages << " passages of "
                  << result.sources << " sources";
        if (result.skipped > 0) std::cout << " (" << result.skipped << " already coded)";
        std::cout << "\n";
    });
}

} // namespace cairn::cli
