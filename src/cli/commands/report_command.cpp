// `cairn report P --codes PATH,… [--by kind|ATTR] [--format docx|odt|html|md|pdf|csv|xlsx] --out FILE
// [--include-identifying] [--json]`: an evidence summary of the chosen codes. Before anything is
// written, stderr says what privacy rules will withhold and replace (counts only); identifying output
// needs the flag, prints a warning and is recorded in the anonymisation log.

#include "cli_support.h"
#include "commands/commands.h"
#include "common/error.h"

#include <iostream>

namespace cairn::cli {

namespace {

void announce(const project::ReportPlan& plan, bool includeIdentifying) {
    const auto& t = plan.tally;
    if (includeIdentifying) {
        std::cerr
            << "warning: --include-identifying: consent, pseudonyms and redactions are NOT applied; "
               "real names and withheld passages may appear. This is recorded in the anonymisation log.\n";
        return;
    }
    std::cerr << "withheld: " << t.withheld() << " passages (" << t.withheldWithdrawn << " withdrawn, "
              << t.withheldNoConsent << " not to be quoted, " << t.withheldUnrecorded
              << " consent not recorded); replaced: " << t.pseudonyms << " pseudonyms, " << t.redactions
              << " redactions";
    if (plan.sensitiveAttributes > 0)
        std::cerr << "; sensitive attributes left out: " << plan.sensitiveAttributes;
    std::cerr << "\n";
    if (!plan.reviewedQuotes)
        std::cerr << "note: the quotes are coded passages that have not been reviewed\n";
}

} // namespace

void addReportCommand(CLI::App& app) {
    auto* cmd =
        app.add_subcommand("report", "Write an evidence summary of codes: counts, quotes, indicators");
    static std::string path, format, out;
    static project::ReportRequest request;
    static bool json = false;
    addProjectArgument(*cmd, path);
    cmd->add_option("--codes", request.codes, "Codes (paths or GUIDs), comma-separated; one theme each")
        ->delimiter(',')
        ->required();
    cmd->add_option("--by", request.by, "Break counts down by source kind (default) or a case attribute");
    cmd->add_option("--format", format, "docx, odt, html, md, pdf, csv or xlsx (default: from --out)");
    cmd->add_option("--out", out, "The file to write")->required();
    cmd->add_option("--title", request.title, "The report's title (default: PROJECT: evidence summary)");
    cmd->add_option("--date", request.date, "The report's date, YYYY-MM-DD (default: today)");
    cmd->add_option("--quotes", request.quotesPerTheme, "Quotes per theme, at most (default 5)");
    cmd->add_flag("--include-identifying", request.includeIdentifying,
                  "Leave consent, pseudonyms and redactions unapplied (logged)");
    cmd->add_flag("--json", json,
                  "Print {path, format, themes, quotes, reviewed_quotes, include_identifying, withheld, "
                  "pseudonyms, redactions}");
    cmd->callback([] {
        const auto chosen =
            format.empty() ? exporting::reportFormatOfPath(out) : exporting::reportFormatNamed(format);
        if (!chosen)
            throw InvalidInput(format.empty() ? "cannot tell the format from '" + out + "': give --format"
                                              : "unknown report format '" + format +
                                                    "' (docx, odt, html, md, pdf, csv, xlsx)");
        const auto project = openProject(path, !request.includeIdentifying);
        const auto plan = project->buildReport(request);
        announce(plan, request.includeIdentifying);
        project::Project::writeReport(plan.report, *chosen, out);
        const auto& t = plan.tally;
        if (json) {
            printJson({{"path", out},
                       {"format", exporting::reportFormatName(*chosen)},
                       {"themes", plan.report.themes.size()},
                       {"quotes", plan.quotes},
                       {"reviewed_quotes", plan.reviewedQuotes},
                       {"include_identifying", request.includeIdentifying},
                       {"withheld",
                        {{"total", t.withheld()},
                         {"withdrawn", t.withheldWithdrawn},
                         {"not_to_be_quoted", t.withheldNoConsent},
                         {"consent_not_recorded", t.withheldUnrecorded}}},
                       {"pseudonyms", t.pseudonyms},
                       {"redactions", t.redactions},
                       {"sensitive_attributes", plan.sensitiveAttributes}});
            return;
        }
        std::cout << "wrote " << out << " (" << exporting::reportFormatName(*chosen)
                  << "): " << plan.report.themes.size() << " themes, " << plan.quotes << " quotes\n";
    });
}

} // namespace cairn::cli
