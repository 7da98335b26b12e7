#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

void addPassagesCommand(CLI::App& app) {
    auto* cmd =
        app.add_subcommand("passages", "List a source's passages (paragraphs, cues or speaker turns)");
    static std::string path, source;
    static bool json = false;
    addProjectArgument(*cmd, path);
    cmd->add_option("source", source, "The source's name or GUID")->required();
    cmd->add_flag("--json", json,
                  "JSON array of {guid, index, start, end, speaker, lang, text}; start/end in code points");
    cmd->callback([] {
        auto project = openProject(path, true);
        const auto passages = project->passages(source);
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& p : passages)
                out.push_back(passageJson(p));
            printJson(out);
            return;
        }
        for (const auto& p : passages) {
            std::cout << "[" << p.index << "] " << p.cpStart << "-" << p.cpEnd << " " << p.lang;
            if (!p.speaker.empty()) std::cout << " " << p.speaker << ":";
            std::cout << " " << p.text << "\n";
        }
    });
}

} // namespace cairn::cli
