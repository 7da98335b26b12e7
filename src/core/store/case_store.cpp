#include "store/case_store.h"

#include "common/clock.h"
#include "common/error.h"
#include "common/guid.h"
#include "store/ops_log.h"
#include "store/privacy_store.h"
#include "store/project_file.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace cairn::store {

const std::vector<std::string>& caseKinds() {
    static const std::vector<std::string> kinds = {"participant", "organisation", "site", "group"};
    return kinds;
}
const std::vector<std::string>& consentStates() {
    static const std::vector<std::string> states = {"unknown", "quote", "anonymous", "none", "withdrawn"};
    return states;
}
const std::vector<std::string>& attributeTypes() {
    static const std::vector<std::string> types = {"text", "integer", "decimal", "boolean", "date"};
    return types;
}

namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::string joined(const std::vector<std::string>& list) {
    std::string out;
    for (const auto& item : list)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

nlohmann::json toJson(const SqlValue& value) {
    return std::visit(
        [](const auto& v) -> nlohmann::json {
            if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::monostate>)
                return nullptr;
            else
                return v;
        },
        value);
}

bool isIsoDate(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (text[i] < '0' || text[i] > '9') return false;
    const int month = std::stoi(text.substr(5, 2));
    const int day = std::stoi(text.substr(8, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

} // namespace

SqlValue typedValue(const std::string& attribute, const std::string& type, const std::string& text) {
    auto reject = [&](const std::string& expected) -> SqlValue {
        throw InvalidInput("'" + text + "' is not a valid value for " + attribute + " (" + type +
                           "): expected " + expected);
    };
    if (type == "text") return text;
    if (type == "integer") {
        std::int64_t v = 0;
        const char* begin = text.data() + (text.starts_with('+') ? 1 : 0);
        const auto [end, ec] = std::from_chars(begin, text.data() + text.size(), v);
        if (ec != std::errc() || end != text.data() + text.size() || text.empty())
            return reject("a whole number");
        return v;
    }
    if (type == "decimal") {
        std::string normal = text;
        std::replace(normal.begin(), normal.end(), ',', '.');
        double v = 0;
        const auto [end, ec] = std::from_chars(normal.data(), normal.data() + normal.size(), v);
        if (ec != std::errc() || end != normal.data() + normal.size() || normal.empty() || !std::isfinite(v))
            return reject("a number such as 3.5");
        return v;
    }
    if (type == "boolean") {
        std::string lower = text;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        if (lower == "true" || lower == "yes" || lower == "y" || lower == "1") return std::int64_t{1};
        if (lower == "false" || lower == "no" || lower == "n" || lower == "0") return std::int64_t{0};
        return reject("true or false");
    }
    if (type == "date") {
        if (!isIsoDate(text)) return reject("a date as YYYY-MM-DD");
        return text;
    }
    throw InvalidInput("unknown attribute type '" + type + "'; use one of: " + joined(attributeTypes()));
}

std::string valueText(const std::string& type, const SqlValue& value) {
    if (std::holds_alternative<std::monostate>(value)) return "";
    if (type == "boolean" && std::holds_alternative<std::int64_t>(value))
        return std::get<std::int64_t>(value) ? "true" : "false";
    if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value)) {
        char buffer[64];
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, *d);
        return std::string(buffer, end);
    }
    return std::get<std::string>(value);
}

std::int64_t ensureCase(ProjectFile& project, Transaction& txn, const std::string& name,
                        const std::string& kind, const std::string& wantedGuid) {
    if (name.empty()) throw InvalidInput("a case needs a name");
    if (!contains(caseKinds(), kind))
        throw InvalidInput("unknown case kind '" + kind + "'; use one of: " + joined(caseKinds()));
    auto& db = txn.db();
    auto find = db.prepare("SELECT id FROM cases WHERE name = ?");
    find.bind(1, name);
    if (find.step()) return find.getInt(0);
    const auto guid = wantedGuid.empty() ? newGuid() : wantedGuid;
    const auto now = utcNowIso();
    db.prepare("INSERT INTO cases(guid, name, kind, created_at, modified_at) VALUES (?, ?, ?, ?, ?)")
        .bind(1, guid)
        .bind(2, name)
        .bind(3, kind)
        .bind(4, now)
        .bind(5, now)
        .run();
    const auto id = db.lastInsertRowid();
    logOp(project, txn, {"add-case", "case", guid, nullptr, {{"name", name}, {"kind", kind}}});
    return id;
}

