// The indicator operations of Project: names from the command line or the GUI (framework keys,
// "KEY:IDENT" references, code paths, case names) are resolved here, and each change is one
// store::Edit, so one undo step.

#include "analysis/side_by_side.h"
#include "coding/code_path.h"
#include "coding/code_tree.h"
#include "common/error.h"
#include "common/file_io.h"
#include "import/csv.h"
#include "import/limits.h"
#include "indicators/csv_columns.h"
#include "indicators/framework_csv.h"
#include "indicators/shipped_frameworks.h"
#include "project/project.h"
#include "project/spreadsheets.h"
#include "text/charset.h"
#include "text/normalize.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace cairn::project {

namespace {

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string refOf(const store::IndicatorRow& row) {
    return row.frameworkKey + ":" + row.ident;
}

// Every node, indexed the ways a user may name one; built once per operation so a 10,000-row values
// file resolves without a query per row.
class IndicatorIndex {
public:
    explicit IndicatorIndex(store::Database& db) : m_rows(store::listIndicators(db)) {
        for (const auto& f : store::listFrameworks(db))
            m_frameworks.insert(f.key);
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            m_byRef[refOf(m_rows[i])] = i;
            m_byIdent[m_rows[i].ident].push_back(i);
            m_byTitle[lowered(m_rows[i].title)].push_back(i);
        }
    }

    bool hasFramework(const std::string& key) const { return m_frameworks.contains(key); }

    /// The node `text` names: "KEY:IDENT", or an id or title (in `framework` when given).
    const store::IndicatorRow& resolve(const std::string& text, const std::string& framework = {}) const {
        if (!framework.empty() && !hasFramework(framework))
            throw NotFound("no framework with the key '" + framework +
                           "'; `cairn indicators P list` shows them");
        if (const auto colon = text.find(':');
            colon != std::string::npos && hasFramework(text.substr(0, colon))) {
            if (const auto found = m_byRef.find(text); found != m_byRef.end()) return m_rows[found->second];
            try {
                return resolve(text.substr(colon + 1), text.substr(0, colon));
            } catch (const NotFound&) {
                throw NotFound("no indicator '" + text +
                               "'; `cairn indicators P list` shows them, named KEY:ID");
            }
        }
        for (const auto* index : {&m_byIdent, &m_byTitle}) {
            const auto found = index->find(index == &m_byTitle ? lowered(text) : text);
            if (found == index->end()) continue;
            std::vector<std::size_t> matches;
            for (const auto i : found->second)
                if (framework.empty() || m_rows[i].frameworkKey == framework) matches.push_back(i);
            if (matches.size() == 1) return m_rows[matches.front()];
            if (matches.size() > 1) {
                std::string refs;
                for (const auto i : matches)
                    refs += (refs.empty() ? "" : ", ") + refOf(m_rows[i]);
                throw InvalidInput("'" + text + "' names more than one indicator (" + refs +
                                   "); write KEY:ID to say which");
            }
        }
        throw NotFound("no indicator '" + text + "'" +
                       (framework.empty() ? "" : " in framework " + framework) +
                       "; `cairn indicators P list` shows them, named KEY:ID");
    }

    const std::vector<store::IndicatorRow>& rows() const { return m_rows; }

private:
    std::vector<store::IndicatorRow> m_rows;
    std::set<std::string> m_frameworks;
    std::map<std::string, std::size_t> m_byRef;
    std::map<std::string, std::vector<std::size_t>> m_byIdent;
    std::map<std::string, std::vector<std::size_t>> m_byTitle;
};

std::string readUtf8Csv(const std::string& path) {
    const auto bytes =
        readInputFile(path, import::kMaxSourceBytes, "Split the file into parts and import each");
    try {
        return text::canonicalText(text::decodeBytes(bytes, "", path).utf8);
    } catch (const InvalidInput& e) {
        if (!e.file().empty()) throw;
        throw InvalidInput(e.what(), path, e.byteOffset());
    }
}

// The project's cases by name and GUID, read once: a 90,000-row values file names a case on every row.
class CaseIndex {
public:
    explicit CaseIndex(store::Database& db) {
        for (const auto& c : store::listCases(db)) {
            m_byName.emplace(c.name, std::pair{c.id, c.name});
            m_byGuid.emplace(lowered(c.guid), std::pair{c.id, c.name});
        }
    }
    std::pair<std::int64_t, std::string> resolve(const std::string& nameOrGuid) const {
        if (const auto found = m_byName.find(nameOrGuid); found != m_byName.end()) return found->second;
        if (const auto found = m_byGuid.find(lowered(nameOrGuid)); found != m_byGuid.end())
            return found->second;
        throw NotFound("no case named '" + nameOrGuid + "'");
    }

private:
    std::map<std::string, std::pair<std::int64_t, std::string>> m_byName, m_byGuid;
};

