// The parts of a report around its themes: linked indicators side by side, and the methods note, which
// says how the numbers were made and what privacy rules withheld, in counts and never by whom.

#include "analysis/table_writers.h"
#include "project/report_parts.h"

#include <set>

namespace cairn::project::report {

namespace {

bool underTheme(const std::string& codePath, const std::vector<CodeInfo>& themes) {
    for (const auto& t : themes)
        if (codePath == t.path || codePath.rfind(t.path + "/", 0) == 0) return true;
    return false;
}

exporting::ReportTable indicatorTable(const analysis::Table& table) {
    exporting::ReportTable out{
        table.title,
        {"indicator", "title", "codes", "sources", "series", "periods", "first", "last", "change"},
        {}};
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < table.columns.size(); ++i)
        column[table.columns[i].name] = i;
    const auto text = [&](const std::vector<analysis::Cell>& row, const std::string& name) {
        const auto i = column.find(name);
        return i == column.end() || i->second >= row.size() ? std::string()
                                                            : analysis::cellText(row[i->second]);
    };
    for (const auto& row : table.rows)
        out.rows.push_back({text(row, "indicator"), text(row, "title"), text(row, "codes"),
                            text(row, "sources") + " of " + text(row, "sources_total"), text(row, "series"),
                            text(row, "periods"), text(row, "first"), text(row, "last"),
                            text(row, "change")});
    return out;
}

} // namespace

void addIndicators(Project& project, ReportPlan& plan, const std::vector<CodeInfo>& themes) {
    std::vector<std::string> indicators;
    std::set<std::string> seen;
    for (const auto& link : project.indicatorLinks())
        if (underTheme(link.code, themes) && seen.insert(link.indicator).second)
            indicators.push_back(link.indicator);
    for (const auto& indicator : indicators) {
        SideBySideRequest request;
        request.indicator = indicator;
        request.quotes = 0; // quotes belong to the themes, where consent has already been applied
        auto table = indicatorTable(project.sideBySide(request));
        table.title = indicator;
        plan.report.indicators.push_back(std::move(table));
    }
}

void addMethods(Project& project, ReportPlan& plan, const analysis::Table& frequencies,
                const std::vector<std::string>& kinds, const ReportRequest& request) {
    const auto first = frequencies.rows.empty()
                           ? std::map<std::string, analysis::Cell>{}
                           : rowNamed(frequencies, analysis::cellText(frequencies.rows[0][0]));
    const auto number = [&](const std::string& column) {
        const auto found = first.find(column);
        const auto* n = found == first.end() ? nullptr : std::get_if<std::int64_t>(&found->second);
        return n ? *n : std::int64_t{0};
    };
    std::string byKind;
    std::int64_t sources = 0;
    for (const auto& kind : kinds) {
        sources += number(kind + "_total");
        byKind +=
            (byKind.empty() ? "" : ", ") + std::to_string(number(kind + "_total")) + " " + kindPlural(kind);
    }
    std::int64_t cases = 0, withdrawn = 0;
    for (const auto& c : project.cases())
        ++(c.consent == "withdrawn" ? withdrawn : cases);
    const auto coders = number("coders_total");
    auto& note = plan.report.methods;
    note.push_back("The project holds " + std::to_string(sources) + " sources" +
                   (byKind.empty() ? "" : " (" + byKind + ")") + " and " + std::to_string(cases) +
                   " cases; " + std::to_string(coders) + (coders == 1 ? " coder" : " coders") +
                   " coded them.");
    if (withdrawn > 0)
        note.push_back(std::to_string(withdrawn) + (withdrawn == 1 ? " participant" : " participants") +
                       " withdrew from the study and " + (withdrawn == 1 ? "is" : "are") +
                       " left out of every count, with the sources that were theirs alone and the passages "
                       "coded only for them.");
    std::string counting =
        "Each theme counts the sources of each kind with at least one passage coded with its "
        "code or any of its sub-codes, out of all sources of that kind.";
    if (!request.by.empty() && request.by != "kind")
        counting += " By " + request.by +
                    ", it counts the cases with such a passage out of the cases with each "
                    "value; cases without a value are left out.";
    note.push_back(counting);
    note.push_back(
        plan.reviewedQuotes
            ? "Quotes are those approved in review."
            : "Quotes are coded passages of each theme, at most " + std::to_string(request.quotesPerTheme) +
                  " per theme and one per source, in source order; they have not yet been reviewed.");
    note.push_back(withheldSentence(plan.tally, request.includeIdentifying));
    plan.sensitiveAttributes = static_cast<std::int64_t>(project.sensitiveAttributes().size());
    if (plan.sensitiveAttributes > 0)
        note.push_back(std::to_string(plan.sensitiveAttributes) +
                       " case attributes are marked sensitive and appear nowhere in this report.");
}

} // namespace cairn::project::report