std::optional<CaseRow> findCase(Database& db, const std::string& guidOrName) {
    auto stmt = db.prepare(
        "SELECT id FROM cases WHERE guid = ?1 COLLATE NOCASE OR name = ?1 ORDER BY name = ?1 DESC");
    stmt.bind(1, guidOrName);
    if (!stmt.step()) return std::nullopt;
    const auto id = stmt.getInt(0);
    for (auto& row : listCases(db))
        if (row.id == id) return row;
    return std::nullopt;
}

std::vector<CaseRow> listCases(Database& db) {
    std::vector<CaseRow> rows;
    auto stmt = db.prepare(
        "SELECT c.id, c.guid, c.name, c.kind, c.description, "
        "CASE WHEN w.case_id IS NULL THEN c.consent ELSE 'withdrawn' END, IFNULL(c.consent_date, ''), "
        "c.consent_note, (SELECT COUNT(*) FROM case_sources cs WHERE cs.case_id = c.id) "
        "FROM cases c LEFT JOIN consent_withdrawals w ON w.case_id = c.id ORDER BY c.name");
    std::map<std::int64_t, std::size_t> byId;
    while (stmt.step()) {
        byId[stmt.getInt(0)] = rows.size();
        rows.push_back({stmt.getInt(0),
                        stmt.getText(1),
                        stmt.getText(2),
                        stmt.getText(3),
                        stmt.getText(4),
                        stmt.getText(5),
                        stmt.getText(6),
                        stmt.getText(7),
                        {},
                        stmt.getInt(8)});
    }
    auto values = db.prepare(
        "SELECT v.case_id, a.name, v.value FROM case_values v JOIN attributes a ON a.id = v.attribute_id");
    while (values.step()) {
        const auto it = byId.find(values.getInt(0));
        if (it != byId.end()) rows[it->second].attributes[values.getText(1)] = values.getValue(2);
    }
    return rows;
}

std::int64_t defineAttribute(ProjectFile& project, Transaction& txn, const std::string& name,
                             const std::string& type, const std::string& wantedGuid) {
    if (name.empty()) throw InvalidInput("an attribute needs a name");
    if (!contains(attributeTypes(), type))
        throw InvalidInput("unknown attribute type '" + type + "'; use one of: " + joined(attributeTypes()));
    auto& db = txn.db();
    if (const auto existing = findAttribute(db, name)) {
        if (existing->type != type)
            throw InvalidInput("attribute '" + name + "' is already defined as " + existing->type + ", not " +
                               type);
        return existing->id;
    }
    const auto guid = wantedGuid.empty() ? newGuid() : wantedGuid;
    db.prepare("INSERT INTO attributes(guid, name, type, created_at) VALUES (?, ?, ?, ?)")
        .bind(1, guid)
        .bind(2, name)
        .bind(3, type)
        .bind(4, utcNowIso())
        .run();
    const auto id = db.lastInsertRowid();
    logOp(project, txn, {"define-attribute", "attribute", guid, nullptr, {{"name", name}, {"type", type}}});
    return id;
}

std::vector<AttributeRow> listAttributes(Database& db) {
    auto stmt = db.prepare("SELECT id, guid, name, type, description FROM attributes ORDER BY name");
    std::vector<AttributeRow> rows;
    while (stmt.step())
        rows.push_back({stmt.getInt(0), stmt.getText(1), stmt.getText(2), stmt.getText(3), stmt.getText(4)});
    return rows;
}

