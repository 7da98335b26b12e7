#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

namespace {

void addTargetOptions(CLI::App& cmd, project::MemoTarget& target) {
    cmd.add_option("--source", target.source, "On this source (name or GUID)");
    cmd.add_option("--case", target.caseName, "On this case");
    cmd.add_option("--code", target.code, "On this code (path or GUID)");
    cmd.add_option("--coding", target.coding, "On this coding (GUID)");
}

} // namespace

void addMemoCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "memo", "Write, edit and list memos (on a source, a case, a code, a coding, or the project journal)");
    cmd->require_subcommand(1);
    static std::string path, title, text, guid, query;
    static project::MemoTarget addTarget, listTarget;
    static bool json = false, journal = false;

    auto* add = cmd->add_subcommand("add", "Add a memo (with no target: a journal entry)");
    addProjectArgument(*add, path);
    add->add_option("text", text, "The memo's text")->required();
    add->add_option("--title", title, "A title");
    addTargetOptions(*add, addTarget);
    add->callback([] {
        auto project = openProject(path, false);
        const auto memo = project->addMemo(title, text, addTarget);
        std::cout << "memo " << memo.guid << "\n";
    });

    auto* edit = cmd->add_subcommand("edit", "Replace a memo's text (and title)");
    addProjectArgument(*edit, path);
    edit->add_option("memo", guid, "The memo's GUID")->required();
    edit->add_option("text", text, "The new text")->required();
    edit->add_option("--title", title, "The new title (default: keep it)");
    edit->callback([edit] {
        auto project = openProject(path, false);
        project->editMemo(guid, edit->count("--title") ? std::optional<std::string>(title) : std::nullopt,
                          text);
        std::cout << "memo " << guid << " changed\n";
    });

    auto* rm = cmd->add_subcommand("rm", "Delete a memo");
    addProjectArgument(*rm, path);
    rm->add_option("memo", guid, "The memo's GUID")->required();
    rm->callback([] {
        auto project = openProject(path, false);
        project->deleteMemo(guid);
        std::cout << "memo " << guid << " deleted (`cairn undo` brings it back)\n";
    });

    auto* list = cmd->add_subcommand("list", "List memos");
    addProjectArgument(*list, path);
    addTargetOptions(*list, listTarget);
    list->add_flag("--journal", journal, "Only journal entries (memos on nothing)");
    list->add_option("--search", query, "Only memos this query finds (words, \"phrases\", prefix*)");
    list->add_flag("--json", json,
                   "JSON array of {guid, title, text, author, source, case, code, coding, created_at, "
                   "modified_at}");
    list->callback([] {
        auto project = openProject(path, true);
        auto memos = project->memos(listTarget, journal);
        if (!query.empty()) {
            std::vector<store::MemoRow> found;
            for (const auto& hit : project->searchMemos(query, 0))
                for (const auto& m : memos)
                    if (m.guid == hit.guid) found.push_back(m);
            memos = std::move(found);
        }
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& m : memos)
                out.push_back({{"guid", m.guid},
                               {"title", m.title},
                               {"text", m.text},
                               {"author", m.author},
                               {"source", m.sourceGuid},
                               {"case", m.caseGuid},
                               {"code", m.codeGuid},
                               {"coding", m.codingGuid},
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
