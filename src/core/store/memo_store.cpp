#include "store/memo_store.h"

#include "common/clock.h"
#include "common/error.h"
#include "common/guid.h"
#include "store/ops_log.h"
#include "store/project_file.h"
#include "store/sqlite.h"

namespace cairn::store {

namespace {
constexpr const char* kSelect =
    "SELECT m.id, m.guid, m.title, m.text, IFNULL(c.name, ''), IFNULL(s.guid, ''), "
    "IFNULL(k.guid, ''), IFNULL(d.guid, ''), IFNULL(g.guid, ''), m.created_at, "
    "m.modified_at FROM memos m LEFT JOIN coders c ON c.id = m.author_id "
    "LEFT JOIN sources s ON s.id = m.source_id LEFT JOIN cases k ON k.id = m.case_id "
    "LEFT JOIN codes d ON d.id = m.code_id LEFT JOIN codings g ON g.id = m.coding_id ";

MemoRow readMemo(const Statement& s) {
    return {s.getInt(0),  s.getText(1), s.getText(2), s.getText(3), s.getText(4), s.getText(5),
            s.getText(6), s.getText(7), s.getText(8), s.getText(9), s.getText(10)};
}

nlohmann::json describe(const MemoRow& row) {
    return {{"title", row.title},   {"text", row.text},     {"source", row.sourceGuid},
            {"case", row.caseGuid}, {"code", row.codeGuid}, {"coding", row.codingGuid}};
}

MemoRow requireMemo(Database& db, const std::string& guid) {
    auto row = findMemo(db, guid);
    if (!row) throw NotFound("no memo with GUID " + guid);
    return *row;
}
} // namespace

MemoRow addMemo(ProjectFile& project, Transaction& txn, const NewMemo& memo) {
    if (memo.text.empty() && memo.title.empty()) throw InvalidInput("a memo needs a title or some text");
    auto& db = txn.db();
    const auto guid = newGuid();
    const auto now = memo.createdAt.empty() ? utcNowIso() : memo.createdAt;
    db.prepare("INSERT INTO memos(guid, title, text, author_id, source_id, case_id, code_id, coding_id, "
               "created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, guid)
        .bind(2, memo.title)
        .bind(3, memo.text)
        .bind(4, memo.authorId ? *memo.authorId : project.coderId(txn))
        .bind(5, memo.sourceId)
        .bind(6, memo.caseId)
        .bind(7, memo.codeId)
        .bind(8, memo.codingId)
        .bind(9, now)
        .bind(10, now)
        .run();
    auto row = requireMemo(db, guid);
    logOp(project, txn, {"add-memo", "memo", guid, nullptr, describe(row)});
    return row;
}

std::vector<MemoRow> listMemos(Database& db, const MemoFilter& filter) {
    std::string where = "WHERE 1";
    std::vector<std::int64_t> values;
    const auto add = [&](const char* column, const std::optional<std::int64_t>& id) {
        if (!id) return;
        where += std::string(" AND m.") + column + " = ?";
        values.push_back(*id);
    };
    add("source_id", filter.sourceId);
    add("case_id", filter.caseId);
    add("code_id", filter.codeId);
    add("coding_id", filter.codingId);
    if (filter.journalOnly)
        where +=
            " AND m.source_id IS NULL AND m.case_id IS NULL AND m.code_id IS NULL AND m.coding_id IS NULL";
    auto stmt = db.prepare(std::string(kSelect) + where + " ORDER BY m.created_at, m.id");
    for (std::size_t i = 0; i < values.size(); ++i)
        stmt.bind(static_cast<int>(i) + 1, values[i]);
    std::vector<MemoRow> rows;
    while (stmt.step())
        rows.push_back(readMemo(stmt));
    return rows;
}

std::optional<MemoRow> findMemo(Database& db, const std::string& guid) {
    auto stmt = db.prepare(std::string(kSelect) + "WHERE m.guid = ?");
    stmt.bind(1, guid);
    if (!stmt.step()) return std::nullopt;
    return readMemo(stmt);
}

MemoRow updateMemo(ProjectFile& project, Transaction& txn, const std::string& guid, const std::string& title,
                   const std::string& text) {
    if (text.empty() && title.empty()) throw InvalidInput("a memo needs a title or some text");
    auto& db = txn.db();
    const auto before = requireMemo(db, guid);
    db.prepare("UPDATE memos SET title = ?, text = ?, modified_at = ? WHERE id = ?")
        .bind(1, title)
        .bind(2, text)
        .bind(3, utcNowIso())
        .bind(4, before.id)
        .run();
    auto after = requireMemo(db, guid);
    logOp(project, txn, {"update-memo", "memo", guid, describe(before), describe(after)});
    return after;
}

void deleteMemo(ProjectFile& project, Transaction& txn, const std::string& guid) {
    auto& db = txn.db();
    const auto before = requireMemo(db, guid);
    db.prepare("DELETE FROM memos WHERE id = ?").bind(1, before.id).run();
    logOp(project, txn, {"delete-memo", "memo", guid, describe(before), nullptr});
}

} // namespace cairn::store
