// Crosstab: per code (rolled up) and per attribute value, the set of cases or sources it reaches.

#include "analysis/crosstab.h"

#include "analysis/attribute_values.h"
#include "coding/code_tree.h"

#include <map>
#include <set>

namespace cairn::analysis {

namespace {

// For each group, the units (case or source ids) counted in it.
using Reach = std::vector<std::set<std::int64_t>>;

} // namespace

Table crosstab(store::Database& db, const CrosstabOptions& options) {
    const auto tree = coding::CodeTree::load(db);
    const auto evidence = loadEvidence(db, options.scope, false);
    const auto grouped = groupCases(store::listCases(db), options.attribute);
    const auto& groups = grouped.groups;
    const bool bySource = options.unit == CrosstabUnit::Sources;

    std::map<std::int64_t, std::size_t> groupOfCase;
    for (std::size_t g = 0; g < groups.size(); ++g)
        for (const auto id : groups[g].caseIds)
            if (!options.scope.excludedCases.contains(id)) groupOfCase[id] = g;

    Reach totals(groups.size());
    if (bySource) {
        for (const auto& [caseId, sourceId] : store::caseSourceLinks(db))
            if (const auto g = groupOfCase.find(caseId); g != groupOfCase.end())
                totals[g->second].insert(sourceId);
    } else {
        for (const auto& [caseId, g] : groupOfCase)
            totals[g].insert(caseId);
    }

    std::map<std::int64_t, Reach> reach; // code id → per group
    for (std::size_t i = 0; i < evidence.codings.size(); ++i) {
        const auto& c = evidence.codings[i];
        for (const auto caseId : evidence.casesOf[i]) {
            const auto g = groupOfCase.find(caseId);
            if (g == groupOfCase.end()) continue;
            for (const auto code : codeAndAncestors(tree, c.codeId)) {
                auto& r = reach[code];
                r.resize(groups.size());
                r[g->second].insert(bySource ? c.sourceId : caseId);
            }
        }
    }

    Table table;
    table.title = "Codes by " + options.attribute.name + " (" + (bySource ? "sources" : "cases") + ")";
    table.addColumn("code", ColumnKind::Text);
    for (const auto& g : groups) {
        table.addColumn(g.label, ColumnKind::Integer);
        table.addColumn(g.label + " %", ColumnKind::Decimal);
    }
    const auto addRow = [&](const std::string& label, const Reach& r) {
        std::vector<Cell> row{label};
        for (std::size_t g = 0; g < groups.size(); ++g) {
            const auto n = g < r.size() ? static_cast<std::int64_t>(r[g].size()) : 0;
            const auto of = static_cast<double>(totals[g].size());
            row.emplace_back(n);
            row.push_back(of > 0 ? decimal(100.0 * static_cast<double>(n) / of) : Cell{});
        }
        table.rows.push_back(std::move(row));
    };
    addRow("(all)", totals);
    for (const auto& code : tree.codes())
        addRow(tree.path(code.id), reach[code.id]);

    table.notes.push_back("Percentages are of the " + std::string(bySource ? "sources" : "cases") +
                          " with each value; the (all) row gives those numbers.");
    if (!grouped.missing.empty())
        table.notes.push_back(std::to_string(grouped.missing.size()) + " cases have no " +
                              options.attribute.name + " and are left out.");
    return table;
}

} // namespace cairn::analysis
