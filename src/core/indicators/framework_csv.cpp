// Reading checks everything before returning anything, so an import is all or nothing; the order of
// nodes is made parent-first here, so the store can insert them in one pass.

#include "indicators/framework_csv.h"

#include "common/csv_writer.h"
#include "common/error.h"
#include "indicators/csv_columns.h"

#include <algorithm>
#include <map>
#include <set>

namespace cairn::indicators {

namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::string line(std::int64_t n) {
    return "line " + std::to_string(n) + ": ";
}

// Sets a framework field from a row, or reports that it disagrees with an earlier row.
void mergeField(std::string& into, std::int64_t& setOn, const std::string& value, const char* column,
                std::int64_t at, std::vector<std::string>& problems) {
    if (value.empty()) return;
    if (into.empty()) {
        into = value;
        setOn = at;
    } else if (into != value) {
        problems.push_back(line(at) + column + " is '" + value + "', but line " + std::to_string(setOn) +
                           " gave '" + into + "' for the same framework");
    }
}

struct FrameworkLines {
    std::int64_t name = 0, publisher = 0, version = 0, url = 0, description = 0;
};

// Parent-first order, keeping the file's order among siblings; reports unknown parents and loops.
std::vector<IndicatorDefinition> parentFirst(const FrameworkDefinition& framework,
                                             std::vector<std::string>& problems) {
    std::map<std::string, const IndicatorDefinition*> byIdent;
    for (const auto& node : framework.indicators)
        byIdent[node.ident] = &node;
    std::vector<IndicatorDefinition> ordered;
    std::set<std::string> placed;
    std::set<std::string> broken;
    for (const auto& node : framework.indicators) {
        // Walk up to the first placed ancestor, then place the chain top-down.
        std::vector<const IndicatorDefinition*> chain;
        std::set<std::string> seen;
        const IndicatorDefinition* at = &node;
        bool ok = true;
        while (at && !placed.contains(at->ident)) {
            if (!seen.insert(at->ident).second) {
                if (broken.insert(at->ident).second)
                    problems.push_back(line(at->line) + "'" + at->ident +
                                       "' is its own ancestor (parents make a loop)");
                ok = false;
                break;
            }
            chain.push_back(at);
            if (at->parent.empty()) break;
            const auto parent = byIdent.find(at->parent);
            if (parent == byIdent.end()) {
                if (broken.insert(at->ident).second)
                    problems.push_back(line(at->line) + "the parent '" + at->parent + "' of '" + at->ident +
                                       "' is not in framework " + framework.key);
                ok = false;
                break;
            }
            at = parent->second;
        }
        if (!ok) continue;
        for (auto it = chain.rbegin(); it != chain.rend(); ++it)
            if (placed.insert((*it)->ident).second) ordered.push_back(**it);
    }
    return ordered;
}

} // namespace

