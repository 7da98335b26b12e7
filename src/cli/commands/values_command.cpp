// `cairn values P import|from-attribute|set|list|export|rm`: indicator values by scope (a case, a
// group, the project) and period.

#include "cli_support.h"
#include "commands/commands.h"
#include "common/error.h"
#include "indicators/value_fields.h"

#include <iostream>

namespace cairn::cli {

namespace {

indicators::ValuesFormat formatFrom(const std::string& text) {
    if (text == "long") return indicators::ValuesFormat::Long;
    if (text == "wide") return indicators::ValuesFormat::Wide;
    if (text == "auto" || text.empty()) return indicators::ValuesFormat::Auto;
    throw InvalidInput("--format takes long, wide or auto; got '" + text + "'");
}

// The JSON form of a value: part of the CLI's contract (add fields, never rename them).
nlohmann::json valueJson(const project::ValueInfo& v) {
    return {{"guid", v.row.guid},
            {"framework", v.framework},
            {"indicator", v.indicator},
            {"title", v.title},
            {"scope", v.scope},
            {"period", v.row.period},
            {"period_start", v.row.periodStart},
            {"period_end", v.row.periodEnd},
            {"breakdown", v.row.breakdown},
            {"value", v.row.value},
            {"n", v.row.n ? nlohmann::json(*v.row.n) : nlohmann::json(nullptr)},
            {"source", v.row.source}};
}

nlohmann::json resultJson(const project::ValuesImportResult& r) {
    nlohmann::json problems = nlohmann::json::array();
    for (const auto& p : r.problems)
        problems.push_back({{"line", p.line}, {"message", p.message}});
    return {{"format", r.format},       {"values", r.values},   {"added", r.added},    {"updated", r.updated},
            {"unchanged", r.unchanged}, {"skipped", r.skipped}, {"problems", problems}};
}

void printResult(const project::ValuesImportResult& r, bool json, bool dryRun) {
    if (json) {
        printJson(resultJson(r));
        return;
    }
    for (const auto& p : r.problems)
        std::cerr << "skipped line " << p.line << ": " << p.message << "\n";
    std::cout << (dryRun ? "would import " : "imported ") << r.values << " values (" << r.format
              << "): " << r.added << " added, " << r.updated << " updated, " << r.unchanged << " unchanged";
    if (r.skipped > 0) std::cout << "; " << r.skipped << " bad rows skipped";
    std::cout << "\n";
}

struct Filters {
    project::ValueQuery query;
    void add(CLI::App& cmd) {
        cmd.add_option("--indicator", query.indicator, "Only this indicator (KEY:ID, id or title)");
        cmd.add_option("--framework", query.framework, "Only this framework (its key)");
        cmd.add_option("--scope", query.scope, "Only this scope: project, case:NAME or group:LABEL");
        cmd.add_option("--period", query.period, "Only this period, as written");
    }
};

} // namespace

void addValuesCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("values", "Indicator values by case, group or project and period");
    cmd->require_subcommand(1);
    static std::string path, file, format = "auto";
    static bool json = false, all = false;
    static project::ValuesImportRequest import;
    static project::FromAttributeRequest fromAttribute;
    static project::ValueEntry entry;
    static std::int64_t n = -1;
    static Filters filters;

    auto* imp = cmd->add_subcommand("import", "Import values from CSV, long or wide (docs/indicators.md)");
    addProjectArgument(*imp, path);
    imp->add_option("file", import.path, "The CSV file")->required();
    imp->add_option("--format", format, "long, wide, or auto (long when there is a value column)")
        ->capture_default_str();
    imp->add_option("--framework", import.framework, "Look indicators up in this framework first (its key)");
    imp->add_option("--period", import.period, "The period of a wide file with indicators as columns");
    imp->add_flag("--skip-bad-rows", import.skipBadRows,
                  "Import the good rows of a file with problems (each bad row is reported)");
    imp->add_flag("--dry-run", import.dryRun, "Check the file and report, without importing");
    imp->add_flag("--json", json,
                  "JSON {format, values, added, updated, unchanged, skipped, problems: [{line, message}]}");
    imp->callback([] {
        import.format = formatFrom(format);
        auto project = openProject(path, import.dryRun);
        printResult(project->importValues(import), json, import.dryRun);
    });

