#include "store/coding_store.h"

#include "common/clock.h"
#include "common/error.h"
#include "common/guid.h"
#include "store/ops_log.h"
#include "store/project_file.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace cairn::store {

namespace {

constexpr const char* kSelect =
    "SELECT g.id, g.guid, g.code_id, k.guid, g.source_id, s.guid, s.name, s.kind, g.cp_start, g.cp_end, "
    "IFNULL(c.name, ''), g.weight, g.selection_guid, g.created_at, "
    "IFNULL((SELECT m.text FROM memos m WHERE m.coding_id = g.id ORDER BY m.id LIMIT 1), '') "
    "FROM codings g JOIN codes k ON k.id = g.code_id JOIN sources s ON s.id = g.source_id "
    "LEFT JOIN coders c ON c.id = g.coder_id ";

// A coding belongs to a case through the turns it overlaps when their speakers are linked to cases
// (one participant in a group interview), and otherwise through its source (a submission, a survey
// answer, an interviewer's question in a one-to-one interview). This fragment, completed with a
// condition on sp.case_id, finds the overlapping turns of coding g, for the filter. codingCaseLinks
// applies the same rule in memory (it is the faster way for every coding at once); a unit test holds
// the two to the same answer.
constexpr const char* kOverlappingLinkedTurns =
    "FROM passages p JOIN speakers sp ON sp.id = p.speaker_id WHERE p.source_id = "
    "g.source_id AND p.cp_start < g.cp_end AND p.cp_end > g.cp_start AND "
    "sp.case_id ";

CodingRow readCoding(const Statement& s) {
    CodingRow row;
    row.id = s.getInt(0);
    row.guid = s.getText(1);
    row.codeId = s.getInt(2);
    row.codeGuid = s.getText(3);
    row.sourceId = s.getInt(4);
    row.sourceGuid = s.getText(5);
    row.sourceName = s.getText(6);
    row.sourceKind = s.getText(7);
    row.start = s.getInt(8);
    row.end = s.getInt(9);
    row.coder = s.getText(10);
    if (!s.isNull(11)) row.weight = s.getDouble(11);
    row.selectionGuid = s.getText(12);
    row.createdAt = s.getText(13);
    row.memo = s.getText(14);
    return row;
}

nlohmann::json describe(const CodingRow& row) {
    return {{"code", row.codeGuid}, {"source", row.sourceGuid}, {"start", row.start},
            {"end", row.end},       {"coder", row.coder},       {"selection", row.selectionGuid}};
}

// The WHERE clause for a filter, with its values in bind order.
std::string whereClause(const CodingFilter& filter, std::vector<SqlValue>& values) {
    std::string where = "WHERE 1";
    if (!filter.codeIds.empty()) {
        where += " AND g.code_id IN (";
        for (std::size_t i = 0; i < filter.codeIds.size(); ++i) {
            where += i ? ", ?" : "?";
            values.emplace_back(filter.codeIds[i]);
        }
        where += ")";
    }
    if (filter.sourceId) {
        where += " AND g.source_id = ?";
        values.emplace_back(*filter.sourceId);
    }
    if (filter.coderId) {
        where += " AND g.coder_id = ?";
        values.emplace_back(*filter.coderId);
    }
    if (!filter.sourceKind.empty()) {
        where += " AND s.kind = ?";
        values.emplace_back(filter.sourceKind);
    }
    const auto belongsTo = [](const std::string& cases) {
        const std::string overlapping = kOverlappingLinkedTurns;
        return " AND (EXISTS (SELECT 1 " + overlapping + "IN (" + cases +
               ")) OR (g.source_id IN (SELECT source_id FROM case_sources WHERE case_id IN (" + cases +
               ")) AND NOT EXISTS (SELECT 1 " + overlapping + "IS NOT NULL)))";
    };
    if (filter.caseId) {
        where += belongsTo("?");
        values.emplace_back(*filter.caseId); // once per "?" in the clause
        values.emplace_back(*filter.caseId);
    }
    if (filter.attributeId) {
        const std::string cases = "SELECT case_id FROM case_values WHERE attribute_id = ? AND value = ?";
        where += belongsTo(cases);
        for (int twice = 0; twice < 2; ++twice) {
            values.emplace_back(*filter.attributeId);
            values.push_back(filter.attributeValue);
        }
    }
    return where;
}

void bindAll(Statement& stmt, const std::vector<SqlValue>& values, int first = 1) {
    for (std::size_t i = 0; i < values.size(); ++i)
        stmt.bind(first + static_cast<int>(i), values[i]);
}

} // namespace

