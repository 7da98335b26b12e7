#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

namespace {

void addStep(CLI::App& app, const char* verb, const char* help, bool undo) {
    auto* cmd = app.add_subcommand(verb, help);
    static std::string path;
    addProjectArgument(*cmd, path);
    cmd->callback([undo] {
        auto project = openProject(path, false);
        const auto edit = undo ? project->undo() : project->redo();
        if (!edit) {
            std::cout << (undo ? "nothing to undo\n" : "nothing to redo\n");
            return;
        }
        std::cout << (undo ? "undid: " : "redid: ") << edit->label << "\n";
        const auto next = undo ? project->nextUndo() : project->nextRedo();
        if (next) std::cout << (undo ? "next undo: " : "next redo: ") << next->label << "\n";
    });
}

} // namespace

void addUndoCommand(CLI::App& app) {
    addStep(app, "undo", "Undo the last edit (any edit: coding, codebook, memo, case, import)", true);
}

void addRedoCommand(CLI::App& app) {
    addStep(app, "redo", "Redo the edit undone last", false);
}

} // namespace cairn::cli