// The scope of a value as stored: a case's id, or a group's label.
store::IndicatorValueRow scopedValue(const CaseIndex& cases, const indicators::Scope& scope) {
    store::IndicatorValueRow row;
    row.scope = indicators::scopeKindName(scope.kind);
    if (scope.kind == indicators::ScopeKind::Case) {
        const auto [id, name] = cases.resolve(scope.name);
        row.caseId = id;
        row.caseName = name;
    } else if (scope.kind == indicators::ScopeKind::Group) {
        row.groupLabel = scope.name;
    }
    return row;
}

// Tallies a save into whichever result has added, updated and unchanged counts.
template <typename Result> void count(Result& result, store::SaveOutcome outcome) {
    switch (outcome) {
    case store::SaveOutcome::Added:
        ++result.added;
        break;
    case store::SaveOutcome::Updated:
        ++result.updated;
        break;
    case store::SaveOutcome::Unchanged:
        ++result.unchanged;
        break;
    }
}

store::ValueFilter resolveFilter(store::Database& db, const IndicatorIndex& index, const ValueQuery& query) {
    store::ValueFilter filter;
    if (!query.framework.empty()) {
        const auto framework = store::findFramework(db, query.framework);
        if (!framework) throw NotFound("no framework with the key '" + query.framework + "'");
        filter.frameworkId = framework->id;
    }
    if (!query.indicator.empty()) filter.indicatorId = index.resolve(query.indicator, query.framework).id;
    if (!query.scope.empty()) {
        const auto scope = indicators::parseScope(query.scope);
        const auto row = scopedValue(CaseIndex(db), scope);
        filter.scope = row.scope;
        filter.caseId = row.caseId;
        filter.groupLabel = row.groupLabel;
    }
    filter.period = query.period;
    return filter;
}

ValueInfo describeValue(const store::IndicatorValueRow& row,
                        const std::map<std::int64_t, store::IndicatorRow>& nodes) {
    ValueInfo info{row, {}, {}, {}, {}};
    if (const auto node = nodes.find(row.indicatorId); node != nodes.end()) {
        info.framework = node->second.frameworkKey;
        info.indicator = node->second.ident;
        info.title = node->second.title;
    }
    info.scope = row.scope == "case"    ? "case:" + row.caseName
                 : row.scope == "group" ? "group:" + row.groupLabel
                                        : "project";
    return info;
}

// The spreadsheet form of a CSV this file writes: the same columns and rows, numbers as numbers
// (values, n, and the period columns of the wide form).
analysis::Table csvAsTable(const std::string& title, const std::string& csv) {
    const auto parsed = import::parseCsv(csv, ',');
    analysis::Table table;
    table.title = title;
    std::vector<bool> numeric;
    for (const auto& name : parsed.header) {
        table.addColumn(name, analysis::ColumnKind::Text);
        bool isPeriod = false;
        try {
            isPeriod = !indicators::parsePeriod(name).start.empty();
        } catch (const InvalidInput&) {
        }
        numeric.push_back(name == "value" || name == "n" || isPeriod);
    }
    for (const auto& row : parsed.rows) {
        std::vector<analysis::Cell> cells;
        for (std::size_t i = 0; i < row.size(); ++i) {
            const auto number = numeric[i] ? indicators::parseNumber(row[i]) : std::nullopt;
            if (row[i].empty())
                cells.emplace_back(std::monostate{});
            else if (number)
                cells.emplace_back(*number);
            else
                cells.emplace_back(row[i]);
        }
        table.rows.push_back(std::move(cells));
    }
    return table;
}

} // namespace

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

