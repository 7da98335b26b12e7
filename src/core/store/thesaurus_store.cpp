#include "store/thesaurus_store.h"

#include "store/ops_log.h"
#include "store/project_file.h"
#include "store/sqlite.h"

namespace cairn::store {

namespace {

ThesaurusEntry readEntry(Statement& st) {
    return {st.getInt(0), st.getInt(1), st.getText(2), st.getText(3)};
}

} // namespace

bool hasThesaurus(Database& db) {
    return db.queryInt("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = 'thesaurus'") > 0;
}

std::vector<ThesaurusEntry> listThesaurus(Database& db) {
    std::vector<ThesaurusEntry> entries;
    if (!hasThesaurus(db)) return entries;
    auto st = db.prepare("SELECT id, ring, phrase, key FROM thesaurus ORDER BY ring, id");
    while (st.step())
        entries.push_back(readEntry(st));
    return entries;
}

std::optional<ThesaurusEntry> findThesaurusEntry(Database& db, const std::string& key) {
    auto st = db.prepare("SELECT id, ring, phrase, key FROM thesaurus WHERE key = ?");
    st.bind(1, key);
    if (!st.step()) return std::nullopt;
    return readEntry(st);
}

std::int64_t newThesaurusRing(Database& db) {
    return db.queryInt("SELECT IFNULL(MAX(ring), 0) + 1 FROM thesaurus");
}

std::int64_t addThesaurusEntry(ProjectFile& project, Transaction& txn, std::int64_t ring,
                               const std::string& phrase, const std::string& key) {
    auto& db = txn.db();
    auto st = db.prepare("INSERT INTO thesaurus(ring, phrase, key) VALUES (?, ?, ?)");
    st.bind(1, ring).bind(2, phrase).bind(3, key);
    st.run();
    const std::int64_t id = db.lastInsertRowid();
    logOp(project, txn, {"add-synonym", "thesaurus", "", nullptr, {{"ring", ring}, {"phrase", phrase}}});
    return id;
}

void mergeThesaurusRings(ProjectFile& project, Transaction& txn, std::int64_t from, std::int64_t into) {
    auto st = txn.db().prepare("UPDATE thesaurus SET ring = ? WHERE ring = ?");
    st.bind(1, into).bind(2, from);
    st.run();
    logOp(project, txn, {"merge-synonyms", "thesaurus", "", {{"ring", from}}, {{"ring", into}}});
}

void deleteThesaurusEntry(ProjectFile& project, Transaction& txn, const ThesaurusEntry& entry) {
    auto st = txn.db().prepare("DELETE FROM thesaurus WHERE id = ?");
    st.bind(1, entry.id);
    st.run();
    logOp(project, txn,
          {"remove-synonym", "thesaurus", "", {{"ring", entry.ring}, {"phrase", entry.phrase}}, nullptr});
}

} // namespace cairn::store
