// Evidence summaries (cairn report): the model of export/report.h filled from the analyses, never
// recounted here. Per theme, sources by kind come from analysis::frequencies (sub-codes rolled up) and
// cases per attribute value from analysis::crosstab; quotes go through privacy::publishSpan; linked
// indicators come from side by side. What privacy rules withheld is tallied for the methods note and
// for the CLI to state before the file is written.

#include "analysis/crosstab.h"
#include "analysis/frequencies.h"
#include "common/clock.h"
#include "common/error.h"
#include "common/file_io.h"
#include "project/project.h"
#include "project/report_parts.h"
#include "project/user_input.h"
#include "store/quote_store.h"
#include "store/source_store.h"
#include "text/utf.h"

#include <set>

namespace cairn::project {

namespace report {

std::string kindPlural(const std::string& kind) {
    if (kind == "workshop-notes") return "sets of workshop notes";
    if (kind == "field-notes") return "sets of field notes";
    if (kind == "case-study-notes") return "sets of case study notes";
    if (kind == "survey-response") return "survey responses";
    return kind + "s";
}

std::map<std::string, analysis::Cell> rowNamed(const analysis::Table& table, const std::string& label) {
    std::map<std::string, analysis::Cell> out;
    for (const auto& row : table.rows) {
        const auto* first = std::get_if<std::string>(&row.front());
        if (!first || *first != label) continue;
        for (std::size_t i = 0; i < row.size() && i < table.columns.size(); ++i)
            out[table.columns[i].name] = row[i];
    }
    return out;
}

} // namespace report

namespace {

std::int64_t intCell(const std::map<std::string, analysis::Cell>& row, const std::string& column) {
    const auto found = row.find(column);
    if (found == row.end()) return 0;
    const auto* n = std::get_if<std::int64_t>(&found->second);
    return n ? *n : 0;
}

// "30 of 46 submissions" for every kind of source in the project.
std::vector<exporting::ReportCount> countsByKind(const analysis::Table& frequencies, const std::string& path,
                                                 const std::vector<std::string>& kinds) {
    const auto row = report::rowNamed(frequencies, path);
    std::vector<exporting::ReportCount> out;
    for (const auto& kind : kinds)
        out.push_back({kind, intCell(row, kind), intCell(row, kind + "_total"), report::kindPlural(kind)});
    return out;
}

// "3 of 4 cases with status refugee" for every value of the attribute.
std::vector<exporting::ReportCount> countsByValue(const analysis::Table& crosstab, const std::string& path,
                                                  const std::string& attribute) {
    const auto totals = report::rowNamed(crosstab, "(all)");
    const auto row = report::rowNamed(crosstab, path);
    std::vector<exporting::ReportCount> out;
    for (std::size_t i = 1; i < crosstab.columns.size(); i += 2) {
        const auto& value = crosstab.columns[i].name;
        out.push_back(
            {value, intCell(row, value), intCell(totals, value), "cases with " + attribute + " " + value});
    }
    return out;
}

} // namespace

ReportPlan Project::buildReport(const ReportRequest& request) {
    auto& db = m_file->db();
    if (request.codes.empty()) throw InvalidInput("a report needs at least one code (--codes PATH,…)");
    if (request.quotesPerTheme < 0 || request.quotesPerTheme > 50)
        throw InvalidInput("quotes per theme must be 0 to 50");
    const bool byAttribute = !request.by.empty() && request.by != "kind";
    std::optional<store::AttributeRow> attribute;
    if (byAttribute) attribute = requireExportableAttribute(db, request.by);
    std::vector<CodeInfo> themes;
    for (const auto& code : request.codes)
        themes.push_back(codeInfo(code));
    if (request.includeIdentifying) logRawOutput("report");

    // Participants who withdrew leave the counts as well as the quotes: their consent no longer covers
    // any use of what they said, and "30 of 46" must not count them in either number.
    AnalysisScope withoutWithdrawn;
    withoutWithdrawn.excludeWithdrawn = true;
    const auto scope = resolveAnalysisScope(withoutWithdrawn);
    const auto frequencies = analysis::frequencies(db, scope);
    std::vector<std::string> kinds;
    for (const auto& column : frequencies.columns) // the kinds present, each with a K_total column
        if (store::isSourceKind(column.name)) kinds.push_back(column.name);
    analysis::Table crosstab;
    if (attribute) crosstab = analysis::crosstab(db, {*attribute, analysis::CrosstabUnit::Cases, scope});
    const auto rules = store::loadPrivacyRules(db);
    const auto codebook = this->codebook();

    ReportPlan plan;
    std::set<std::int64_t> counted; // codings already through the privacy tally
    // A project that uses quote review reports approved quotes only; one that does not gets its coded
    // passages, and the note and the CLI say they are unreviewed.
    plan.reviewedQuotes = !store::listQuotes(db).empty();
    auto& out = plan.report;
    out.title = request.title.empty() ? name() + ": evidence summary" : request.title;
    out.date = request.date.empty() ? utcNowIso().substr(0, 10) : request.date;
    for (const auto& theme : themes) {
        exporting::ReportTheme t;
        t.title = theme.code.name;
        t.path = theme.path;
        t.byKind = countsByKind(frequencies, theme.path, kinds);
        if (attribute) {
            t.attribute = attribute->name;
            t.byAttribute = countsByValue(crosstab, theme.path, attribute->name);
        }
        for (const auto& sub : codebook)
            if (sub.code.parentId == theme.code.id)
                t.subcodes.push_back({sub.code.name, countsByKind(frequencies, sub.path, kinds)});
        if (plan.reviewedQuotes) {
            // The candidates still pass through the rules, so the note counts what consent withholds.
            report::codedPassageQuotes(db, rules, theme.code.id, 0, request.includeIdentifying, plan.tally,
                                       counted);
            t.quotes = report::approvedThemeQuotes(*this, db, rules, theme.code.id, request.quotesPerTheme,
                                                   request.includeIdentifying);
        } else {
            t.quotes = report::codedPassageQuotes(db, rules, theme.code.id, request.quotesPerTheme,
                                                  request.includeIdentifying, plan.tally, counted);
        }
        plan.quotes += static_cast<std::int64_t>(t.quotes.size());
        out.themes.push_back(std::move(t));
    }
    report::addIndicators(*this, plan, themes);
    report::addMethods(*this, plan, frequencies, kinds, request);
    return plan;
}

void Project::writeReport(const exporting::Report& report, exporting::ReportFormat format,
                          const std::string& path) {
    writeFileAtomically(path, exporting::writeReport(report, format));
}

} // namespace cairn::project
