// Survey summaries: collect each group's numeric values from the cases, then hand them to
// analysis/statistics.h. Groups are "(all)" and, with `by`, each of its values in order.

#include "analysis/survey_summary.h"

#include "analysis/attribute_values.h"
#include "analysis/statistics.h"
#include "common/error.h"

#include <map>
#include <set>

namespace cairn::analysis {

namespace {

constexpr std::size_t kMaxDistributionColumns = 20;

struct Group {
    std::string label;
    std::set<std::int64_t> caseIds;
};

std::optional<double> number(const store::CaseRow& c, const std::string& attribute) {
    const auto found = c.attributes.find(attribute);
    if (found == c.attributes.end()) return std::nullopt;
    if (const auto* i = std::get_if<std::int64_t>(&found->second)) return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&found->second)) return *d;
    return std::nullopt;
}

void requireNumeric(const store::AttributeRow& attribute) {
    if (attribute.type != "integer" && attribute.type != "decimal")
        throw InvalidInput("'" + attribute.name + "' is a " + attribute.type +
                           " attribute; a summary needs an integer or decimal one");
}

std::vector<Group> groupsOf(const std::vector<store::CaseRow>& cases, const SummaryOptions& options) {
    std::vector<Group> groups{{"(all)", {}}};
    for (const auto& c : cases)
        groups.front().caseIds.insert(c.id);
    if (!options.by) return groups;
    auto grouped = groupCases(cases, *options.by);
    for (auto& g : grouped.groups)
        groups.push_back({g.label, std::move(g.caseIds)});
    if (!grouped.missing.empty()) groups.push_back({"(no " + options.by->name + ")", grouped.missing});
    return groups;
}

Table describeGroups(const std::vector<store::CaseRow>& cases, const std::vector<Group>& groups,
                     const store::AttributeRow& attribute) {
    std::set<double> distinct;
    for (const auto& c : cases)
        if (const auto v = number(c, attribute.name)) distinct.insert(*v);
    const bool distribution = distinct.size() <= kMaxDistributionColumns;

    Table table;
    table.title = "Summary of " + attribute.name;
    table.addColumn("group", ColumnKind::Text);
    table.addColumn("n", ColumnKind::Integer);
    table.addColumn("missing", ColumnKind::Integer);
    for (const char* name : {"mean", "median", "sd", "min", "max"})
        table.addColumn(name, ColumnKind::Decimal);
    if (distribution)
        for (const auto v : distinct)
            table.addColumn(
                "= " + store::valueText(attribute.type, attribute.type == "integer"
                                                            ? store::SqlValue(static_cast<std::int64_t>(v))
                                                            : store::SqlValue(v)),
                ColumnKind::Integer);
    for (const auto& g : groups) {
        std::vector<double> values;
        std::map<double, std::int64_t> counts;
        std::int64_t missing = 0;
        for (const auto& c : cases) {
            if (!g.caseIds.count(c.id)) continue;
            if (const auto v = number(c, attribute.name)) {
                values.push_back(*v);
                ++counts[*v];
            } else {
                ++missing;
            }
        }
        std::vector<Cell> row{g.label, static_cast<std::int64_t>(values.size()), missing};
        if (values.empty()) {
            row.resize(8);
        } else {
            const auto d = describe(values);
            for (const auto x : {d.mean, d.median, d.sd, d.min, d.max})
                row.push_back(decimal(x));
        }
        if (distribution)
            for (const auto v : distinct)
                row.emplace_back(counts[v]);
        table.rows.push_back(std::move(row));
    }
    if (!distribution)
        table.notes.push_back("The distribution is left out: " + attribute.name + " takes " +
                              std::to_string(distinct.size()) + " distinct values.");
    table.notes.push_back("sd is the sample standard deviation (n − 1).");
    return table;
}

Table pairGroups(const std::vector<store::CaseRow>& cases, const std::vector<Group>& groups,
                 const store::AttributeRow& before, const store::AttributeRow& after) {
    Table table;
    table.title = "Paired difference: " + after.name + " − " + before.name;
    table.addColumn("group", ColumnKind::Text);
    table.addColumn("n", ColumnKind::Integer);
    table.addColumn("mean_" + before.name, ColumnKind::Decimal);
    table.addColumn("mean_" + after.name, ColumnKind::Decimal);
    for (const char* name : {"mean_difference", "ci_low", "ci_high", "t", "df", "p"})
        table.addColumn(name, ColumnKind::Decimal);
    for (const auto& g : groups) {
        std::vector<double> x, y;
        for (const auto& c : cases) {
            if (!g.caseIds.count(c.id)) continue;
            const auto a = number(c, before.name), b = number(c, after.name);
            if (!a || !b) continue;
            x.push_back(*a);
            y.push_back(*b);
        }
        const auto test = pairedTTest(x, y);
        std::vector<Cell> row{g.label, test.n};
        if (x.empty()) {
            row.resize(table.columns.size());
        } else {
            for (const auto v : {describe(x).mean, describe(y).mean, test.meanDifference, test.ciLow,
                                 test.ciHigh, test.t, test.df, test.p})
                row.push_back(decimal(v));
        }
        table.rows.push_back(std::move(row));
    }
    table.notes.push_back("Over the cases with both values; the interval is 95%, the test a two-sided paired "
                          "t-test.");
    return table;
}

} // namespace

Table surveySummary(store::Database& db, const SummaryOptions& options) {
    requireNumeric(options.attribute);
    if (options.paired) requireNumeric(*options.paired);
    const auto cases = store::listCases(db);
    const auto groups = groupsOf(cases, options);
    return options.paired ? pairGroups(cases, groups, options.attribute, *options.paired)
                          : describeGroups(cases, groups, options.attribute);
}

} // namespace cairn::analysis
