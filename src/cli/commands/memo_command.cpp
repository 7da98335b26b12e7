#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

void addMemoCommand(CLI::App& app) {
    auto* cmd =
        app.add_subcommand("memo", "Write and list memos (on a source, a case, or the project journal)");
    cmd->require_subcommand(1);
    static std::string path, title, text, source, caseName;
    static bool json = false;

    auto* add = cmd->add_subcommand("add", "Add a memo");
    addProjectArgument(*add, path);
    add->add_option("text", text, "The memo's text")->required();
    add->add_option("--title", title, "A title");
    add->add_option("--source", source, "Attach to this source (name or GUID)");
    add->add_option("--case", caseName, "Attach to this case");
    add->callback([] {
        auto project = openProject(path, false);
        const auto memo = project->addMemo(title, text, source, caseName);
        std::cout << "memo " << memo.guid << "\n";
    });

    auto* list = cmd->add_subcommand("list", "List memos");
    addProjectArgument(*list, path);
    list->add_flag("--json", json,
                   "JSON array of {guid, title, text, author, source, case, created_at, modified_at}");
    list->callback([] {
        auto project = openProject(path, true);
        const auto memos = project->memos();
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& m : memos)
                out.push_back({{"guid", m.guid},
                               {"title", m.title},
                               {"text", m.text},
                               {"author", m.author},
                               {"source", m.sourceGuid},
                               {"case", m.caseGuid},
                               {"created_at", m.createdAt},
                               {"modified_at", m.modifiedAt}});
            printJson(out);
            return;
        }
        for (const auto& m : memos)
            std::cout << m.createdAt << "  " << m.author << "  " << (m.title.empty() ? "" : m.title + ": ")
                      << m.text << "\n";
    });
}

} // namespace cairn::cli
