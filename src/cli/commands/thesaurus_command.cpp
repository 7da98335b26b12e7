#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

namespace {

std::string joined(const std::vector<std::string>& phrases) {
    std::string out;
    for (const auto& phrase : phrases)
        out += (out.empty() ? "" : " = ") + phrase;
    return out;
}

} // namespace

void addThesaurusCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "thesaurus", "The project's synonyms, which every search expands (a query for one finds the others)");
    cmd->require_subcommand(1);
    static std::string path, term;
    static std::vector<std::string> synonyms;
    static bool json = false;

    auto* add = cmd->add_subcommand("add", "Make words or phrases synonyms, e.g. ESOL 'English classes'");
    addProjectArgument(*add, path);
    add->add_option("term", term, "A word or phrase")->required();
    add->add_option("synonyms", synonyms, "Its synonyms (a ring any of them is in already is joined)")
        ->required();
    add->callback([] {
        auto project = openProject(path, false);
        const auto ring = project->addSynonyms(term, synonyms);
        std::cout << joined(ring.phrases) << "\n";
    });

    auto* rm = cmd->add_subcommand("rm", "Take a word or phrase out of the thesaurus");
    addProjectArgument(*rm, path);
    rm->add_option("term", term, "The word or phrase")->required();
    rm->callback([] {
        auto project = openProject(path, false);
        for (const auto& phrase : project->removeSynonym(term))
            std::cout << "removed " << phrase << "\n";
        std::cout << "(`cairn undo` brings it back)\n";
    });

    auto* list = cmd->add_subcommand("list", "List the thesaurus, one ring of synonyms a line");
    addProjectArgument(*list, path);
    list->add_flag("--json", json, "JSON array of {ring, terms: [word or phrase, …]}");
    list->callback([] {
        auto project = openProject(path, true);
        const auto rings = project->thesaurus();
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& ring : rings)
                out.push_back({{"ring", ring.ring}, {"terms", ring.phrases}});
            printJson(out);
            return;
        }
        for (const auto& ring : rings)
            std::cout << joined(ring.phrases) << "\n";
        if (rings.empty()) std::cerr << "the thesaurus is empty\n";
    });
}

} // namespace cairn::cli
