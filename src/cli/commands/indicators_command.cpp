// `cairn indicators P list|frameworks|shipped|import|export|rm|link|unlink|links|map|mappings`:
// indicator frameworks as versioned data, and which codes are evidence for which indicator.

#include "cli_support.h"
#include "commands/commands.h"
#include "indicators/shipped_frameworks.h"

#include <iostream>

namespace cairn::cli {

namespace {

// The JSON forms below are part of the CLI's contract (add fields, never rename them).
nlohmann::json indicatorJson(const project::IndicatorInfo& i, const std::string& parentIdent) {
    return {{"framework", i.row.frameworkKey},
            {"id", i.row.ident},
            {"ref", i.ref},
            {"guid", i.row.guid},
            {"parent", parentIdent},
            {"kind", i.row.kind},
            {"title", i.row.title},
            {"definition", i.row.definition},
            {"unit", i.row.unit},
            {"direction", i.row.direction},
            {"breakdowns", i.row.breakdowns},
            {"source", i.row.source},
            {"depth", i.depth},
            {"values", i.values},
            {"codes", i.codes}};
}

nlohmann::json frameworkJson(const store::FrameworkRow& f) {
    return {{"key", f.key},
            {"guid", f.guid},
            {"name", f.name},
            {"publisher", f.publisher},
            {"version", f.version},
            {"url", f.url},
            {"description", f.description},
            {"nodes", f.nodes}};
}

nlohmann::json linkJson(const project::IndicatorLinkInfo& l) {
    return {{"code", l.code},
            {"indicator", l.indicator},
            {"title", l.title},
            {"rationale", l.rationale},
            {"shipped", l.shipped}};
}

} // namespace

void addIndicatorsCommand(CLI::App& app) {
    auto* cmd =
        app.add_subcommand("indicators", "Indicator frameworks, their indicators, and links from codes");
    cmd->require_subcommand(1);
    static std::string path, framework, file, code, indicator, rationale, relation = "same", note;
    static std::int64_t confirm = -1;
    static bool json = false;

    auto* list = cmd->add_subcommand("list", "List the frameworks' groups, domains and indicators as trees");
    addProjectArgument(*list, path);
    list->add_option("--framework", framework, "Only this framework (its key)");
    list->add_flag(
        "--json", json,
        "JSON array of {framework, id, ref, guid, parent, kind, title, definition, unit, direction, "
        "breakdowns, source, depth, values, codes}");
    list->callback([] {
        auto project = openProject(path, true);
        const auto nodes = project->indicators(framework);
        std::map<std::int64_t, std::string> identOf;
        for (const auto& n : nodes)
            identOf[n.row.id] = n.row.ident;
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& n : nodes)
                out.push_back(indicatorJson(n, n.row.parentId ? identOf[*n.row.parentId] : std::string()));
            printJson(out);
            return;
        }
        if (nodes.empty()) {
            std::cout << "No indicator frameworks yet: load one with `cairn indicators P import NAME` "
                         "(`cairn indicators P shipped` lists them)\n";
            return;
        }
        std::string current;
        for (const auto& n : nodes) {
            if (n.row.frameworkKey != current) {
                current = n.row.frameworkKey;
                std::cout << current << "\n";
            }
            std::cout << std::string(static_cast<std::size_t>(2 + 2 * n.depth), ' ') << n.row.ident;
            if (n.row.title != n.row.ident) std::cout << "  " << n.row.title;
            if (n.values > 0) std::cout << "  [" << n.values << " values]";
            if (!n.codes.empty())
                std::cout << "  ← " << n.codes.size() << (n.codes.size() == 1 ? " code" : " codes");
            std::cout << "\n";
        }
    });

    auto* frameworks = cmd->add_subcommand("frameworks", "List the frameworks in the project");
    addProjectArgument(*frameworks, path);
    frameworks->add_flag("--json", json,
                         "JSON array of {key, guid, name, publisher, version, url, description, nodes}");
    frameworks->callback([] {
        auto project = openProject(path, true);
        const auto rows = project->frameworks();
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& f : rows)
                out.push_back(frameworkJson(f));
            printJson(out);
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const auto& f : rows)
            table.push_back({f.key, f.name, f.version, std::to_string(f.nodes)});
        printTable({"key", "name", "version", "nodes"}, table);
    });

    auto* shipped = cmd->add_subcommand("shipped", "List the indicator frameworks Cairn ships");
    shipped->callback([] {
        for (const auto& f : indicators::shippedFrameworks())
            std::cout << f.name << "\t" << f.path << "\n";
    });

    auto* load = cmd->add_subcommand("import", "Load a framework CSV, or a shipped framework by name");
    addProjectArgument(*load, path);
    load->add_option("file", file, "A framework CSV (see docs/indicators.md), or a shipped framework's name")
        ->required();
    load->add_flag("--json", json,
                   "JSON {name, frameworks, added, updated, unchanged, mappings, links, notes}");
    load->callback([] {
        auto project = openProject(path, false);
        const auto r = project->loadFrameworks(file);
        if (json) {
            printJson({{"name", r.name},
                       {"frameworks", r.frameworks},
                       {"added", r.added},
                       {"updated", r.updated},
                       {"unchanged", r.unchanged},
                       {"mappings", r.mappings},
                       {"links", r.links},
                       {"notes", r.notes}});
            return;
        }
        std::cout << "loaded " << r.name << ": " << r.added << " added, " << r.updated << " updated, "
                  << r.unchanged << " unchanged";
        if (r.mappings > 0) std::cout << ", " << r.mappings << " mappings";
        if (r.links > 0) std::cout << ", " << r.links << " default links to codes";
        std::cout << "\n";
        for (const auto& n : r.notes)
            std::cerr << "note: " << n << "\n";
    });

    auto* exportCmd = cmd->add_subcommand("export", "Write the frameworks as a framework CSV");
    addProjectArgument(*exportCmd, path);
    exportCmd->add_option("file", file, "The CSV to write, or a spreadsheet (.xlsx)")->required();
    exportCmd->add_option("--framework", framework, "Only this framework (its key)");
    exportCmd->callback([] {
        openProject(path, true)->exportFrameworks(file, framework);
        std::cout << "wrote " << file << "\n";
    });

    auto* rm = cmd->add_subcommand("rm", "Delete a framework with its values and links");
    addProjectArgument(*rm, path);
    rm->add_option("framework", framework, "The framework's key")->required();
    rm->add_option("--confirm", confirm, "The number of values it has (what deleting it deletes)");
    rm->callback([] {
        const auto removed =
            openProject(path, false)
                ->deleteFramework(framework,
                                  confirm >= 0 ? std::optional<std::int64_t>(confirm) : std::nullopt);
        std::cout << "deleted " << framework << " and " << removed << " values\n";
    });

    auto* link =
        cmd->add_subcommand("link", "Link a code to an indicator, domain or group it is evidence for");
    addProjectArgument(*link, path);
    link->add_option("code", code, "The code's path or GUID")->required();
    link->add_option("indicator", indicator, "KEY:ID, or an id or title only one framework has")->required();
    link->add_option("--rationale", rationale, "Why the code is evidence for it");
    link->callback([] {
        const auto l = openProject(path, false)->linkIndicator(code, indicator, rationale);
        std::cout << "linked " << l.code << " → " << l.indicator << " (" << l.title << ")\n";
    });

    auto* unlink = cmd->add_subcommand("unlink", "Remove a link between a code and an indicator");
    addProjectArgument(*unlink, path);
    unlink->add_option("code", code, "The code's path or GUID")->required();
    unlink->add_option("indicator", indicator, "KEY:ID")->required();
    unlink->callback([] {
        if (!openProject(path, false)->unlinkIndicator(code, indicator)) {
            std::cerr << "error: " << code << " is not linked to " << indicator << "\n";
            throw ExitWith{kBadInput};
        }
        std::cout << "unlinked " << code << " from " << indicator << "\n";
    });

    auto* links = cmd->add_subcommand("links", "List the links between codes and indicators");
    addProjectArgument(*links, path);
    links->add_flag("--json", json, "JSON array of {code, indicator, title, rationale, shipped}");
    links->callback([] {
        const auto rows = openProject(path, true)->indicatorLinks();
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& l : rows)
                out.push_back(linkJson(l));
            printJson(out);
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const auto& l : rows)
            table.push_back({l.indicator, l.code, l.rationale + (l.shipped ? " (default)" : "")});
        printTable({"indicator", "code", "rationale"}, table);
    });

    auto* map =
        cmd->add_subcommand("map", "Record that an indicator of a later set continues one of an earlier set");
    addProjectArgument(*map, path);
    map->add_option("from", code, "The earlier indicator, KEY:ID")->required();
    map->add_option("to", indicator, "The later indicator, KEY:ID")->required();
    map->add_option("--relation", relation, "same, reworded, split, merged or related")
        ->capture_default_str();
    map->add_option("--note", note, "What changed");
    map->callback([] {
        const auto m = openProject(path, false)->mapIndicators(code, indicator, relation, note);
        std::cout << "mapped " << m.from << " → " << m.to << " (" << m.relation << ")\n";
    });

    auto* mappings =
        cmd->add_subcommand("mappings", "List the mappings between indicators of different sets");
    addProjectArgument(*mappings, path);
    mappings->add_flag("--json", json, "JSON array of {from, to, relation, note}");
    mappings->callback([] {
        const auto rows = openProject(path, true)->indicatorMappings();
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& m : rows)
                out.push_back({{"from", m.from}, {"to", m.to}, {"relation", m.relation}, {"note", m.note}});
            printJson(out);
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const auto& m : rows)
            table.push_back({m.from, m.to, m.relation, m.note});
        printTable({"from", "to", "relation", "note"}, table);
    });
}

} // namespace cairn::cli
