#include "store/code_store.h"

#include "common/clock.h"
#include "common/error.h"
#include "common/guid.h"
#include "store/ops_log.h"
#include "store/project_file.h"
#include "store/sqlite.h"

#include <algorithm>

namespace cairn::store {

namespace {

constexpr const char* kSelect = "SELECT id, guid, parent_id, name, IFNULL(color, ''), definition, inclusion, "
                                "exclusion, example, codable, position, IFNULL(codebook, ''), created_at, "
                                "modified_at FROM codes ";

CodeRow readCode(const Statement& s) {
    CodeRow row;
    row.id = s.getInt(0);
    row.guid = s.getText(1);
    row.parentId = s.getOptionalInt(2);
    row.name = s.getText(3);
    row.color = s.getText(4);
    row.definition = s.getText(5);
    row.inclusion = s.getText(6);
    row.exclusion = s.getText(7);
    row.example = s.getText(8);
    row.codable = s.getInt(9) != 0;
    row.position = s.getInt(10);
    row.codebook = s.getText(11);
    row.createdAt = s.getText(12);
    row.modifiedAt = s.getText(13);
    return row;
}

nlohmann::json describe(const CodeRow& code) {
    return {{"name", code.name},
            {"parent", code.parentId ? nlohmann::json(*code.parentId) : nlohmann::json()},
            {"color", code.color},
            {"definition", code.definition},
            {"inclusion", code.inclusion},
            {"exclusion", code.exclusion},
            {"example", code.example},
            {"codable", code.codable},
            {"position", code.position}};
}

CodeRow codeById(Database& db, std::int64_t id) {
    auto stmt = db.prepare(std::string(kSelect) + "WHERE id = ?");
    stmt.bind(1, id);
    if (!stmt.step()) throw NotFound("no code with id " + std::to_string(id));
    return readCode(stmt);
}

void requireFreeName(Database& db, std::optional<std::int64_t> parentId, const std::string& name,
                     std::int64_t exceptId) {
    auto stmt = db.prepare("SELECT id FROM codes WHERE IFNULL(parent_id, 0) = ? AND name = ? AND id != ?");
    stmt.bind(1, parentId.value_or(0)).bind(2, name).bind(3, exceptId);
    if (stmt.step())
        throw DuplicateInput("there is already a code named \"" + name + "\" " +
                             (parentId ? "under that parent" : "at the top level"));
}

// Positions 0, 1, 2… in the current order, with `moving` (if given) inserted at `at`.
void renumberSiblings(Database& db, std::optional<std::int64_t> parentId, std::optional<std::int64_t> moving,
                      std::optional<std::int64_t> at) {
    auto stmt =
        db.prepare("SELECT id FROM codes WHERE IFNULL(parent_id, 0) = ? AND id != ? ORDER BY position, id");
    stmt.bind(1, parentId.value_or(0)).bind(2, moving.value_or(0));
    std::vector<std::int64_t> ids;
    while (stmt.step())
        ids.push_back(stmt.getInt(0));
    if (moving) {
        const auto index = std::clamp<std::int64_t>(at.value_or(static_cast<std::int64_t>(ids.size())), 0,
                                                    static_cast<std::int64_t>(ids.size()));
        ids.insert(ids.begin() + index, *moving);
    }
    auto update = db.prepare("UPDATE codes SET position = ? WHERE id = ? AND position != ?");
    for (std::size_t i = 0; i < ids.size(); ++i) {
        update.bind(1, static_cast<std::int64_t>(i))
            .bind(2, ids[i])
            .bind(3, static_cast<std::int64_t>(i))
            .run();
        update.reset();
    }
}

} // namespace

std::vector<CodeRow> listCodes(Database& db) {
    // Depth-first, so parents come before their children and siblings keep their order.
    auto stmt =
        db.prepare("WITH RECURSIVE tree(id, sort) AS ("
                   " SELECT id, printf('%010d', position) FROM codes WHERE parent_id IS NULL"
                   " UNION ALL SELECT c.id, tree.sort || '/' || printf('%010d', c.position)"
                   " FROM codes c JOIN tree ON c.parent_id = tree.id) "
                   "SELECT c.id, c.guid, c.parent_id, c.name, IFNULL(c.color, ''), c.definition, "
                   "c.inclusion, c.exclusion, c.example, c.codable, c.position, IFNULL(c.codebook, ''), "
                   "c.created_at, c.modified_at FROM tree JOIN codes c ON c.id = tree.id ORDER BY tree.sort");
    std::vector<CodeRow> rows;
    while (stmt.step())
        rows.push_back(readCode(stmt));
    return rows;
}

std::optional<CodeRow> findCodeByGuid(Database& db, const std::string& guid) {
    auto stmt = db.prepare(std::string(kSelect) + "WHERE guid = ?");
    stmt.bind(1, guid);
    if (!stmt.step()) return std::nullopt;
    return readCode(stmt);
}

CodeRow insertCode(ProjectFile& project, Transaction& txn, const NewCode& code) {
    auto& db = txn.db();
    if (code.name.empty()) throw InvalidInput("a code needs a name");
    requireFreeName(db, code.parentId, code.name, 0);
    const auto guid = code.guid.empty() ? newGuid() : code.guid;
    if (findCodeByGuid(db, guid)) throw DuplicateInput("a code with GUID " + guid + " already exists");
    auto next = db.prepare("SELECT IFNULL(MAX(position) + 1, 0) FROM codes WHERE IFNULL(parent_id, 0) = ?");
    next.bind(1, code.parentId.value_or(0));
    next.step();
    const auto position = next.getInt(0);
    const auto now = utcNowIso();
    db.prepare("INSERT INTO codes(guid, parent_id, name, color, definition, inclusion, exclusion, example, "
               "codable, position, codebook, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
               "?, ?, ?)")
        .bind(1, guid)
        .bind(2, code.parentId)
        .bind(3, code.name)
        .bind(4, code.color.empty() ? std::optional<std::string>() : code.color)
        .bind(5, code.definition)
        .bind(6, code.inclusion)
        .bind(7, code.exclusion)
        .bind(8, code.example)
        .bind(9, code.codable ? 1 : 0)
        .bind(10, position)
        .bind(11, code.codebook.empty() ? std::optional<std::string>() : code.codebook)
        .bind(12, now)
        .bind(13, now)
        .run();
    auto row = codeById(db, db.lastInsertRowid());
    logOp(project, txn, {"add-code", "code", guid, nullptr, describe(row)});
    return row;
}

void updateCode(ProjectFile& project, Transaction& txn, const CodeRow& code) {
    auto& db = txn.db();
    const auto before = codeById(db, code.id);
    if (code.name.empty()) throw InvalidInput("a code needs a name");
    if (code.name != before.name) requireFreeName(db, before.parentId, code.name, code.id);
    db.prepare(
          "UPDATE codes SET name = ?, color = ?, definition = ?, inclusion = ?, exclusion = ?, example = ?, "
          "codable = ?, modified_at = ? WHERE id = ?")
        .bind(1, code.name)
        .bind(2, code.color.empty() ? std::optional<std::string>() : code.color)
        .bind(3, code.definition)
        .bind(4, code.inclusion)
        .bind(5, code.exclusion)
        .bind(6, code.example)
        .bind(7, code.codable ? 1 : 0)
        .bind(8, utcNowIso())
        .bind(9, code.id)
        .run();
    logOp(project, txn,
          {"update-code", "code", before.guid, describe(before), describe(codeById(db, code.id))});
}

void placeCode(ProjectFile& project, Transaction& txn, std::int64_t codeId,
               std::optional<std::int64_t> parentId, std::optional<std::int64_t> position) {
    auto& db = txn.db();
    const auto before = codeById(db, codeId);
    if (parentId) {
        // A code cannot move into its own subtree: walk up from the new parent.
        auto up =
            db.prepare("WITH RECURSIVE chain(id) AS (SELECT ? UNION ALL SELECT c.parent_id FROM codes c "
                       "JOIN chain ON c.id = chain.id WHERE c.parent_id IS NOT NULL) "
                       "SELECT 1 FROM chain WHERE id = ?");
        up.bind(1, *parentId).bind(2, codeId);
        if (up.step())
            throw InvalidInput("\"" + before.name + "\" cannot move under itself or its own sub-code");
        codeById(db, *parentId);
    }
    requireFreeName(db, parentId, before.name, codeId);
    db.prepare("UPDATE codes SET parent_id = ?, modified_at = ? WHERE id = ?")
        .bind(1, parentId)
        .bind(2, utcNowIso())
        .bind(3, codeId)
        .run();
    if (before.parentId != parentId) renumberSiblings(db, before.parentId, std::nullopt, std::nullopt);
    renumberSiblings(db, parentId, codeId, position);
    logOp(project, txn, {"move-code", "code", before.guid, describe(before), describe(codeById(db, codeId))});
}

std::int64_t deleteCode(ProjectFile& project, Transaction& txn, std::int64_t codeId) {
    auto& db = txn.db();
    const auto before = codeById(db, codeId);
    auto count =
        db.prepare("WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT c.id FROM codes c JOIN sub ON "
                   "c.parent_id = sub.id) SELECT COUNT(*) FROM codings WHERE code_id IN (SELECT id FROM "
                   "sub)");
    count.bind(1, codeId);
    count.step();
    const auto codings = count.getInt(0);
    db.prepare("DELETE FROM codes WHERE id = ?").bind(1, codeId).run();
    renumberSiblings(db, before.parentId, std::nullopt, std::nullopt);
    auto described = describe(before);
    described["codings"] = codings;
    logOp(project, txn, {"delete-code", "code", before.guid, described, nullptr});
    return codings;
}

std::map<std::int64_t, std::int64_t> codingCountsByCode(Database& db) {
    auto stmt = db.prepare("SELECT code_id, COUNT(*) FROM codings GROUP BY code_id");
    std::map<std::int64_t, std::int64_t> counts;
    while (stmt.step())
        counts[stmt.getInt(0)] = stmt.getInt(1);
    return counts;
}

} // namespace cairn::store
