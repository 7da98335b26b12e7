#include "cli_support.h"
#include "commands/commands.h"
#include "common/error.h"

#include <iostream>

namespace cairn::cli {

void addCodingsCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("codings", "List codings with the text they cover");
    static project::CodingQuery query;
    static std::string path, attribute;
    static bool json = false, count = false, noSubcodes = false;
    addProjectArgument(*cmd, path);
    cmd->add_option("--code", query.code, "Only this code (path or GUID), with its sub-codes");
    cmd->add_flag("--no-subcodes", noSubcodes, "With --code: leave out the sub-codes' codings");
    cmd->add_option("--source", query.source, "Only this source (name or GUID)");
    cmd->add_option("--coder", query.coder, "Only this coder's codings");
    cmd->add_option("--case", query.caseName, "Only codings in this case's sources or turns");
    cmd->add_option("--attr", attribute, "Only codings of cases with this attribute value: NAME=VALUE");
    cmd->add_option("--kind", query.kind, "Only sources of this kind");
    cmd->add_option("--context", query.context, "Characters of context each side (within the passage)");
    cmd->add_option("--limit", query.limit, "At most this many");
    cmd->add_flag("--count", count, "Print the number of codings only");
    cmd->add_flag("--json", json,
                  "JSON array of {guid, code, source, start, end, coder, text, memo, code_guid, source_guid, "
                  "source_kind, weight, selection, created_at, before, after}");
    cmd->callback([] {
        auto project = openProject(path, true);
        query.withSubcodes = !noSubcodes;
        if (!attribute.empty()) {
            const auto equals = attribute.find('=');
            if (equals == std::string::npos)
                throw InvalidInput("--attr takes NAME=VALUE, e.g. --attr status=refugee");
            query.attribute = attribute.substr(0, equals);
            query.attributeValue = attribute.substr(equals + 1);
        }
        if (count) {
            std::cout << project->countCodings(query) << "\n";
            return;
        }
        const auto views = project->codings(query);
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& view : views)
                out.push_back(codingJson(view));
            printJson(out);
            return;
        }
        for (const auto& v : views) {
            std::string text = v.before + "[[" + v.text + "]]" + v.after;
            for (auto& c : text)
                if (c == '\n' || c == '\t') c = ' ';
            std::cout << v.codePath << "  " << v.coding.sourceName << " [" << v.coding.start << ", "
                      << v.coding.end << ")  " << v.coding.coder << "\n   " << text << "\n";
            if (!v.coding.memo.empty()) std::cout << "   memo: " << v.coding.memo << "\n";
        }
        if (views.empty()) std::cerr << "no codings\n";
    });
}

} // namespace cairn::cli