std::optional<AttributeRow> findAttribute(Database& db, const std::string& name) {
    auto stmt = db.prepare("SELECT id, guid, name, type, description FROM attributes WHERE name = ?");
    stmt.bind(1, name);
    if (!stmt.step()) return std::nullopt;
    return AttributeRow{stmt.getInt(0), stmt.getText(1), stmt.getText(2), stmt.getText(3), stmt.getText(4)};
}

void setCaseValue(ProjectFile& project, Transaction& txn, std::int64_t caseId, const AttributeRow& attribute,
                  const std::optional<SqlValue>& value) {
    auto& db = txn.db();
    auto old =
        db.prepare("SELECT v.value, c.guid FROM cases c LEFT JOIN case_values v ON v.case_id = c.id AND "
                   "v.attribute_id = ? WHERE c.id = ?");
    old.bind(1, attribute.id).bind(2, caseId);
    if (!old.step()) throw NotFound("no case with id " + std::to_string(caseId));
    const auto before = old.getValue(0);
    const auto caseGuid = old.getText(1);
    if (value && !std::holds_alternative<std::monostate>(*value)) {
        db.prepare("INSERT INTO case_values(case_id, attribute_id, value) VALUES (?, ?, ?) "
                   "ON CONFLICT(case_id, attribute_id) DO UPDATE SET value = excluded.value")
            .bind(1, caseId)
            .bind(2, attribute.id)
            .bind(3, *value)
            .run();
    } else {
        db.prepare("DELETE FROM case_values WHERE case_id = ? AND attribute_id = ?")
            .bind(1, caseId)
            .bind(2, attribute.id)
            .run();
    }
    db.prepare("UPDATE cases SET modified_at = ? WHERE id = ?").bind(1, utcNowIso()).bind(2, caseId).run();
    logOp(project, txn,
          {"set-attribute",
           "case",
           caseGuid,
           {{"attribute", attribute.name}, {"value", toJson(before)}},
           {{"attribute", attribute.name}, {"value", value ? toJson(*value) : nlohmann::json()}}});
}

void setConsent(ProjectFile& project, Transaction& txn, std::int64_t caseId, const std::string& consent,
                const std::string& date, const std::string& note) {
    if (!contains(consentStates(), consent))
        throw InvalidInput("unknown consent '" + consent + "'; use one of: " + joined(consentStates()));
    if (!date.empty() && !isIsoDate(date))
        throw InvalidInput("consent date '" + date + "' is not YYYY-MM-DD");
    auto& db = txn.db();
    const bool withdrawn = consent == "withdrawn";
    auto old =
        db.prepare("SELECT guid, CASE WHEN w.case_id IS NULL THEN consent ELSE 'withdrawn' END, "
                   "IFNULL(consent_date, ''), consent_note FROM cases c LEFT JOIN consent_withdrawals w ON "
                   "w.case_id = c.id WHERE c.id = ?");
    old.bind(1, caseId);
    if (!old.step()) throw NotFound("no case with id " + std::to_string(caseId));
    const nlohmann::json before = {
        {"consent", old.getText(1)}, {"date", old.getText(2)}, {"note", old.getText(3)}};
    const auto guid = old.getText(0);
    db.prepare(
          "UPDATE cases SET consent = ?, consent_date = ?, consent_note = ?, modified_at = ? WHERE id = ?")
        .bind(1, withdrawn ? std::string("none") : consent)
        .bind(2, date.empty() ? std::optional<std::string>() : date)
        .bind(3, note)
        .bind(4, utcNowIso())
        .bind(5, caseId)
        .run();
    // A withdrawal is its own row (migration 007): cases.consent cannot hold the state.
    if (withdrawn)
        db.prepare("INSERT OR REPLACE INTO consent_withdrawals(case_id, withdrawn_on, note, recorded_at, "
                   "recorded_by) VALUES (?, ?, ?, ?, ?)")
            .bind(1, caseId)
            .bind(2, date.empty() ? std::optional<std::string>() : date)
            .bind(3, note)
            .bind(4, utcNowIso())
            .bind(5, project.coderId(txn))
            .run();
    else
        db.prepare("DELETE FROM consent_withdrawals WHERE case_id = ?").bind(1, caseId).run();
    logOp(project, txn,
          {"set-consent", "case", guid, before, {{"consent", consent}, {"date", date}, {"note", note}}});
    if (before["consent"] != consent)
        logPrivacy(project, txn, "consent", guid,
                   before["consent"].get<std::string>() + " → " + consent +
                       (withdrawn ? ": every passage of the case is withheld from exports" : ""));
}