ValuesImportResult Project::importValues(const ValuesImportRequest& request) {
    indicators::ValuesFile file;
    try {
        file = indicators::parseValuesCsv(readUtf8Csv(request.path), {request.format, request.period});
    } catch (const InvalidInput& e) {
        if (!e.file().empty()) throw;
        throw InvalidInput(e.what(), request.path);
    }
    ValuesImportResult result;
    result.format = file.format == indicators::ValuesFormat::Long ? "long" : "wide";
    result.problems = std::move(file.problems);
    auto& db = m_file->db();
    const IndicatorIndex index(db);
    const CaseIndex cases(db);
    if (!request.framework.empty() && !index.hasFramework(request.framework))
        throw NotFound("no framework with the key '" + request.framework + "'");
    // Resolve every row before writing any: unknown indicators and cases are problems with lines.
    std::vector<store::IndicatorValueRow> rows;
    std::set<std::int64_t> badLines;
    for (const auto& p : result.problems)
        badLines.insert(p.line);
    std::map<std::tuple<std::int64_t, std::string, std::int64_t, std::string, std::string, std::string>,
             std::int64_t>
        seen;
    for (const auto& record : file.records) {
        try {
            const auto framework = record.framework.empty() ? request.framework : record.framework;
            const auto& node = index.resolve(record.indicator, framework);
            auto row = scopedValue(cases, record.scope);
            row.indicatorId = node.id;
            row.period = record.period.text;
            row.periodStart = record.period.start;
            row.periodEnd = record.period.end;
            row.breakdown = record.breakdown;
            row.value = record.value;
            row.n = record.n;
            row.source = record.source;
            // Two spellings of one indicator ("16" and "wales-nwi-2021:16") are still one value.
            const auto key = std::tuple{row.indicatorId, row.scope,  row.caseId.value_or(0),
                                        row.groupLabel,  row.period, row.breakdown};
            const auto [earlier, fresh] = seen.try_emplace(key, record.line);
            if (!fresh) {
                result.problems.push_back(
                    {record.line, "repeats line " + std::to_string(earlier->second) +
                                      " (the same indicator, scope, period and breakdown)"});
                badLines.insert(record.line);
                continue;
            }
            rows.push_back(std::move(row));
        } catch (const Error& e) {
            result.problems.push_back({record.line, e.what()});
            badLines.insert(record.line);
        }
    }
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const auto& a, const auto& b) { return a.line < b.line; });
    result.values = static_cast<std::int64_t>(rows.size());
    if (!result.problems.empty() && !request.skipBadRows) {
        std::vector<std::string> lines;
        for (const auto& p : result.problems)
            lines.push_back("line " + std::to_string(p.line) + ": " + p.message);
        throw InvalidInput("the file has " + std::to_string(result.problems.size()) +
                               (result.problems.size() == 1 ? " problem" : " problems") +
                               "; nothing was imported (--skip-bad-rows imports the good rows):\n" +
                               indicators::joinProblems(lines),
                           request.path);
    }
    result.skipped = static_cast<std::int64_t>(badLines.size());
    if (request.dryRun) {
        result.added = result.values;
        return result;
    }
    store::Edit edit(*m_file, "import indicator values from " + request.path);
    for (const auto& row : rows)
        count(result, store::saveValue(edit.txn(), row));
    store::logValueBatch(*m_file, edit.txn(), "import-values", request.path, result.added, result.updated, 0);
    edit.commit();
    return result;
}

ValuesImportResult Project::valuesFromAttribute(const FromAttributeRequest& request) {
    auto& db = m_file->db();
    const auto attribute = store::findAttribute(db, request.attribute);
    if (!attribute) throw NotFound("no attribute named '" + request.attribute + "'");
    if (attribute->type != "integer" && attribute->type != "decimal")
        throw InvalidInput("the attribute '" + request.attribute + "' holds " + attribute->type +
                           " values; only integer and decimal attributes become indicator values");
    const auto node = IndicatorIndex(db).resolve(request.indicator);
    const auto period = indicators::parsePeriod(request.period);
    const auto source = request.source.empty() ? "case attribute " + attribute->name : request.source;
    ValuesImportResult result;
    result.format = "attribute";
    store::Edit edit(*m_file, "values of " + refOf(node) + " from " + attribute->name);
    for (const auto& c : store::listCases(db)) {
        const auto found = c.attributes.find(attribute->name);
        if (found == c.attributes.end()) continue;
        const auto* integer = std::get_if<std::int64_t>(&found->second);
        const auto* decimal = std::get_if<double>(&found->second);
        if (!integer && !decimal) continue; // a missing value
        store::IndicatorValueRow row;
        row.indicatorId = node.id;
        row.scope = "case";
        row.caseId = c.id;
        row.period = period.text;
        row.periodStart = period.start;
        row.periodEnd = period.end;
        row.value = integer ? static_cast<double>(*integer) : *decimal;
        row.source = source;
        count(result, store::saveValue(edit.txn(), row));
        ++result.values;
    }
    if (result.values == 0)
        throw InvalidInput("no case has a value of '" + attribute->name + "'; nothing was recorded");
    store::logValueBatch(*m_file, edit.txn(), "values-from-attribute", attribute->name + " → " + refOf(node),
                         result.added, result.updated, 0);
    edit.commit();
    return result;
}

