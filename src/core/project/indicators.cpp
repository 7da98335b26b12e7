// The indicator framework operations of Project: loading and exporting frameworks, links from codes
// to indicators and mappings between versions. Names from the command line or the GUI (framework
// keys, "KEY:IDENT" references, code paths) are resolved here, and each change is one store::Edit,
// so one undo step. Values are in indicator_values.cpp.

#include "coding/code_path.h"
#include "coding/code_tree.h"
#include "common/error.h"
#include "common/file_io.h"
#include "indicators/framework_csv.h"
#include "indicators/shipped_frameworks.h"
#include "project/indicator_names.h"
#include "project/project.h"
#include "project/spreadsheets.h"

#include <map>

namespace cairn::project {

using namespace detail;

std::int64_t Project::applyDefaultLinks(store::Edit& edit) {
    auto& db = edit.db();
    const auto tree = coding::CodeTree::load(db);
    std::int64_t made = 0;
    std::map<std::string, std::optional<store::FrameworkRow>> frameworks;
    for (const auto& link : indicators::defaultLinks()) {
        auto [slot, fresh] = frameworks.try_emplace(link.framework);
        if (fresh) slot->second = store::findFramework(db, link.framework);
        if (!slot->second) continue;
        const auto code = tree.findGuid(coding::shippedCodeGuid(link.codebook, link.codePath));
        const auto node = store::findIndicator(db, slot->second->id, link.indicator);
        if (!code || !node) continue;
        auto existing = db.prepare("SELECT 1 FROM indicator_links WHERE code_id = ? AND indicator_id = ?");
        existing.bind(1, *code).bind(2, node->id);
        if (existing.step()) continue; // the user's own rationale wins
        if (store::saveLink(*m_file, edit.txn(), *code, node->id, link.rationale, true)) ++made;
    }
    return made;
}

FrameworkLoadResult Project::loadFrameworks(const std::string& fileOrShippedName) {
    std::string path = fileOrShippedName;
    FrameworkLoadResult result;
    result.name = fileOrShippedName;
    if (const auto shipped = indicators::findShippedFramework(fileOrShippedName)) {
        path = shipped->path;
    } else if (fileOrShippedName.find('/') == std::string::npos && !fileOrShippedName.ends_with(".csv")) {
        std::string names;
        for (const auto& f : indicators::shippedFrameworks())
            names += (names.empty() ? "" : ", ") + f.name;
        throw NotFound("no shipped framework is named \"" + fileOrShippedName +
                       "\" (the shipped ones are: " + (names.empty() ? std::string("none found") : names) +
                       "); give a framework CSV's path instead");
    }
    std::vector<indicators::FrameworkDefinition> definitions;
    try {
        definitions = indicators::parseFrameworkCsv(readUtf8Csv(path));
    } catch (const InvalidInput& e) {
        if (!e.file().empty()) throw;
        throw InvalidInput(e.what(), path);
    }
    store::Edit edit(*m_file, "load indicator framework " + result.name);
    auto& db = edit.db();
    // Mappings name indicators of other frameworks, maybe in the same file: resolve them after every
    // framework is in.
    std::vector<std::pair<std::int64_t, const indicators::IndicatorDefinition*>> continues;
    for (const auto& definition : definitions) {
        result.frameworks.push_back(definition.key);
        store::FrameworkRow framework{0,
                                      indicators::frameworkGuid(definition.key),
                                      definition.key,
                                      definition.name,
                                      definition.publisher,
                                      definition.version,
                                      definition.url,
                                      definition.description,
                                      0};
        const auto frameworkId = store::saveFramework(*m_file, edit.txn(), framework);
        std::map<std::string, std::int64_t> idOf;
        for (const auto& node : definition.indicators) {
            store::IndicatorRow row;
            row.guid = indicators::indicatorGuid(definition.key, node.ident);
            row.frameworkId = frameworkId;
            row.frameworkKey = definition.key;
            if (!node.parent.empty()) row.parentId = idOf.at(node.parent); // parents come first
            row.ident = node.ident;
            row.kind = node.kind;
            row.title = node.title;
            row.definition = node.definition;
            row.unit = node.unit;
            row.direction = node.direction;
            row.breakdowns = node.breakdowns;
            row.source = node.source;
            count(result, store::saveIndicator(*m_file, edit.txn(), row));
            idOf[node.ident] = row.id;
            if (!node.continues.empty()) continues.emplace_back(row.id, &node);
        }
    }
    const IndicatorIndex index(db);
    for (const auto& [toId, node] : continues) {
        const auto colon = node->continues.find(':');
        const auto key = node->continues.substr(0, colon);
        const auto framework = store::findFramework(db, key);
        const auto from = framework
                              ? store::findIndicator(db, framework->id, node->continues.substr(colon + 1))
                              : std::nullopt;
        if (!from) {
            result.notes.push_back(
                "line " + std::to_string(node->line) + ": " + node->continues +
                " is not in the project, so the mapping to it was not made; load that framework "
                "first, then this one again");
            continue;
        }
        if (from->id == toId) continue;
        if (store::saveMapping(*m_file, edit.txn(), {from->id, toId, node->relation, {}})) ++result.mappings;
    }
    result.links = applyDefaultLinks(edit);
    edit.commit();
    return result;
}

std::vector<store::FrameworkRow> Project::frameworks() {
    return store::listFrameworks(m_file->db());
}

std::vector<IndicatorInfo> Project::indicators(const std::string& framework) {
    auto& db = m_file->db();
    std::optional<std::int64_t> frameworkId;
    if (!framework.empty()) {
        const auto found = store::findFramework(db, framework);
        if (!found) throw NotFound("no framework with the key '" + framework + "'");
        frameworkId = found->id;
    }
    const auto tree = coding::CodeTree::load(db);
    std::map<std::int64_t, std::vector<std::string>> codes;
    for (const auto& link : store::listLinks(db))
        codes[link.indicatorId].push_back(tree.path(link.codeId));
    std::map<std::int64_t, std::int64_t> values;
    auto counts = db.prepare("SELECT indicator_id, COUNT(*) FROM indicator_values GROUP BY indicator_id");
    while (counts.step())
        values[counts.getInt(0)] = counts.getInt(1);
    std::map<std::int64_t, int> depth;
    std::vector<IndicatorInfo> out;
    for (auto& row : store::listIndicators(db, frameworkId)) {
        const int d = row.parentId ? depth[*row.parentId] + 1 : 0;
        depth[row.id] = d;
        IndicatorInfo info{row, refOf(row), d, values[row.id], codes[row.id]};
        out.push_back(std::move(info));
    }
    return out;
}

void Project::exportFrameworks(const std::string& path, const std::string& framework) {
    auto& db = m_file->db();
    std::vector<indicators::FrameworkDefinition> out;
    std::map<std::int64_t, std::string> identOf;
    for (const auto& info : indicators(framework))
        identOf[info.row.id] = info.row.ident;
    std::map<std::int64_t, std::string> continues, relation;
    std::map<std::int64_t, std::string> refs;
    for (const auto& row : store::listIndicators(db))
        refs[row.id] = refOf(row);
    for (const auto& m : store::listMappings(db)) {
        continues[m.toId] = refs[m.fromId];
        relation[m.toId] = m.relation;
    }
    for (const auto& f : store::listFrameworks(db)) {
        if (!framework.empty() && f.key != framework) continue;
        indicators::FrameworkDefinition definition{f.key, f.name,        f.publisher, f.version,
                                                   f.url, f.description, {}};
        for (const auto& row : store::listIndicators(db, f.id)) {
            indicators::IndicatorDefinition node;
            node.ident = row.ident;
            node.parent = row.parentId ? identOf[*row.parentId] : std::string();
            node.kind = row.kind;
            node.title = row.title;
            node.definition = row.definition;
            node.unit = row.unit;
            node.direction = row.direction;
            node.breakdowns = row.breakdowns;
            node.source = row.source;
            node.continues = continues[row.id];
            node.relation = relation[row.id];
            definition.indicators.push_back(std::move(node));
        }
        out.push_back(std::move(definition));
    }
    if (out.empty())
        throw NotFound(framework.empty() ? std::string("the project has no indicator frameworks")
                                         : "no framework with the key '" + framework + "'");
    const auto csv = indicators::writeFrameworkCsv(out);
    if (isXlsxPath(path)) {
        saveTablesXlsx(path, {csvAsTable("Indicator frameworks", csv)});
        return;
    }
    writeFileAtomically(path, csv);
}

std::int64_t Project::deleteFramework(const std::string& key, std::optional<std::int64_t> confirmValues) {
    auto& db = m_file->db();
    const auto framework = store::findFramework(db, key);
    if (!framework) throw NotFound("no framework with the key '" + key + "'");
    store::ValueFilter filter;
    filter.frameworkId = framework->id;
    const auto values = static_cast<std::int64_t>(store::listValues(db, filter).size());
    if (values > 0 && confirmValues != values)
        throw InvalidInput("framework " + key + " has " + std::to_string(values) +
                           " values; deleting it deletes them too. Confirm with --confirm " +
                           std::to_string(values));
    store::Edit edit(*m_file, "delete indicator framework " + key);
    store::deleteFramework(*m_file, edit.txn(), framework->id);
    edit.commit();
    return values;
}

IndicatorLinkInfo Project::linkIndicator(const std::string& code, const std::string& indicator,
                                         const std::string& rationale) {
    auto& db = m_file->db();
    const auto tree = coding::CodeTree::load(db);
    const auto codeId = tree.resolve(code);
    const auto node = IndicatorIndex(db).resolve(indicator);
    store::Edit edit(*m_file, "link " + tree.path(codeId) + " to " + refOf(node));
    store::saveLink(*m_file, edit.txn(), codeId, node.id, rationale, false);
    edit.commit();
    return {tree.path(codeId), refOf(node), node.title, rationale, false};
}

bool Project::unlinkIndicator(const std::string& code, const std::string& indicator) {
    auto& db = m_file->db();
    const auto tree = coding::CodeTree::load(db);
    const auto codeId = tree.resolve(code);
    const auto node = IndicatorIndex(db).resolve(indicator);
    store::Edit edit(*m_file, "unlink " + tree.path(codeId) + " from " + refOf(node));
    const bool removed = store::deleteLink(*m_file, edit.txn(), codeId, node.id);
    edit.commit();
    return removed;
}

std::vector<IndicatorLinkInfo> Project::indicatorLinks() {
    auto& db = m_file->db();
    const auto tree = coding::CodeTree::load(db);
    std::map<std::int64_t, store::IndicatorRow> nodes;
    for (auto& row : store::listIndicators(db))
        nodes.emplace(row.id, std::move(row));
    std::vector<IndicatorLinkInfo> out;
    for (const auto& link : store::listLinks(db)) {
        const auto& node = nodes.at(link.indicatorId);
        out.push_back({tree.path(link.codeId), refOf(node), node.title, link.rationale, link.shipped});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::tie(a.indicator, a.code) < std::tie(b.indicator, b.code);
    });
    return out;
}