    auto* attr = cmd->add_subcommand("from-attribute",
                                     "One value per case from a numeric case attribute (a survey scale)");
    addProjectArgument(*attr, path);
    attr->add_option("attribute", fromAttribute.attribute, "The numeric case attribute, e.g. friends_now")
        ->required();
    attr->add_option("--indicator", fromAttribute.indicator, "The indicator the values belong to (KEY:ID)")
        ->required();
    attr->add_option("--period", fromAttribute.period, "When it was measured: a date, a range or a label")
        ->required();
    attr->add_option("--source", fromAttribute.source, "Where the values come from (default: the attribute)");
    attr->add_flag("--json", json, "JSON {format, values, added, updated, unchanged, skipped, problems}");
    attr->callback(
        [] { printResult(openProject(path, false)->valuesFromAttribute(fromAttribute), json, false); });

    auto* set = cmd->add_subcommand("set", "Record one value");
    addProjectArgument(*set, path);
    set->add_option("indicator", entry.indicator, "KEY:ID, or an id or title only one framework has")
        ->required();
    set->add_option("value", entry.value, "The number")->required();
    set->add_option("--period", entry.period, "When: a date, a range or a label")->required();
    set->add_option("--scope", entry.scope, "project, case:NAME or group:LABEL")->capture_default_str();
    set->add_option("--breakdown", entry.breakdown, "e.g. 'age group=16-24'; empty for the total");
    set->add_option("--n", n, "How many people or cases the value is based on");
    set->add_option("--source", entry.source, "Where the number comes from");
    set->add_flag("--json", json, "JSON of the value, as in `values list --json`");
    set->callback([] {
        if (n >= 0) entry.n = n;
        const auto v = openProject(path, false)->setValue(entry);
        if (json) {
            printJson(valueJson(v));
            return;
        }
        std::cout << v.framework << ":" << v.indicator << " " << v.scope << " " << v.row.period << " = "
                  << indicators::formatNumber(v.row.value) << "\n";
    });

    auto* list = cmd->add_subcommand("list", "List values, by framework, indicator, scope and period");
    addProjectArgument(*list, path);
    filters.add(*list);
    list->add_flag(
        "--json", json,
        "JSON array of {guid, framework, indicator, title, scope, period, period_start, period_end, "
        "breakdown, value, n, source}");
    list->callback([] {
        const auto rows = openProject(path, true)->indicatorValues(filters.query);
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& v : rows)
                out.push_back(valueJson(v));
            printJson(out);
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const auto& v : rows)
            table.push_back({v.framework + ":" + v.indicator, v.scope, v.row.period, v.row.breakdown,
                             indicators::formatNumber(v.row.value), v.row.n ? std::to_string(*v.row.n) : "",
                             v.row.source});
        printTable({"indicator", "scope", "period", "breakdown", "value", "n", "source"}, table);
    });

    auto* exp = cmd->add_subcommand("export", "Write values as CSV, long or wide (periods as columns)");
    addProjectArgument(*exp, path);
    exp->add_option("file", file, "The CSV to write, or a spreadsheet (.xlsx)")->required();
    exp->add_option("--format", format, "long or wide")->capture_default_str();
    filters.add(*exp);
    exp->callback([] {
        const auto f = format == "auto" ? indicators::ValuesFormat::Long : formatFrom(format);
        openProject(path, true)->exportValues(file, f, filters.query);
        std::cout << "wrote " << file << "\n";
    });

    auto* rm = cmd->add_subcommand("rm", "Delete the values the filters select");
    addProjectArgument(*rm, path);
    filters.add(*rm);
    rm->add_flag("--all", all, "Delete every value (needed when no filter is given)");
    rm->callback([] {
        const auto& q = filters.query;
        if (q.indicator.empty() && q.framework.empty() && q.scope.empty() && q.period.empty() && !all)
            throw InvalidInput("give a filter (--indicator, --framework, --scope, --period) or --all");
        std::cout << "deleted " << openProject(path, false)->deleteValues(q) << " values\n";
    });
}

} // namespace cairn::cli
