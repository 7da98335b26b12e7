// `cairn analyse P frequencies|crosstab ATTR|cooccurrence|matrix|summary ATTR|side-by-side [INDICATOR]`: each
// action calls one Project analysis and prints the table it returns as text, --json or --csv
// (analysis/table_writers.h).

#include "analysis/table_writers.h"
#include "cli_support.h"
#include "commands/commands.h"
#include "common/error.h"
#include "project/spreadsheets.h"

#include <iostream>

namespace cairn::cli {

namespace {

struct Output {
    bool json = false, csv = false;
    std::string xlsx; // a spreadsheet to write instead of printing
};

struct ScopeOptions {
    std::string attribute; // NAME=VALUE
    project::AnalysisScope scope;
};

CLI::App* addAction(CLI::App& cmd, const std::string& name, const std::string& help, std::string& path,
                    Output& output) {
    auto* action = cmd.add_subcommand(name, help);
    addProjectArgument(*action, path);
    auto* json =
        action->add_flag("--json", output.json, "JSON array of objects, one per row, keyed by column");
    auto* csv = action->add_flag("--csv", output.csv, "CSV (RFC 4180) with a header row");
    auto* xlsx =
        action->add_option("--xlsx", output.xlsx, "Write the table to this spreadsheet (.xlsx) instead");
    json->excludes(csv);
    xlsx->excludes(json)->excludes(csv);
    return action;
}

void addScopeOptions(CLI::App& action, ScopeOptions& s) {
    action.add_option("--kind", s.scope.kind, "Only codings in sources of this kind");
    action.add_option("--attr", s.attribute, "Only codings of cases with this attribute value: NAME=VALUE");
    action.add_option("--coder", s.scope.coder, "Only this coder's codings");
    action.add_option("--from", s.scope.from, "Only codings made on or after this day (YYYY-MM-DD)");
    action.add_option("--to", s.scope.to, "Only codings made on or before this day (YYYY-MM-DD)");
    action.add_flag("--exclude-withdrawn", s.scope.excludeWithdrawn,
                    "Leave out participants who withdrew, their codings and their sources (as reports do)");
}

project::AnalysisScope scopeFrom(ScopeOptions s) {
    if (!s.attribute.empty()) {
        const auto equals = s.attribute.find('=');
        if (equals == std::string::npos)
            throw InvalidInput("--attr takes NAME=VALUE, e.g. --attr status=refugee");
        s.scope.attribute = s.attribute.substr(0, equals);
        s.scope.attributeValue = s.attribute.substr(equals + 1);
    }
    return s.scope;
}

void print(const analysis::Table& table, const Output& output) {
    if (!output.xlsx.empty()) {
        project::saveTablesXlsx(output.xlsx, {table});
        std::cout << "wrote " << output.xlsx << "\n";
    } else if (output.json)
        std::cout << analysis::toJson(table);
    else if (output.csv)
        std::cout << analysis::toCsv(table);
    else
        std::cout << analysis::toText(table);
}

} // namespace

void addAnalyseCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("analyse", "Analyse the coded data and case attributes; print a table");
    cmd->require_subcommand(1);
    static std::string path;
    static Output output;
    static ScopeOptions scope;
    static project::CrosstabRequest crosstab;
    static project::CooccurrenceRequest cooccurrence;
    static project::MatrixRequest matrix;
    static project::SummaryRequest summary;
    static project::SideBySideRequest sideBySide;

    auto* frequencies = addAction(*cmd, "frequencies",
                                  "Per code: sources of each kind, cases, passages and coders, each out of "
                                  "its total",
                                  path, output);
    addScopeOptions(*frequencies, scope);
    frequencies->callback([] { print(openProject(path, true)->frequencies(scopeFrom(scope)), output); });

    auto* cross = addAction(*cmd, "crosstab",
                            "Codes by the values of a case attribute, with column percentages", path, output);
    cross->add_option("attribute", crosstab.attribute, "The case attribute, e.g. status")->required();
    cross->add_flag("--sources", crosstab.bySource, "Count sources instead of cases");
    addScopeOptions(*cross, scope);
    cross->callback([] {
        crosstab.scope = scopeFrom(scope);
        print(openProject(path, true)->crosstab(crosstab), output);
    });

    auto* cooc = addAction(*cmd, "cooccurrence", "Codes by codes: passages where both apply", path, output);
    cooc->add_flag("--spans", cooccurrence.spans, "Count overlapping codings instead of passages");
    cooc->add_flag("--jaccard", cooccurrence.jaccard, "The Jaccard index of the two codes' passages");
    addScopeOptions(*cooc, scope);
    cooc->callback([] {
        cooccurrence.scope = scopeFrom(scope);
        print(openProject(path, true)->cooccurrence(cooccurrence), output);
    });

    auto* mat =
        addAction(*cmd, "matrix", "Framework matrix: cases by codes, codings or coded text", path, output);
    mat->add_flag("--text", matrix.text, "Cells hold the coded text, each piece after its source's name");
    mat->add_option("--max-chars", matrix.maxChars, "With --text: cut each cell at this many characters")
        ->capture_default_str();
    mat->add_flag("--include-identifying", matrix.includeIdentifying,
                  "With --text: raw text, without consent, pseudonyms or redactions (logged)");
    addScopeOptions(*mat, scope);
    mat->callback([] {
        matrix.scope = scopeFrom(scope);
        // Identifying output is logged, which needs the project open for writing.
        print(openProject(path, !matrix.includeIdentifying)->frameworkMatrix(matrix), output);
    });

    auto* sum = addAction(*cmd, "summary", "Statistics of a numeric case attribute, or a paired difference",
                          path, output);
    sum->add_option("attribute", summary.attribute, "A numeric case attribute, e.g. friends_at_arrival")
        ->required();
    sum->add_option("--by", summary.by, "One row per value of this attribute");
    sum->add_option("--paired", summary.paired,
                    "A second measure of the same cases: its difference from ATTRIBUTE, 95% CI and paired "
                    "t-test");
    sum->callback([] { print(openProject(path, true)->surveySummary(summary), output); });

    auto* side = addAction(
        *cmd, "side-by-side",
        "Each indicator's coded evidence (linked codes) next to its values and their change", path, output);
    side->add_option("indicator", sideBySide.indicator,
                     "One indicator, domain or group (KEY:ID); default: every one with links or values");
    side->add_option("--quotes", sideBySide.quotes, "Quotes per indicator, at most one per source")
        ->capture_default_str();
    side->add_option("--quote-chars", sideBySide.quoteChars, "Cut each quote at about this many characters")
        ->capture_default_str();
    side->add_flag("--include-identifying", sideBySide.includeIdentifying,
                   "Raw quotes, without consent, pseudonyms or redactions (logged)");
    addScopeOptions(*side, scope);
    side->callback([] {
        sideBySide.scope = scopeFrom(scope);
        print(openProject(path, !sideBySide.includeIdentifying)->sideBySide(sideBySide), output);
    });
}

} // namespace cairn::cli