void deleteCase(ProjectFile& project, Transaction& txn, std::int64_t caseId) {
    auto& db = txn.db();
    auto old = db.prepare("SELECT guid, name, kind, consent FROM cases WHERE id = ?");
    old.bind(1, caseId);
    if (!old.step()) throw NotFound("no case with id " + std::to_string(caseId));
    const auto guid = old.getText(0);
    const nlohmann::json before = {
        {"name", old.getText(1)}, {"kind", old.getText(2)}, {"consent", old.getText(3)}};
    // Spelled out rather than left to the schema's ON DELETE actions, so that every row is a change
    // the edit's session records and an undo brings back.
    for (const char* sql :
         {"DELETE FROM case_values WHERE case_id = ?", "DELETE FROM case_sources WHERE case_id = ?",
          "DELETE FROM memos WHERE case_id = ?", "DELETE FROM indicator_values WHERE case_id = ?",
          "DELETE FROM consent_withdrawals WHERE case_id = ?",
          "UPDATE speakers SET case_id = NULL WHERE case_id = ?", "DELETE FROM cases WHERE id = ?"})
        db.prepare(sql).bind(1, caseId).run();
    logOp(project, txn, {"delete-case", "case", guid, before, nullptr});
}

void linkCaseSource(ProjectFile& project, Transaction& txn, std::int64_t caseId, std::int64_t sourceId) {
    auto& db = txn.db();
    db.prepare("INSERT OR IGNORE INTO case_sources(case_id, source_id) VALUES (?, ?)")
        .bind(1, caseId)
        .bind(2, sourceId)
        .run();
    if (db.changes() == 0) return;
    auto names = db.prepare("SELECT c.guid, s.guid FROM cases c, sources s WHERE c.id = ? AND s.id = ?");
    names.bind(1, caseId).bind(2, sourceId);
    names.step();
    logOp(project, txn,
          {"link-case-source", "case", names.getText(0), nullptr, {{"source", names.getText(1)}}});
}

void linkSpeakerCase(ProjectFile& project, Transaction& txn, std::int64_t speakerId, std::int64_t caseId) {
    auto& db = txn.db();
    auto old = db.prepare(
        "SELECT s.guid, c.guid FROM speakers s LEFT JOIN cases c ON c.id = s.case_id WHERE s.id = ?");
    old.bind(1, speakerId);
    if (!old.step()) throw NotFound("no speaker with id " + std::to_string(speakerId));
    const auto speakerGuid = old.getText(0);
    const auto beforeCase = old.getText(1);
    db.prepare("UPDATE speakers SET case_id = ? WHERE id = ?").bind(1, caseId).bind(2, speakerId).run();
    auto caseGuid = db.prepare("SELECT guid FROM cases WHERE id = ?");
    caseGuid.bind(1, caseId);
    if (!caseGuid.step()) throw NotFound("no case with id " + std::to_string(caseId));
    logOp(project, txn,
          {"link-speaker-case",
           "speaker",
           speakerGuid,
           {{"case", beforeCase}},
           {{"case", caseGuid.getText(0)}}});
}

} // namespace cairn::store

namespace cairn::store {

std::vector<std::pair<std::int64_t, std::int64_t>> caseSourceLinks(Database& db) {
    auto stmt = db.prepare("SELECT case_id, source_id FROM case_sources UNION SELECT case_id, source_id FROM "
                           "speakers WHERE case_id IS NOT NULL ORDER BY 1, 2");
    std::vector<std::pair<std::int64_t, std::int64_t>> links;
    while (stmt.step())
        links.emplace_back(stmt.getInt(0), stmt.getInt(1));
    return links;
}

} // namespace cairn::store