ValueInfo Project::setValue(const ValueEntry& entry) {
    auto& db = m_file->db();
    const auto node = IndicatorIndex(db).resolve(entry.indicator);
    const auto period = indicators::parsePeriod(entry.period);
    auto row = scopedValue(CaseIndex(db), indicators::parseScope(entry.scope));
    row.indicatorId = node.id;
    row.period = period.text;
    row.periodStart = period.start;
    row.periodEnd = period.end;
    row.breakdown = entry.breakdown;
    row.value = entry.value;
    row.n = entry.n;
    row.source = entry.source;
    store::Edit edit(*m_file, "set " + refOf(node) + " for " + period.text);
    const auto outcome = store::saveValue(edit.txn(), row);
    store::logValueBatch(*m_file, edit.txn(), "set-value", refOf(node), outcome == store::SaveOutcome::Added,
                         outcome == store::SaveOutcome::Updated, 0);
    edit.commit();
    ValueQuery query{refOf(node), {}, entry.scope, period.text};
    for (auto& info : indicatorValues(query))
        if (info.row.breakdown == entry.breakdown) return info;
    throw Corrupt("the value just saved could not be read back");
}

std::vector<ValueInfo> Project::indicatorValues(const ValueQuery& query) {
    auto& db = m_file->db();
    const IndicatorIndex index(db);
    std::map<std::int64_t, store::IndicatorRow> nodes;
    for (const auto& row : index.rows())
        nodes.emplace(row.id, row);
    std::vector<ValueInfo> out;
    for (const auto& row : store::listValues(db, resolveFilter(db, index, query)))
        out.push_back(describeValue(row, nodes));
    return out;
}

void Project::exportValues(const std::string& path, indicators::ValuesFormat format,
                           const ValueQuery& query) {
    std::vector<indicators::ValueLine> lines;
    std::vector<std::string> periods;
    std::vector<std::tuple<bool, std::string, std::string, std::int64_t, std::string>> periodKeys;
    std::set<std::string> seenPeriods;
    for (const auto& v : indicatorValues(query)) {
        lines.push_back({v.framework, v.indicator, v.scope, v.row.period, v.row.breakdown, v.row.value,
                         v.row.n, v.row.source});
        if (seenPeriods.insert(v.row.period).second)
            periodKeys.emplace_back(v.row.periodStart.empty(), v.row.periodStart, v.row.periodEnd, v.row.id,
                                    v.row.period);
    }
    std::sort(periodKeys.begin(), periodKeys.end());
    for (const auto& key : periodKeys)
        periods.push_back(std::get<4>(key));
    const auto csv = format == indicators::ValuesFormat::Wide ? indicators::writeValuesWide(lines, periods)
                                                              : indicators::writeValuesLong(lines);
    if (isXlsxPath(path)) {
        saveTablesXlsx(path, {csvAsTable("Indicator values", csv)});
        return;
    }
    writeFileAtomically(path, csv);
}

std::int64_t Project::deleteValues(const ValueQuery& query) {
    auto& db = m_file->db();
    const IndicatorIndex index(db);
    const auto filter = resolveFilter(db, index, query);
    store::Edit edit(*m_file, "delete indicator values");
    const auto removed = store::deleteValues(edit.txn(), filter);
    if (removed > 0) store::logValueBatch(*m_file, edit.txn(), "delete-values", "", 0, 0, removed);
    edit.commit();
    return removed;
}

analysis::Table Project::sideBySide(const SideBySideRequest& request) {
    auto& db = m_file->db();
    if (request.quotes < 0 || request.quotes > 20) throw InvalidInput("quotes per indicator must be 0 to 20");
    if (request.quoteChars < 20) throw InvalidInput("a quote must be allowed at least 20 characters");
    analysis::SideBySideOptions options;
    options.quotes = request.quotes;
    options.quoteChars = request.quoteChars;
    options.scope = resolveAnalysisScope(request.scope);
    options.includeIdentifying = request.includeIdentifying;
    const IndicatorIndex index(db);
    if (!request.indicator.empty()) {
        const auto& node = index.resolve(request.indicator);
        options.indicatorIds.push_back(node.id);
        // A domain or group stands for itself and every indicator under it.
        for (const auto& row : index.rows())
            for (auto parent = row.parentId; parent;) {
                if (*parent == node.id) {
                    options.indicatorIds.push_back(row.id);
                    break;
                }
                const auto up = std::find_if(index.rows().begin(), index.rows().end(),
                                             [&](const auto& r) { return r.id == *parent; });
                parent = up == index.rows().end() ? std::nullopt : up->parentId;
            }
    } else {
        std::set<std::int64_t> used;
        for (const auto& link : store::listLinks(db))
            used.insert(link.indicatorId);
        for (const auto& value : store::listValues(db))
            used.insert(value.indicatorId);
        for (const auto& row : index.rows())
            if (used.contains(row.id)) options.indicatorIds.push_back(row.id);
    }
    if (request.includeIdentifying) logRawOutput("analysis side-by-side");
    return analysis::sideBySide(db, options);
}

analysis::Table Project::indicatorSeries(const std::string& indicator) {
    auto& db = m_file->db();
    return analysis::indicatorSeries(db, IndicatorIndex(db).resolve(indicator).id);
}

} // namespace cairn::project
