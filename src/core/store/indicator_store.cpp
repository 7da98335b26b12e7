#include "store/indicator_store.h"

#include "common/clock.h"
#include "common/error.h"
#include "common/guid.h"
#include "store/ops_log.h"
#include "store/project_file.h"

#include <nlohmann/json.hpp>

namespace cairn::store {

namespace {

constexpr const char* kFrameworkColumns =
    "f.id, f.guid, f.key, f.name, f.publisher, f.version, f.url, f.description, "
    "(SELECT COUNT(*) FROM indicators i WHERE i.framework_id = f.id)";

FrameworkRow readFramework(Statement& st) {
    return {st.getInt(0),  st.getText(1), st.getText(2), st.getText(3), st.getText(4),
            st.getText(5), st.getText(6), st.getText(7), st.getInt(8)};
}

constexpr const char* kIndicatorColumns =
    "i.id, i.guid, i.framework_id, f.key, i.parent_id, i.ident, i.kind, i.title, i.definition, i.unit, "
    "i.direction, i.breakdowns, i.source, i.position";

IndicatorRow readIndicator(Statement& st) {
    return {st.getInt(0),   st.getText(1),  st.getInt(2),   st.getText(3), st.getOptionalInt(4),
            st.getText(5),  st.getText(6),  st.getText(7),  st.getText(8), st.getText(9),
            st.getText(10), st.getText(11), st.getText(12), st.getInt(13)};
}

nlohmann::json describe(const FrameworkRow& f) {
    return {
        {"key", f.key}, {"name", f.name}, {"publisher", f.publisher}, {"version", f.version}, {"url", f.url}};
}

nlohmann::json describe(const IndicatorRow& i) {
    return {{"framework", i.frameworkKey},
            {"ident", i.ident},
            {"kind", i.kind},
            {"title", i.title},
            {"definition", i.definition},
            {"unit", i.unit},
            {"direction", i.direction},
            {"breakdowns", i.breakdowns},
            {"source", i.source}};
}

bool sameContent(const IndicatorRow& a, const IndicatorRow& b) {
    return a.parentId == b.parentId && a.kind == b.kind && a.title == b.title &&
           a.definition == b.definition && a.unit == b.unit && a.direction == b.direction &&
           a.breakdowns == b.breakdowns && a.source == b.source;
}

std::string indicatorGuidById(Database& db, std::int64_t id) {
    auto st = db.prepare("SELECT guid FROM indicators WHERE id = ?");
    st.bind(1, id);
    return st.step() ? st.getText(0) : std::string();
}

std::string codeGuidById(Database& db, std::int64_t id) {
    auto st = db.prepare("SELECT guid FROM codes WHERE id = ?");
    st.bind(1, id);
    return st.step() ? st.getText(0) : std::string();
}

// The WHERE clause of a value filter, with its parameters bound from index 1 by bindFilter.
std::string filterClause(const ValueFilter& filter) {
    std::string where = " WHERE 1";
    if (filter.indicatorId) where += " AND v.indicator_id = ?";
    if (filter.frameworkId) where += " AND i.framework_id = ?";
    if (!filter.scope.empty()) where += " AND v.scope = ?";
    if (filter.caseId) where += " AND v.case_id = ?";
    if (!filter.groupLabel.empty()) where += " AND v.group_label = ?";
    if (!filter.period.empty()) where += " AND v.period = ?";
    return where;
}

void bindFilter(Statement& st, const ValueFilter& filter) {
    int at = 1;
    if (filter.indicatorId) st.bind(at++, *filter.indicatorId);
    if (filter.frameworkId) st.bind(at++, *filter.frameworkId);
    if (!filter.scope.empty()) st.bind(at++, filter.scope);
    if (filter.caseId) st.bind(at++, *filter.caseId);
    if (!filter.groupLabel.empty()) st.bind(at++, filter.groupLabel);
    if (!filter.period.empty()) st.bind(at++, filter.period);
}

} // namespace

std::vector<FrameworkRow> listFrameworks(Database& db) {
    auto st = db.prepare(std::string("SELECT ") + kFrameworkColumns + " FROM frameworks f ORDER BY f.key");
    std::vector<FrameworkRow> rows;
    while (st.step())
        rows.push_back(readFramework(st));
    return rows;
}

std::optional<FrameworkRow> findFramework(Database& db, const std::string& key) {
    auto st = db.prepare(std::string("SELECT ") + kFrameworkColumns + " FROM frameworks f WHERE f.key = ?");
    st.bind(1, key);
    if (!st.step()) return std::nullopt;
    return readFramework(st);
}

std::int64_t saveFramework(ProjectFile& project, Transaction& txn, const FrameworkRow& framework) {
    auto& db = txn.db();
    const auto now = utcNowIso();
    if (const auto existing = findFramework(db, framework.key)) {
        if (existing->name == framework.name && existing->publisher == framework.publisher &&
            existing->version == framework.version && existing->url == framework.url &&
            existing->description == framework.description)
            return existing->id;
        auto st = db.prepare(
            "UPDATE frameworks SET name = ?, publisher = ?, version = ?, url = ?, description = ?, "
            "modified_at = ? WHERE id = ?");
        st.bind(1, framework.name)
            .bind(2, framework.publisher)
            .bind(3, framework.version)
            .bind(4, framework.url);
        st.bind(5, framework.description).bind(6, now).bind(7, existing->id);
        st.run();
        logOp(project, txn,
              {"change-framework", "framework", existing->guid, describe(*existing), describe(framework)});
        return existing->id;
    }
    const auto guid = framework.guid.empty() ? newGuid() : framework.guid;
    auto st = db.prepare(
        "INSERT INTO frameworks (guid, key, name, publisher, version, url, description, created_at, "
        "modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, guid).bind(2, framework.key).bind(3, framework.name).bind(4, framework.publisher);
    st.bind(5, framework.version)
        .bind(6, framework.url)
        .bind(7, framework.description)
        .bind(8, now)
        .bind(9, now);
    st.run();
    const auto id = db.lastInsertRowid();
    logOp(project, txn, {"add-framework", "framework", guid, nullptr, describe(framework)});
    return id;
}

void deleteFramework(ProjectFile& project, Transaction& txn, std::int64_t frameworkId) {
    auto& db = txn.db();
    auto find = db.prepare(std::string("SELECT ") + kFrameworkColumns + " FROM frameworks f WHERE f.id = ?");
    find.bind(1, frameworkId);
    if (!find.step()) throw NotFound("no framework with id " + std::to_string(frameworkId));
    const auto before = readFramework(find);
    auto st = db.prepare("DELETE FROM frameworks WHERE id = ?");
    st.bind(1, frameworkId);
    st.run();
    logOp(project, txn, {"delete-framework", "framework", before.guid, describe(before), nullptr});
}

std::vector<IndicatorRow> listIndicators(Database& db, std::optional<std::int64_t> frameworkId) {
    // Parents before children: a recursive walk from the roots, ordering each level by position.
    auto st =
        db.prepare(std::string("WITH RECURSIVE walk(id, sort) AS ("
                               " SELECT id, printf('%08d', position) FROM indicators WHERE parent_id IS NULL"
                               " UNION ALL SELECT c.id, walk.sort || '/' || printf('%08d', c.position)"
                               " FROM indicators c JOIN walk ON c.parent_id = walk.id) "
                               "SELECT ") +
                   kIndicatorColumns +
                   " FROM walk JOIN indicators i ON i.id = walk.id JOIN frameworks f ON f.id = i.framework_id"
                   " WHERE ?1 IS NULL OR i.framework_id = ?1 ORDER BY f.key, walk.sort");
    st.bind(1, frameworkId);
    std::vector<IndicatorRow> rows;
    while (st.step())
        rows.push_back(readIndicator(st));
    return rows;
}

std::optional<IndicatorRow> findIndicator(Database& db, std::int64_t frameworkId, const std::string& ident) {
    auto st = db.prepare(std::string("SELECT ") + kIndicatorColumns +
                         " FROM indicators i JOIN frameworks f ON f.id = i.framework_id"
                         " WHERE i.framework_id = ? AND i.ident = ?");
    st.bind(1, frameworkId).bind(2, ident);
    if (!st.step()) return std::nullopt;
    return readIndicator(st);
}

SaveOutcome saveIndicator(ProjectFile& project, Transaction& txn, IndicatorRow& node) {
    auto& db = txn.db();
    const auto existing = findIndicator(db, node.frameworkId, node.ident);
    if (existing) {
        node.id = existing->id;
        node.guid = existing->guid;
        node.position = existing->position;
        if (sameContent(*existing, node)) return SaveOutcome::Unchanged;
        auto st =
            db.prepare("UPDATE indicators SET parent_id = ?, kind = ?, title = ?, definition = ?, unit = ?, "
                       "direction = ?, breakdowns = ?, source = ? WHERE id = ?");
        st.bind(1, node.parentId)
            .bind(2, node.kind)
            .bind(3, node.title)
            .bind(4, node.definition)
            .bind(5, node.unit);
        st.bind(6, node.direction).bind(7, node.breakdowns).bind(8, node.source).bind(9, node.id);
        st.run();
        logOp(project, txn,
              {"change-indicator", "indicator", node.guid, describe(*existing), describe(node)});
        return SaveOutcome::Updated;
    }
    if (node.guid.empty()) node.guid = newGuid();
    auto position =
        db.prepare("SELECT IFNULL(MAX(position) + 1, 0) FROM indicators WHERE framework_id = ? AND "
                   "parent_id IS ?");
    position.bind(1, node.frameworkId).bind(2, node.parentId);
    position.step();
    node.position = position.getInt(0);
    auto st = db.prepare(
        "INSERT INTO indicators (guid, framework_id, parent_id, ident, kind, title, definition, unit, "
        "direction, breakdowns, source, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, node.guid)
        .bind(2, node.frameworkId)
        .bind(3, node.parentId)
        .bind(4, node.ident)
        .bind(5, node.kind);
    st.bind(6, node.title).bind(7, node.definition).bind(8, node.unit).bind(9, node.direction);
    st.bind(10, node.breakdowns).bind(11, node.source).bind(12, node.position);
    st.run();
    node.id = db.lastInsertRowid();
    logOp(project, txn, {"add-indicator", "indicator", node.guid, nullptr, describe(node)});
    return SaveOutcome::Added;
}

SaveOutcome saveValue(Transaction& txn, const IndicatorValueRow& value) {
    auto& db = txn.db();
    auto find = db.prepare(
        "SELECT id, value, n, source FROM indicator_values WHERE indicator_id = ? AND scope = ? "
        "AND IFNULL(case_id, 0) = IFNULL(?, 0) AND group_label = ? AND period = ? AND breakdown = ?");
    find.bind(1, value.indicatorId).bind(2, value.scope).bind(3, value.caseId).bind(4, value.groupLabel);
    find.bind(5, value.period).bind(6, value.breakdown);
    if (find.step()) {
        const auto id = find.getInt(0);
        const bool same = find.getDouble(1) == value.value && find.getOptionalInt(2) == value.n &&
                          find.getText(3) == value.source;
        if (same) return SaveOutcome::Unchanged;
        auto st = db.prepare("UPDATE indicator_values SET value = ?, n = ?, source = ?, period_start = ?, "
                             "period_end = ? WHERE id = ?");
        st.bind(1, value.value).bind(2, value.n).bind(3, value.source);
        st.bind(4, value.periodStart.empty() ? std::optional<std::string>() : value.periodStart);
        st.bind(5, value.periodEnd.empty() ? std::optional<std::string>() : value.periodEnd).bind(6, id);
        st.run();
        return SaveOutcome::Updated;
    }
    auto st =
        db.prepare("INSERT INTO indicator_values (guid, indicator_id, scope, case_id, group_label, period, "
                   "period_start, period_end, breakdown, value, n, source, created_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, value.guid.empty() ? newGuid() : value.guid).bind(2, value.indicatorId).bind(3, value.scope);
    st.bind(4, value.caseId).bind(5, value.groupLabel).bind(6, value.period);
    st.bind(7, value.periodStart.empty() ? std::optional<std::string>() : value.periodStart);
    st.bind(8, value.periodEnd.empty() ? std::optional<std::string>() : value.periodEnd);
    st.bind(9, value.breakdown)
        .bind(10, value.value)
        .bind(11, value.n)
        .bind(12, value.source)
        .bind(13, utcNowIso());
    st.run();
    return SaveOutcome::Added;
}

std::vector<IndicatorValueRow> listValues(Database& db, const ValueFilter& filter) {
    // Dated periods sort by start; labels come after every date, in the order recorded (a series' rows
    // are recorded in its order; the side-by-side view orders labels across series by first use).
    auto st = db.prepare(
        "SELECT v.id, v.guid, v.indicator_id, v.scope, v.case_id, IFNULL(c.name, ''), v.group_label, "
        "v.period, "
        "IFNULL(v.period_start, ''), IFNULL(v.period_end, ''), v.breakdown, v.value, v.n, v.source "
        "FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id JOIN frameworks f ON f.id = "
        "i.framework_id "
        "LEFT JOIN cases c ON c.id = v.case_id" +
        filterClause(filter) +
        " ORDER BY f.key, i.id, v.scope, IFNULL(c.name, ''), v.group_label, v.breakdown, "
        "v.period_start IS NULL, v.period_start, v.period_end, v.id");
    bindFilter(st, filter);
    std::vector<IndicatorValueRow> rows;
    while (st.step())
        rows.push_back({st.getInt(0), st.getText(1), st.getInt(2), st.getText(3), st.getOptionalInt(4),
                        st.getText(5), st.getText(6), st.getText(7), st.getText(8), st.getText(9),
                        st.getText(10), st.getDouble(11), st.getOptionalInt(12), st.getText(13)});
    return rows;
}

std::int64_t deleteValues(Transaction& txn, const ValueFilter& filter) {
    auto& db = txn.db();
    auto st = db.prepare("DELETE FROM indicator_values WHERE id IN (SELECT v.id FROM indicator_values v "
                         "JOIN indicators i ON i.id = v.indicator_id" +
                         filterClause(filter) + ")");
    bindFilter(st, filter);
    st.run();
    return db.changes();
}

void logValueBatch(ProjectFile& project, Transaction& txn, const std::string& op, const std::string& what,
                   std::int64_t added, std::int64_t updated, std::int64_t removed) {
    logOp(project, txn,
          {op,
           "indicator-values",
           "",
           nullptr,
           {{"what", what}, {"added", added}, {"updated", updated}, {"removed", removed}}});
}

bool saveLink(ProjectFile& project, Transaction& txn, std::int64_t codeId, std::int64_t indicatorId,
              const std::string& rationale, bool shipped) {
    auto& db = txn.db();
    auto find = db.prepare("SELECT rationale FROM indicator_links WHERE code_id = ? AND indicator_id = ?");
    find.bind(1, codeId).bind(2, indicatorId);
    const nlohmann::json after{{"code", codeGuidById(db, codeId)},
                               {"indicator", indicatorGuidById(db, indicatorId)},
                               {"rationale", rationale}};
    if (find.step()) {
        const auto before = find.getText(0);
        if (before == rationale) return false;
        auto st =
            db.prepare("UPDATE indicator_links SET rationale = ? WHERE code_id = ? AND indicator_id = ?");
        st.bind(1, rationale).bind(2, codeId).bind(3, indicatorId);
        st.run();
        auto old = after;
        old["rationale"] = before;
        logOp(project, txn, {"change-indicator-link", "indicator-link", "", old, after});
        return true;
    }
    auto st =
        db.prepare("INSERT INTO indicator_links (code_id, indicator_id, rationale, shipped, created_at) "
                   "VALUES (?, ?, ?, ?, ?)");
    st.bind(1, codeId).bind(2, indicatorId).bind(3, rationale).bind(4, shipped ? 1 : 0).bind(5, utcNowIso());
    st.run();
    logOp(project, txn, {"link-indicator", "indicator-link", "", nullptr, after});
    return true;
}

bool deleteLink(ProjectFile& project, Transaction& txn, std::int64_t codeId, std::int64_t indicatorId) {
    auto& db = txn.db();
    const nlohmann::json before{{"code", codeGuidById(db, codeId)},
                                {"indicator", indicatorGuidById(db, indicatorId)}};
    auto st = db.prepare("DELETE FROM indicator_links WHERE code_id = ? AND indicator_id = ?");
    st.bind(1, codeId).bind(2, indicatorId);
    st.run();
    if (db.changes() == 0) return false;
    logOp(project, txn, {"unlink-indicator", "indicator-link", "", before, nullptr});
    return true;
}

std::vector<IndicatorLinkRow> listLinks(Database& db) {
    auto st =
        db.prepare("SELECT id, code_id, indicator_id, rationale, shipped FROM indicator_links ORDER BY id");
    std::vector<IndicatorLinkRow> rows;
    while (st.step())
        rows.push_back({st.getInt(0), st.getInt(1), st.getInt(2), st.getText(3), st.getInt(4) != 0});
    return rows;
}

bool saveMapping(ProjectFile& project, Transaction& txn, const IndicatorMappingRow& mapping) {
    auto& db = txn.db();
    auto find = db.prepare("SELECT relation, note FROM indicator_mappings WHERE from_id = ? AND to_id = ?");
    find.bind(1, mapping.fromId).bind(2, mapping.toId);
    if (find.step() && find.getText(0) == mapping.relation && find.getText(1) == mapping.note) return false;
    auto st = db.prepare(
        "INSERT INTO indicator_mappings (from_id, to_id, relation, note) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (from_id, to_id) DO UPDATE SET relation = excluded.relation, note = excluded.note");
    st.bind(1, mapping.fromId).bind(2, mapping.toId).bind(3, mapping.relation).bind(4, mapping.note);
    st.run();
    logOp(project, txn,
          {"map-indicator",
           "indicator-mapping",
           "",
           nullptr,
           {{"from", indicatorGuidById(db, mapping.fromId)},
            {"to", indicatorGuidById(db, mapping.toId)},
            {"relation", mapping.relation}}});
    return true;
}

std::vector<IndicatorMappingRow> listMappings(Database& db) {
    auto st = db.prepare("SELECT from_id, to_id, relation, note FROM indicator_mappings ORDER BY id");
    std::vector<IndicatorMappingRow> rows;
    while (st.step())
        rows.push_back({st.getInt(0), st.getInt(1), st.getText(2), st.getText(3)});
    return rows;
}

} // namespace cairn::store
