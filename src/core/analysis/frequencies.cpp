// Frequencies: each coding adds its source, cases, passages and coder to its code and every ancestor;
// sets make a source with ten codings count once.

#include "analysis/frequencies.h"

#include "coding/code_tree.h"
#include "store/source_store.h"

#include <set>

namespace cairn::analysis {

namespace {

struct Spread {
    std::int64_t ownCodings = 0;
    std::int64_t codings = 0;
    std::set<std::int64_t> sources, cases, passages;
    std::set<std::string> coders;
    std::map<std::string, std::set<std::int64_t>> sourcesByKind;
};

} // namespace

Table frequencies(store::Database& db, const CodingScope& scope) {
    const auto tree = coding::CodeTree::load(db);
    const auto evidence = loadEvidence(db, scope, true);
    std::map<std::int64_t, Spread> spread;
    std::set<std::string> coders;
    for (const auto& c : evidence.codings) {
        coders.insert(c.coder);
        ++spread[c.codeId].ownCodings;
        const auto cases = evidence.casesOf.find(c.id);
        const auto passages = evidence.passagesOf.find(c.id);
        for (const auto id : codeAndAncestors(tree, c.codeId)) {
            auto& s = spread[id];
            ++s.codings;
            s.sources.insert(c.sourceId);
            s.sourcesByKind[c.sourceKind].insert(c.sourceId);
            s.coders.insert(c.coder);
            if (cases != evidence.casesOf.end()) s.cases.insert(cases->second.begin(), cases->second.end());
            if (passages != evidence.passagesOf.end())
                s.passages.insert(passages->second.begin(), passages->second.end());
        }
    }

    std::map<std::string, std::int64_t> sourcesOfKind; // ordered by kind name
    std::int64_t passagesTotal = 0, sourcesTotal = 0;
    for (const auto& s : store::listSources(db)) {
        if (!scope.sourceKind.empty() && s.kind != scope.sourceKind) continue;
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

    const auto size = [](const auto& set) { return static_cast<std::int64_t>(set.size()); };
    for (const auto& code : tree.codes()) {
        const auto& s = spread[code.id];
        std::vector<Cell> row{tree.path(code.id), s.ownCodings, s.codings, size(s.sources), sourcesTotal};
        for (const auto& [kind, n] : sourcesOfKind) {
            const auto found = s.sourcesByKind.find(kind);
            row.emplace_back(found == s.sourcesByKind.end() ? std::int64_t{0} : size(found->second));
            row.emplace_back(n);
        }
        for (const auto value :
             {size(s.cases), casesTotal, size(s.passages), passagesTotal, size(s.coders), codersTotal})
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
