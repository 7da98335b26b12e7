// Frequencies: each coding adds its source, cases, passages and coder to its code and every ancestor;
// each list is then sorted and its repeats dropped, so a source with ten codings counts once. (Sorted
// vectors, not std::set: 100,000 codings make over a million insertions.)

#include "analysis/frequencies.h"

#include "coding/code_tree.h"
#include "store/case_store.h"
#include "store/source_store.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace cairn::analysis {

namespace {

struct Spread {
    std::int64_t ownCodings = 0;
    std::int64_t codings = 0;
    std::vector<std::int64_t> sources, cases, passages, coders; // with repeats until distinct()
};

// Sorts the ids and drops repeats; returns how many are left.
std::int64_t distinct(std::vector<std::int64_t>& ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return static_cast<std::int64_t>(ids.size());
}

} // namespace

Table frequencies(store::Database& db, const CodingScope& scope) {
    const auto tree = coding::CodeTree::load(db);
    const auto evidence = loadEvidence(db, scope, true);
    std::unordered_map<std::int64_t, Spread> spread;
    std::unordered_map<std::int64_t, std::vector<std::int64_t>> ancestors; // code → itself and above
    std::map<std::string, std::int64_t> coders;                            // name → a number of its own
    std::unordered_map<std::int64_t, const std::string*> kindOf;           // source id → kind
    for (std::size_t i = 0; i < evidence.codings.size(); ++i) {
        const auto& c = evidence.codings[i];
        const auto coder = coders.emplace(c.coder, static_cast<std::int64_t>(coders.size())).first->second;
        kindOf.emplace(c.sourceId, &c.sourceKind);
        ++spread[c.codeId].ownCodings;
        auto up = ancestors.find(c.codeId);
        if (up == ancestors.end()) up = ancestors.emplace(c.codeId, codeAndAncestors(tree, c.codeId)).first;
        const auto& cases = evidence.casesOf[i];
        const auto& passages = evidence.passagesOf[i];
        for (const auto id : up->second) {
            auto& s = spread[id];
            ++s.codings;
            s.sources.push_back(c.sourceId);
            s.coders.push_back(coder);
            s.cases.insert(s.cases.end(), cases.begin(), cases.end());
            s.passages.insert(s.passages.end(), passages.begin(), passages.end());
        }
    }

    std::unordered_map<std::int64_t, std::vector<std::int64_t>> casesOfSource;
    if (!scope.excludedCases.empty())
        for (const auto& [caseId, sourceId] : store::caseSourceLinks(db))
            casesOfSource[sourceId].push_back(caseId);
    std::map<std::string, std::int64_t> sourcesOfKind; // ordered by kind name
    std::int64_t passagesTotal = 0, sourcesTotal = 0;
    for (const auto& s : store::listSources(db)) {
        if (!scope.sourceKind.empty() && s.kind != scope.sourceKind) continue;
        if (sourceExcluded(scope, casesOfSource[s.id])) continue;
        ++sourcesOfKind[s.kind];
        ++sourcesTotal;
        passagesTotal += s.passages;
    }
    const auto casesTotal = countCasesInScope(db, scope);
    const auto codersTotal = static_cast<std::int64_t>(coders.size());

    Table table;
    table.title = "Code frequencies";
    table.addColumn("code", ColumnKind::Text);
    for (const char* name : {"own_codings", "codings", "sources", "sources_total"})
        table.addColumn(name, ColumnKind::Integer);
    for (const auto& [kind, n] : sourcesOfKind) {
        table.addColumn(kind, ColumnKind::Integer);
        table.addColumn(kind + "_total", ColumnKind::Integer);
    }
    for (const char* name : {"cases", "cases_total", "passages", "passages_total", "coders", "coders_total"})
        table.addColumn(name, ColumnKind::Integer);

    for (const auto& code : tree.codes()) {
        auto& s = spread[code.id];
        const auto sources = distinct(s.sources);
        std::map<std::string, std::int64_t> sourcesByKind;
        for (const auto id : s.sources)
            ++sourcesByKind[*kindOf.at(id)];
        std::vector<Cell> row{tree.path(code.id), s.ownCodings, s.codings, sources, sourcesTotal};
        for (const auto& [kind, n] : sourcesOfKind) {
            const auto found = sourcesByKind.find(kind);
            row.emplace_back(found == sourcesByKind.end() ? std::int64_t{0} : found->second);
            row.emplace_back(n);
        }
        for (const auto value : {distinct(s.cases), casesTotal, distinct(s.passages), passagesTotal,
                                 distinct(s.coders), codersTotal})
            row.emplace_back(value);
        table.rows.push_back(std::move(row));
    }
    table.notes.push_back("Codings of sub-codes count for every code above them; own_codings counts the code "
                          "alone.");
    table.notes.push_back(
        "A coding belongs to the cases of the linked speakers whose turns it overlaps, else "
        "to its source's cases; a passage counts when a coding overlaps it.");
    return table;
}

} // namespace cairn::analysis