std::vector<FrameworkDefinition> parseFrameworkCsv(std::string_view utf8) {
    const auto table = import::parseCsv(utf8);
    const auto cFramework = findColumn(table, {"framework", "framework_key"});
    const auto cName = findColumn(table, {"framework_name"});
    const auto cPublisher = findColumn(table, {"publisher"});
    const auto cVersion = findColumn(table, {"version"});
    const auto cUrl = findColumn(table, {"url"});
    const auto cDescription = findColumn(table, {"framework_description"});
    const auto cId = findColumn(table, {"id", "ident", "indicator_id", "number"});
    const auto cParent = findColumn(table, {"parent", "parent_id"});
    const auto cKind = findColumn(table, {"kind", "level"});
    const auto cTitle = findColumn(table, {"title", "name"});
    const auto cDefinition = findColumn(table, {"definition", "description"});
    const auto cUnit = findColumn(table, {"unit"});
    const auto cDirection = findColumn(table, {"direction"});
    const auto cBreakdowns = findColumn(table, {"breakdowns", "breakdown"});
    const auto cSource = findColumn(table, {"source"});
    const auto cContinues = findColumn(table, {"continues"});
    const auto cRelation = findColumn(table, {"relation"});

    std::vector<std::string> missing;
    if (!cFramework) missing.emplace_back("framework");
    if (!cId) missing.emplace_back("id");
    if (!cTitle) missing.emplace_back("title");
    if (!missing.empty()) {
        std::string names;
        for (const auto& m : missing)
            names += (names.empty() ? "" : ", ") + m;
        throw InvalidInput("the framework file has no " + names +
                           " column (it needs framework, id and title)");
    }

    std::vector<std::string> problems;
    std::vector<FrameworkDefinition> frameworks;
    std::map<std::string, std::size_t> index;
    std::map<std::string, FrameworkLines> lines;
    std::map<std::string, std::map<std::string, std::int64_t>> identLine;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        const auto at = table.rowLines[r];
        const auto key = field(row, cFramework);
        if (key.empty()) {
            problems.push_back(line(at) + "the framework key is empty");
            continue;
        }
        auto [slot, isNew] = index.try_emplace(key, frameworks.size());
        if (isNew) {
            frameworks.emplace_back();
            frameworks.back().key = key;
        }
        auto& framework = frameworks[slot->second];
        auto& fl = lines[key];
        mergeField(framework.name, fl.name, field(row, cName), "framework_name", at, problems);
        mergeField(framework.publisher, fl.publisher, field(row, cPublisher), "publisher", at, problems);
        mergeField(framework.version, fl.version, field(row, cVersion), "version", at, problems);
        mergeField(framework.url, fl.url, field(row, cUrl), "url", at, problems);
        mergeField(framework.description, fl.description, field(row, cDescription), "framework_description",
                   at, problems);

        IndicatorDefinition node;
        node.line = at;
        node.ident = field(row, cId);
        node.title = field(row, cTitle);
        node.parent = field(row, cParent);
        node.kind = normaliseKind(field(row, cKind));
        node.definition = field(row, cDefinition);
        node.unit = normaliseUnit(field(row, cUnit));
        node.direction = normaliseDirection(field(row, cDirection));
        node.breakdowns = field(row, cBreakdowns);
        node.source = field(row, cSource);
        node.continues = field(row, cContinues);
        node.relation = field(row, cRelation);
        if (node.ident.empty()) {
            problems.push_back(line(at) + "the id is empty");
            continue;
        }
        if (node.title.empty()) problems.push_back(line(at) + "'" + node.ident + "' has no title");
        if (!contains(nodeKinds(), node.kind))
            problems.push_back(line(at) + "the kind '" + node.kind + "' is not group, domain or indicator");
        if (!contains(units(), node.unit))
            problems.push_back(line(at) + "the unit '" + node.unit +
                               "' is not percent, score, count, currency, ratio or empty");
        if (!contains(directions(), node.direction))
            problems.push_back(line(at) + "the direction '" + node.direction +
                               "' is not higher, lower or neither");
        if (!node.relation.empty() && !contains(relations(), node.relation))
            problems.push_back(line(at) + "the relation '" + node.relation +
                               "' is not same, reworded, split, merged or related");
        if (!node.relation.empty() && node.continues.empty())
            problems.push_back(line(at) + "a relation needs the indicator it continues (column continues)");
        if (!node.continues.empty() && node.continues.find(':') == std::string::npos)
            problems.push_back(line(at) +
                               "continues takes KEY:ID of an indicator in another framework; got '" +
                               node.continues + "'");
        if (!node.continues.empty() && node.relation.empty()) node.relation = "same";
        if (node.parent == node.ident)
            problems.push_back(line(at) + "'" + node.ident + "' is its own parent");
        const auto [earlier, firstTime] = identLine[key].try_emplace(node.ident, at);
        if (!firstTime) {
            problems.push_back(line(at) + "the id '" + node.ident + "' is already on line " +
                               std::to_string(earlier->second) + " of framework " + key);
            continue;
        }
        framework.indicators.push_back(std::move(node));
    }
    for (auto& framework : frameworks) {
        if (framework.name.empty()) framework.name = framework.key;
        framework.indicators = parentFirst(framework, problems);
    }
    if (!problems.empty())
        throw InvalidInput("the framework file has " + std::to_string(problems.size()) +
                           (problems.size() == 1 ? " problem" : " problems") + "; nothing was imported:\n" +
                           joinProblems(problems));
    return frameworks;
}

std::string writeFrameworkCsv(const std::vector<FrameworkDefinition>& frameworks) {
    std::string out = csvRecord({"framework", "framework_name", "publisher", "version", "url",
                                 "framework_description", "id", "parent", "kind", "title", "definition",
                                 "unit", "direction", "breakdowns", "source", "continues", "relation"});
    for (const auto& framework : frameworks) {
        bool first = true;
        for (const auto& node : framework.indicators) {
            const auto own = [&](const std::string& value) { return first ? value : std::string(); };
            out += csvRecord({framework.key, own(framework.name), own(framework.publisher),
                              own(framework.version), own(framework.url), own(framework.description),
                              node.ident, node.parent, node.kind, node.title, node.definition, node.unit,
                              node.direction, node.breakdowns, node.source, node.continues,
                              node.continues.empty() ? std::string() : node.relation});
            first = false;
        }
        if (framework.indicators.empty())
            throw InvalidInput("framework " + framework.key +
                               " has no nodes, and a framework file cannot hold it");
    }
    return out;
}

} // namespace cairn::indicators
