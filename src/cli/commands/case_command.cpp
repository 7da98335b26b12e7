#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

void addCaseCommand(CLI::App& app) {
    auto* cmd =
        app.add_subcommand("case", "Add cases, set their attributes, link them to sources and speakers");
    cmd->require_subcommand(1);
    static std::string path, caseName, attribute, value, type, kind = "participant", source, speaker;

    auto* add = cmd->add_subcommand("add", "Add a case");
    addProjectArgument(*add, path);
    add->add_option("case", caseName, "Case name")->required();
    add->add_option("--kind", kind, "participant, organisation, site or group")->capture_default_str();
    add->callback([] {
        auto project = openProject(path, false);
        const auto row = project->addCase(caseName, kind);
        std::cout << "case '" << row.name << "' (" << row.kind << ", " << row.guid << ")\n";
    });

    auto* set = cmd->add_subcommand("set", "Set an attribute of a case (an empty value clears it)");
    addProjectArgument(*set, path);
    set->add_option("case", caseName, "Case name (created if missing)")->required();
    set->add_option("attribute", attribute, "Attribute name (defined on first use)")->required();
    set->add_option("value", value, "The value, in the attribute's type")->required();
    set->add_option("--type", type,
                    "Type of a new attribute: text, integer, decimal, boolean, date (default: inferred)");
    set->callback([] {
        auto project = openProject(path, false);
        project->setCaseAttribute(caseName, attribute, value,
                                  type.empty() ? std::nullopt : std::optional(type));
        std::cout << caseName << ": " << attribute << " = " << value << "\n";
    });

    auto* link = cmd->add_subcommand("link", "Link a case to a source");
    addProjectArgument(*link, path);
    link->add_option("case", caseName, "Case name (created if missing)")->required();
    link->add_option("source", source, "Source name or GUID")->required();
    link->callback([] {
        auto project = openProject(path, false);
        project->linkSource(caseName, source);
        std::cout << "linked case '" << caseName << "' to source '" << source << "'\n";
    });

    auto* linkSpeaker = cmd->add_subcommand("speaker", "Link a speaker of a source to the case they are");
    addProjectArgument(*linkSpeaker, path);
    linkSpeaker->add_option("source", source, "Source name or GUID")->required();
    linkSpeaker->add_option("speaker", speaker, "Speaker name as in the transcript")->required();
    linkSpeaker->add_option("case", caseName, "Case name (created if missing)")->required();
    linkSpeaker->callback([] {
        auto project = openProject(path, false);
        project->linkSpeaker(source, speaker, caseName);
        std::cout << "speaker '" << speaker << "' of '" << source << "' is case '" << caseName << "'\n";
    });
}

} // namespace cairn::cli
