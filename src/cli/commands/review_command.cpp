// `cairn review P approve|reject|request-change QUOTE --reviewer NAME [--comment TEXT]`,
// `review P reviewer add NAME --role ROLE`, `review P reviewer list`, `review P pack OUT.html` and
// `review P import DECISIONS-FILE`: the review of quotes by named reviewers, at the command line or
// through an HTML pack a reviewer fills in offline.

#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>
#include <memory>

namespace cairn::cli {

void printQuoteView(const project::QuoteView& q, bool json);

namespace {

void addReviewerActions(CLI::App& parent) {
    auto* cmd = parent.add_subcommand("reviewer", "The people who review quotes, each with a role");
    cmd->require_subcommand(1);
    static std::string path, name, role;
    static bool json = false;
    auto* add = cmd->add_subcommand("add", "Name a reviewer");
    addProjectArgument(*add, path);
    add->add_option("name", name, "The reviewer's name")->required();
    add->add_option("--role", role, "Their role, e.g. \"community researcher\" or \"data protection lead\"")
        ->required();
    add->callback([] {
        const auto row = openProject(path, false)->addReviewer(name, role);
        std::cout << "reviewer " << row.name << " (" << row.role << ") added\n";
    });
    auto* list = cmd->add_subcommand("list", "List reviewers");
    addProjectArgument(*list, path);
    list->add_flag("--json", json, "JSON array of {name, role, created_at}");
    list->callback([] {
        const auto rows = openProject(path, true)->reviewers();
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& r : rows)
                out.push_back({{"name", r.name}, {"role", r.role}, {"created_at", r.createdAt}});
            printJson(out);
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const auto& r : rows)
            table.push_back({r.name, r.role, r.createdAt});
        printTable({"name", "role", "added"}, table);
    });
}

void addActionVerb(CLI::App& parent, const std::string& action, const std::string& help) {
    auto* cmd = parent.add_subcommand(action, help);
    struct Args {
        std::string path, quote, reviewer, comment;
        bool json = false;
    };
    auto args = std::make_shared<Args>();
    addProjectArgument(*cmd, args->path);
    cmd->add_option("quote", args->quote, "The quote's GUID (or its first 8+ characters)")->required();
    cmd->add_option("--reviewer", args->reviewer, "Who decides (`cairn review P reviewer add` names them)")
        ->required();
    cmd->add_option("--comment", args->comment, "Why, or what to change");
    cmd->add_flag("--json", args->json, "The quote afterwards as a JSON object");
    cmd->callback([args, action] {
        const auto view =
            openProject(args->path, false)->reviewQuote(args->quote, action, args->reviewer, args->comment);
        printQuoteView(view, args->json);
    });
}

void addPackActions(CLI::App& parent) {
    static std::string path, out, reviewer, status, file;
    auto* pack =
        parent.add_subcommand("pack", "Write an HTML review pack: quotes as they would be published, "
                                      "to decide on offline and save as a decisions file");
    addProjectArgument(*pack, path);
    pack->add_option("out", out, "The .html file to write")->required();
    pack->add_option("--reviewer", reviewer, "Fill in this reviewer's name");
    pack->add_option("--status", status, "Only quotes with this status (default: all but rejected)")
        ->check(CLI::IsMember(store::quoteStatuses()));
    pack->callback([] {
        const auto result = openProject(path, true)->writeReviewPack({out, reviewer, status});
        std::cout << "wrote " << out << ": " << result.quotes << " quotes";
        if (result.withheld) std::cout << " (" << result.withheld << " withheld, listed without text)";
        std::cout << "; pack " << result.packId
                  << ". Import the decisions file it saves with `cairn review P "
                  << "import FILE`\n";
    });

    auto* imp =
        parent.add_subcommand("import", "Apply a decisions file saved from a review pack (one undo step)");
    addProjectArgument(*imp, path);
    imp->add_option("file", file, "The decisions file")->required();
    imp->callback([] {
        const auto result = openProject(path, false)->importReviewDecisions(file);
        for (const auto& line : result.refused)
            std::cerr << "refused: " << line << '\n';
        std::cout << result.applied << " of " << result.decisions << " decisions by " << result.reviewer
                  << " applied";
        if (!result.refused.empty()) std::cout << "; " << result.refused.size() << " refused (see above)";
        std::cout << '\n';
        if (!result.refused.empty()) throw ExitWith{kBadInput};
    });
}

} // namespace

void addReviewCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("review", "Review quotes: approve, reject, ask for a change; reviewers; "
                                             "offline review packs");
    cmd->require_subcommand(1);
    addReviewerActions(*cmd);
    addActionVerb(*cmd, "approve", "Approve a quote's published text");
    addActionVerb(*cmd, "reject", "Reject a quote");
    addActionVerb(*cmd, "request-change", "Ask for a change to a quote (span, pseudonym, redaction)");
    addPackActions(*cmd);
}

} // namespace cairn::cli
