#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

namespace {

// The JSON form of a code: part of the CLI's contract (add fields, never rename them).
nlohmann::json codeJson(const project::CodeInfo& c) {
    return {{"guid", c.code.guid},
            {"path", c.path},
            {"name", c.code.name},
            {"color", c.code.color},
            {"codable", c.code.codable},
            {"codings", c.codings},
            {"codings_in_tree", c.codingsInTree},
            {"sources", c.sources},
            {"depth", c.depth},
            {"definition", c.code.definition},
            {"inclusion", c.code.inclusion},
            {"exclusion", c.code.exclusion},
            {"example", c.code.example},
            {"codebook", c.code.codebook}};
}

struct FieldOptions {
    std::string color, definition, inclusion, exclusion, example;
    bool folder = false, codable = false;
};

void addFieldOptions(CLI::App& cmd, FieldOptions& f) {
    cmd.add_option("--color", f.color, "Colour as #RRGGBB");
    cmd.add_option("--definition", f.definition, "What the code means");
    cmd.add_option("--include", f.inclusion, "When to apply it (inclusion criteria)");
    cmd.add_option("--exclude", f.exclusion, "When not to apply it (exclusion criteria)");
    cmd.add_option("--example", f.example, "An example of a passage it fits");
    cmd.add_flag("--folder", f.folder, "A folder code: groups other codes and is not applied to text");
}

project::CodeFields fieldsFrom(CLI::App& cmd, const FieldOptions& f) {
    project::CodeFields fields;
    if (cmd.count("--color")) fields.color = f.color;
    if (cmd.count("--definition")) fields.definition = f.definition;
    if (cmd.count("--include")) fields.inclusion = f.inclusion;
    if (cmd.count("--exclude")) fields.exclusion = f.exclusion;
    if (cmd.count("--example")) fields.example = f.example;
    if (f.folder) fields.codable = false;
    if (f.codable) fields.codable = true;
    return fields;
}

} // namespace

void addCodebookCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("codebook", "Build and exchange the codebook: a tree of codes");
    cmd->require_subcommand(1);
    static std::string path, code, other, name, file;
    static std::int64_t position = -1, confirm = -1, limit = 20;
    static bool json = false;
    static FieldOptions addFields, setFields;

    auto* list = cmd->add_subcommand("list", "List the codes as a tree, with how many codings each has");
    addProjectArgument(*list, path);
    list->add_flag(
        "--json", json,
        "JSON array of {guid, path, name, color, codable, codings, codings_in_tree, sources, depth, "
        "definition, inclusion, exclusion, example, codebook}");
    list->callback([] {
        auto project = openProject(path, true);
        const auto codes = project->codebook();
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& c : codes)
                out.push_back(codeJson(c));
            printJson(out);
            return;
        }
        for (const auto& c : codes) {
            std::cout << std::string(static_cast<std::size_t>(c.depth) * 2, ' ') << c.code.name
                      << (c.code.codable ? "" : "/");
            if (c.codingsInTree > 0) {
                std::cout << "  (" << c.codings;
                if (c.codingsInTree != c.codings) std::cout << "; " << c.codingsInTree << " with sub-codes";
                std::cout << " in " << c.sources << " source" << (c.sources == 1 ? "" : "s") << ")";
            }
            std::cout << "\n";
        }
        if (codes.empty())
            std::cerr
                << "the codebook is empty; add codes with `cairn codebook P add PATH` or load a shipped "
                   "codebook with `cairn codebook P import NAME` (`cairn codebook P shipped` lists them)\n";
    });

    auto* add = cmd->add_subcommand("add", "Add a code (and any missing parents along its path)");
    addProjectArgument(*add, path);
    add->add_option("path", code, "Its path, e.g. 'Barriers/Language/ESOL waiting list'")->required();
    addFieldOptions(*add, addFields);
    add->callback([add] {
        auto project = openProject(path, false);
        const auto info = project->addCode(code, fieldsFrom(*add, addFields));
        std::cout << "added " << info.path << "  " << info.code.guid << "\n";
    });

    auto* set = cmd->add_subcommand("set", "Change a code's colour, definition or criteria");
    addProjectArgument(*set, path);
    set->add_option("path", code, "The code's path or GUID")->required();
    addFieldOptions(*set, setFields);
    set->add_flag("--codable", setFields.codable, "Make a folder code codable again");
    set->callback([set] {
        auto project = openProject(path, false);
        const auto info = project->updateCode(code, fieldsFrom(*set, setFields));
        std::cout << "changed " << info.path << "\n";
    });

    auto* rename = cmd->add_subcommand("rename", "Rename a code (its codings stay)");
    addProjectArgument(*rename, path);
    rename->add_option("path", code, "The code's path or GUID")->required();
    rename->add_option("name", name, "The new name (a name, not a path)")->required();
    rename->callback([] {
        auto project = openProject(path, false);
        std::cout << "renamed to " << project->renameCode(code, name).path << "\n";
    });

    auto* move = cmd->add_subcommand("move", "Move a code and its sub-codes under another code");
    addProjectArgument(*move, path);
    move->add_option("path", code, "The code's path or GUID")->required();
    move->add_option("parent", other, "The new parent's path, or / for the top level")->required();
    move->add_option("--position", position, "Place among the new siblings (0 first; default last)");
    move->callback([] {
        auto project = openProject(path, false);
        const auto info = project->moveCode(
            code, other, position >= 0 ? std::optional<std::int64_t>(position) : std::nullopt);
        std::cout << "moved to " << info.path << "\n";
    });

    auto* merge = cmd->add_subcommand("merge", "Merge one code into another: its codings and sub-codes move");
    addProjectArgument(*merge, path);
    merge->add_option("from", code, "The code that goes")->required();
    merge->add_option("into", other, "The code that stays")->required();
    merge->callback([] {
        auto project = openProject(path, false);
        const auto result = project->mergeCodes(code, other);
        std::cout << "merged: " << result.moved << " codings moved, " << result.collapsed
                  << " duplicates dropped, " << result.subcodes << " sub-codes moved\n";
    });

    auto* rm = cmd->add_subcommand("rm", "Delete a code with its sub-codes and their codings");
    addProjectArgument(*rm, path);
    rm->add_option("path", code, "The code's path or GUID")->required();
    rm->add_option("--confirm", confirm, "The number of codings that go with it (the command says how many)");
    rm->callback([] {
        auto project = openProject(path, false);
        const auto deleted =
            project->deleteCode(code, confirm >= 0 ? std::optional<std::int64_t>(confirm) : std::nullopt);
        std::cout << "deleted " << code << " and " << deleted << " coding" << (deleted == 1 ? "" : "s")
                  << " (`cairn undo` brings them back)\n";
    });

    auto* import = cmd->add_subcommand("import", "Load a REFI-QDA codebook (.qdc) or a shipped codebook");
    addProjectArgument(*import, path);
    import->add_option("codebook", file, "A .qdc file, or a shipped codebook's name")->required();
    import->callback([] {
        auto project = openProject(path, false);
    const auto result = project->loadCodebook(file);
    std::cout << "loaded " << result.name << ": " << result.added << " codes added, " << result.alreadyThere
              << " already there\n";
    for (const auto& note : result.notes)
        std::cout << "note: " << note << "\n";
});

auto* exportCmd = cmd->add_subcommand("export", "Write the codebook as a REFI-QDA codebook (.qdc)");
addProjectArgument(*exportCmd, path);
exportCmd->add_option("file", file, "The .qdc file to write")->required();
exportCmd->callback([] {
    auto project = openProject(path, true);
    project->exportCodebook(file);
    std::cout << "wrote " << project->codebook().size() << " codes to " << file << "\n";
});

auto* shipped = cmd->add_subcommand("shipped", "List the codebooks that come with Cairn");
shipped->callback([] {
    for (const auto& codebook : coding::shippedCodebooks())
        std::cout << codebook.name << "  " << codebook.path << "\n";
});

auto* search = cmd->add_subcommand("search", "Search code names and definitions");
addProjectArgument(*search, path);
search->add_option("query", other, "Words, \"phrases\", prefix*, AND/OR/NOT")->required();
search->add_option("--limit", limit, "Codes to show (default 20; 0 shows all)");
search->callback([] {
    auto project = openProject(path, true);
    const auto codes = project->codebook();
    for (const auto& hit : project->searchCodes(other, limit))
        for (const auto& c : codes)
            if (c.code.id == hit.id) std::cout << c.path << "\n";
});
} // namespace cairn::cli

} // namespace cairn::cli
