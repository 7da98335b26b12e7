#include "store/memo_store.h"

#include "common/clock.h"
#include "common/error.h"
#include "common/guid.h"
#include "store/ops_log.h"
#include "store/project_file.h"
#include "store/sqlite.h"

namespace cairn::store {

namespace {
constexpr const char* kSelect = "SELECT m.id, m.guid, m.title, m.text, IFNULL(c.name, ''), IFNULL(s.guid, "
                                "''), IFNULL(k.guid, ''), m.created_at, "
                                "m.modified_at FROM memos m LEFT JOIN coders c ON c.id = m.author_id LEFT "
                                "JOIN sources s ON s.id = m.source_id "
                                "LEFT JOIN cases k ON k.id = m.case_id ";

MemoRow readMemo(const Statement& s) {
    return {s.getInt(0),  s.getText(1), s.getText(2), s.getText(3), s.getText(4),
            s.getText(5), s.getText(6), s.getText(7), s.getText(8)};
}
} // namespace

MemoRow addMemo(ProjectFile& project, Transaction& txn, const NewMemo& memo) {
    if (memo.text.empty() && memo.title.empty()) throw InvalidInput("a memo needs a title or some text");
    auto& db = txn.db();
    const auto guid = newGuid();
    const auto now = utcNowIso();
    db.prepare("INSERT INTO memos(guid, title, text, author_id, source_id, case_id, created_at, modified_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, guid)
        .bind(2, memo.title)
        .bind(3, memo.text)
        .bind(4, project.coderId(txn))
        .bind(5, memo.sourceId)
        .bind(6, memo.caseId)
        .bind(7, now)
        .bind(8, now)
        .run();
    const auto id = db.lastInsertRowid();
    auto stmt = db.prepare(std::string(kSelect) + "WHERE m.id = ?");
    stmt.bind(1, id);
    stmt.step();
    auto row = readMemo(stmt);
    logOp(project, txn,
          {"add-memo",
           "memo",
           guid,
           nullptr,
           {{"title", row.title}, {"text", row.text}, {"source", row.sourceGuid}, {"case", row.caseGuid}}});
    return row;
}

std::vector<MemoRow> listMemos(Database& db) {
    auto stmt = db.prepare(std::string(kSelect) + "ORDER BY m.created_at, m.id");
    std::vector<MemoRow> rows;
    while (stmt.step())
        rows.push_back(readMemo(stmt));
    return rows;
}

} // namespace cairn::store
