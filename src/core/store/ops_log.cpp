#include "store/ops_log.h"

#include "common/clock.h"
#include "store/project_file.h"

namespace cairn::store {

std::int64_t logOp(ProjectFile& project, Transaction& txn, const OpRecord& record) {
    const auto coder = project.coderId(txn);
    auto& db = txn.db();
    // seq is the rowid: max + 1 under the write lock, so the sequence has no gaps.
    db.prepare("INSERT INTO ops(at, coder_id, op, entity, entity_guid, before, after) VALUES (?, ?, ?, ?, ?, "
               "?, ?)")
        .bind(1, utcNowIso())
        .bind(2, coder)
        .bind(3, record.op)
        .bind(4, record.entity)
        .bind(5, record.entityGuid)
        .bind(6, record.before.is_null() ? std::optional<std::string>() : record.before.dump())
        .bind(7, record.after.is_null() ? std::optional<std::string>() : record.after.dump())
        .run();
    return db.lastInsertRowid();
}

std::vector<OpRow> recentOps(ProjectFile& project, std::int64_t limit) {
    auto stmt = project.db().prepare("SELECT o.seq, o.at, IFNULL(c.name, ''), o.op, o.entity, "
                                     "IFNULL(o.entity_guid, ''), IFNULL(o.before, ''),"
                                     " IFNULL(o.after, '') FROM ops o LEFT JOIN coders c ON c.id = "
                                     "o.coder_id ORDER BY o.seq DESC LIMIT ?");
    stmt.bind(1, limit);
    std::vector<OpRow> rows;
    while (stmt.step())
        rows.push_back({stmt.getInt(0), stmt.getText(1), stmt.getText(2), stmt.getText(3), stmt.getText(4),
                        stmt.getText(5), stmt.getText(6), stmt.getText(7)});
    return rows;
}

} // namespace cairn::store