IndicatorMappingInfo Project::mapIndicators(const std::string& from, const std::string& to,
                                            const std::string& relation, const std::string& note) {
    const auto& kinds = indicators::relations();
    if (std::find(kinds.begin(), kinds.end(), relation) == kinds.end())
        throw InvalidInput("the relation '" + relation + "' is not same, reworded, split, merged or related");
    auto& db = m_file->db();
    const IndicatorIndex index(db);
    const auto fromRow = index.resolve(from);
    const auto toRow = index.resolve(to);
    if (fromRow.id == toRow.id) throw InvalidInput("an indicator cannot continue itself");
    store::Edit edit(*m_file, "map " + refOf(fromRow) + " to " + refOf(toRow));
    store::saveMapping(*m_file, edit.txn(), {fromRow.id, toRow.id, relation, note});
    edit.commit();
    return {refOf(fromRow), refOf(toRow), relation, note};
}

std::vector<IndicatorMappingInfo> Project::indicatorMappings() {
    auto& db = m_file->db();
    std::map<std::int64_t, std::string> refs;
    for (const auto& row : store::listIndicators(db))
        refs[row.id] = refOf(row);
    std::vector<IndicatorMappingInfo> out;
    for (const auto& m : store::listMappings(db))
        out.push_back({refs[m.fromId], refs[m.toId], m.relation, m.note});
    return out;
}
} // namespace cairn::project