std::int64_t coderIdByName(Database& db, const std::string& name) {
    auto stmt = db.prepare("SELECT id FROM coders WHERE name = ?");
    stmt.bind(1, name);
    return stmt.step() ? stmt.getInt(0) : 0;
}

std::int64_t ensureCoder(Transaction& txn, const std::string& name, const std::string& guid) {
    if (name.empty()) throw InvalidInput("a coder needs a name");
    if (const auto id = coderIdByName(txn.db(), name)) return id;
    txn.db()
        .prepare("INSERT INTO coders(guid, name, created_at) VALUES (?, ?, ?)")
        .bind(1, guid.empty() ? newGuid() : guid)
        .bind(2, name)
        .bind(3, utcNowIso())
        .run();
    return txn.db().lastInsertRowid();
}

CodingRow insertCoding(ProjectFile& project, Transaction& txn, const NewCoding& coding) {
    auto& db = txn.db();
    auto code = db.prepare("SELECT name, codable FROM codes WHERE id = ?");
    code.bind(1, coding.codeId);
    if (!code.step()) throw NotFound("no code with id " + std::to_string(coding.codeId));
    if (code.getInt(1) == 0)
        throw InvalidInput("\"" + code.getText(0) + "\" is a folder code and cannot be applied to text");
    auto source = db.prepare("SELECT s.name, s.char_count FROM sources s WHERE s.id = ?");
    source.bind(1, coding.sourceId);
    if (!source.step()) throw NotFound("no source with id " + std::to_string(coding.sourceId));
    const auto chars = source.getInt(1);
    if (coding.start < 0 || coding.end <= coding.start || coding.end > chars)
        throw InvalidInput("the span [" + std::to_string(coding.start) + ", " + std::to_string(coding.end) +
                           ") is not inside \"" + source.getText(0) + "\", which has " +
                           std::to_string(chars) + " characters (a span needs 0 <= start < end <= length)");
    const auto guid = coding.guid.empty() ? newGuid() : coding.guid;
    db.prepare(
          "INSERT INTO codings(guid, code_id, source_id, cp_start, cp_end, coder_id, weight, selection_guid, "
          "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, guid)
        .bind(2, coding.codeId)
        .bind(3, coding.sourceId)
        .bind(4, coding.start)
        .bind(5, coding.end)
        .bind(6, coding.coderId)
        .bind(7, coding.weight)
        .bind(8, coding.selectionGuid.empty() ? newGuid() : coding.selectionGuid)
        .bind(9, coding.createdAt.empty() ? utcNowIso() : coding.createdAt)
        .run();
    auto row = findCoding(db, guid);
    logOp(project, txn, {"add-coding", "coding", guid, nullptr, describe(*row)});
    return *row;
}

CodingRow deleteCoding(ProjectFile& project, Transaction& txn, const std::string& guid) {
    auto& db = txn.db();
    auto row = findCoding(db, guid);
    if (!row) throw NotFound("no coding with GUID " + guid);
    db.prepare("DELETE FROM codings WHERE id = ?").bind(1, row->id).run();
    logOp(project, txn, {"delete-coding", "coding", guid, describe(*row), nullptr});
    return *row;
}

std::optional<CodingRow> findCoding(Database& db, const std::string& guid) {
    auto stmt = db.prepare(std::string(kSelect) + "WHERE g.guid = ?");
    stmt.bind(1, guid);
    if (!stmt.step()) return std::nullopt;
    return readCoding(stmt);
}

std::vector<CodingRow> listCodings(Database& db, const CodingFilter& filter) {
    std::vector<SqlValue> values;
    const auto where = whereClause(filter, values);
    auto stmt = db.prepare(std::string(kSelect) + where +
                           " ORDER BY s.name, s.id, g.cp_start, g.cp_end, g.id LIMIT ?");
    bindAll(stmt, values);
    stmt.bind(static_cast<int>(values.size()) + 1, filter.limit);
    std::vector<CodingRow> rows;
    while (stmt.step())
        rows.push_back(readCoding(stmt));
    return rows;
}

std::int64_t countCodings(Database& db, const CodingFilter& filter) {
    std::vector<SqlValue> values;
    const auto where = whereClause(filter, values);
    auto stmt = db.prepare("SELECT COUNT(*) FROM codings g JOIN sources s ON s.id = g.source_id " + where);
    bindAll(stmt, values);
    stmt.step();
    return stmt.getInt(0);
}

std::vector<CodedSpan> listCodedSpans(Database& db, const CodingFilter& filter) {
    std::vector<SqlValue> values;
    const auto where = whereClause(filter, values);
    // Unsorted: sorting here would spill the rows to a temporary file; std::sort below is the same
    // order (std::string compares bytes as SQLite's BINARY collation does).
    auto stmt = db.prepare("SELECT g.id, g.code_id, g.source_id, s.name, s.kind, g.cp_start, g.cp_end, "
                           "IFNULL(c.name, ''), g.weight, g.created_at FROM codings g JOIN sources s ON "
                           "s.id = g.source_id LEFT JOIN coders c ON c.id = g.coder_id " +
                           where);
    bindAll(stmt, values);
    std::vector<CodedSpan> rows;
    while (stmt.step()) {
        rows.push_back({stmt.getInt(0), stmt.getInt(1), stmt.getInt(2), stmt.getText(3), stmt.getText(4),
                        stmt.getInt(5), stmt.getInt(6), stmt.getText(7), std::nullopt, stmt.getText(9)});
        if (!stmt.isNull(8)) rows.back().weight = stmt.getDouble(8);
    }
    std::sort(rows.begin(), rows.end(), [](const CodedSpan& a, const CodedSpan& b) {
        return std::tie(a.sourceName, a.sourceId, a.start, a.end, a.id) <
               std::tie(b.sourceName, b.sourceId, b.start, b.end, b.id);
    });
    return rows;
}

// The rule of kOverlappingLinkedTurns, applied in memory: the same statement in SQL searched each
// source's passages once per coding (twice, for the NOT EXISTS) and sorted the union in a temporary
// B-tree, about a second for 100,000 codings; linked turns are few, so a scan of the source's is cheap.
std::vector<std::pair<std::int64_t, std::int64_t>> codingCaseLinks(Database& db) {
    struct Turn {
        std::int64_t start, end, caseId;
    };
    std::unordered_map<std::int64_t, std::vector<Turn>> turns; // source id → turns of linked speakers
    auto turnRows = db.prepare("SELECT p.source_id, p.cp_start, p.cp_end, sp.case_id FROM passages p JOIN "
                               "speakers sp ON sp.id = p.speaker_id WHERE sp.case_id IS NOT NULL");
    while (turnRows.step())
        turns[turnRows.getInt(0)].push_back({turnRows.getInt(1), turnRows.getInt(2), turnRows.getInt(3)});
    std::unordered_map<std::int64_t, std::vector<std::int64_t>> sourceCases;
    auto caseRows = db.prepare("SELECT source_id, case_id FROM case_sources");
    while (caseRows.step())
        sourceCases[caseRows.getInt(0)].push_back(caseRows.getInt(1));

    std::vector<std::pair<std::int64_t, std::int64_t>> links;
    std::vector<std::int64_t> cases;
    auto codings = db.prepare("SELECT id, source_id, cp_start, cp_end FROM codings ORDER BY id");
    while (codings.step()) {
        const auto source = codings.getInt(1), start = codings.getInt(2), end = codings.getInt(3);
        cases.clear();
        if (const auto found = turns.find(source); found != turns.end())
            for (const auto& t : found->second)
                if (t.start < end && t.end > start) cases.push_back(t.caseId);
        if (cases.empty())
            if (const auto found = sourceCases.find(source); found != sourceCases.end())
                cases = found->second;
        std::sort(cases.begin(), cases.end());
        cases.erase(std::unique(cases.begin(), cases.end()), cases.end());
        for (const auto caseId : cases)
            links.emplace_back(codings.getInt(0), caseId);
    }
    return links;
}

std::pair<std::int64_t, std::int64_t> moveCodings(ProjectFile& project, Transaction& txn,
                                                  std::int64_t fromCodeId, std::int64_t intoCodeId) {
    auto& db = txn.db();
    db.prepare(
          "DELETE FROM codings WHERE code_id = ?1 AND EXISTS (SELECT 1 FROM codings o WHERE o.code_id = ?2 "
          "AND o.source_id = codings.source_id AND o.cp_start = codings.cp_start AND o.cp_end = "
          "codings.cp_end AND "
          "o.coder_id = codings.coder_id)")
        .bind(1, fromCodeId)
        .bind(2, intoCodeId)
        .run();
    const std::int64_t collapsed = db.changes();
    db.prepare("UPDATE codings SET code_id = ? WHERE code_id = ?")
        .bind(1, intoCodeId)
        .bind(2, fromCodeId)
        .run();
    const std::int64_t moved = db.changes();
    logOp(project, txn,
          {"move-codings",
           "code",
           "",
           {{"from", fromCodeId}},
           {{"into", intoCodeId}, {"moved", moved}, {"collapsed", collapsed}}});
    return {moved, collapsed};
}

} // namespace cairn::store
