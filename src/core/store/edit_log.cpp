// The session extension is the reason this file includes sqlite3.h next to sqlite.cpp: recording and
// applying changesets needs the raw connection, and nothing outside store/ ever sees it.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include "store/edit_log.h"

#include "common/clock.h"
#include "common/error.h"
#include "store/ops_log.h"
#include "store/project_file.h"

#include <array>
#include <cstring>
#include <sqlite3.h>
#include <zlib.h>

namespace cairn::store {

namespace {

// A compressed changeset starts with its raw size (8 bytes, little-endian) so inflate needs no guess.
std::string compress(const void* data, int size) {
    uLongf bound = compressBound(static_cast<uLong>(size));
    std::string out(8 + bound, '\0');
    for (int i = 0; i < 8; ++i)
        out[i] = static_cast<char>((static_cast<std::uint64_t>(size) >> (8 * i)) & 0xFF);
    if (::compress2(reinterpret_cast<Bytef*>(out.data() + 8), &bound, static_cast<const Bytef*>(data),
                    static_cast<uLong>(size), Z_BEST_SPEED) != Z_OK)
        throw Io("could not compress the undo record");
    out.resize(8 + bound);
    return out;
}

std::string decompress(std::string_view blob) {
    if (blob.size() < 8) throw Corrupt("an undo record in the project is damaged (too short)");
    std::uint64_t size = 0;
    for (int i = 0; i < 8; ++i)
        size |= static_cast<std::uint64_t>(static_cast<unsigned char>(blob[i])) << (8 * i);
    if (size > (std::uint64_t{1} << 34)) throw Corrupt("an undo record in the project is damaged (size)");
    std::string out(size, '\0');
    uLongf outSize = static_cast<uLongf>(size);
    if (::uncompress(reinterpret_cast<Bytef*>(out.data()), &outSize,
                     reinterpret_cast<const Bytef*>(blob.data() + 8),
                     static_cast<uLong>(blob.size() - 8)) != Z_OK ||
        outSize != size)
        throw Corrupt("an undo record in the project is damaged (it does not decompress)");
    return out;
}

int filterTable(void*, const char* table) {
    return isRecordedTable(table) ? 1 : 0;
}

struct ApplyState {
    int unexpected = 0;
    std::string table;
};

// True when the row already holds every value the update would write.
bool updateAlreadyMade(sqlite3_changeset_iter* iter, int columns) {
    for (int i = 0; i < columns; ++i) {
        sqlite3_value* wanted = nullptr;
        sqlite3_value* current = nullptr;
        if (sqlite3changeset_new(iter, i, &wanted) != SQLITE_OK || !wanted) continue; // column not updated
        if (sqlite3changeset_conflict(iter, i, &current) != SQLITE_OK || !current) return false;
        if (sqlite3_value_type(wanted) != sqlite3_value_type(current)) return false;
        const int bytes = sqlite3_value_bytes(wanted);
        if (bytes != sqlite3_value_bytes(current)) return false;
        switch (sqlite3_value_type(wanted)) {
        case SQLITE_INTEGER:
            if (sqlite3_value_int64(wanted) != sqlite3_value_int64(current)) return false;
            break;
        case SQLITE_FLOAT:
            if (sqlite3_value_double(wanted) != sqlite3_value_double(current)) return false;
            break;
        case SQLITE_NULL:
            break;
        default:
            if (bytes > 0 && std::memcmp(sqlite3_value_blob(wanted), sqlite3_value_blob(current), bytes) != 0)
                return false;
        }
    }
    return true;
}

// Undo and redo run on a linear history, so every row is as the edit left it. Two differences are
// expected and harmless, both from foreign-key actions that replaying a change repeats: a row that
// ON DELETE CASCADE already removed (a code's codings, a source's passages) is not found again, and an
// update that ON DELETE SET NULL already made is found made. Anything else means the data changed
// outside Cairn, and the whole apply is abandoned.
int onConflict(void* context, int conflict, sqlite3_changeset_iter* iter) {
    auto* state = static_cast<ApplyState*>(context);
    const char* table = nullptr;
    int columns = 0;
    int op = 0;
    int indirect = 0;
    sqlite3changeset_op(iter, &table, &columns, &op, &indirect);
    if (conflict == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE) return SQLITE_CHANGESET_OMIT;
    // ON DELETE SET NULL may already have made an update the changeset repeats (a speaker's case).
    if (conflict == SQLITE_CHANGESET_DATA && op == SQLITE_UPDATE && updateAlreadyMade(iter, columns))
        return SQLITE_CHANGESET_OMIT;
    ++state->unexpected;
    if (table && state->table.empty()) state->table = table;
    return SQLITE_CHANGESET_ABORT;
}

EditRow readEdit(Statement& s) {
    return {s.getInt(0), s.getText(1), s.getText(2), s.getText(3), s.getText(4)};
}

constexpr const char* kSelectEdit = "SELECT e.id, e.label, e.at, IFNULL(c.name, ''), e.state FROM edits e "
                                    "LEFT JOIN coders c ON c.id = e.coder_id ";

std::optional<EditRow> findEdit(Database& db, const char* where) {
    auto stmt = db.prepare(std::string(kSelectEdit) + where);
    if (!stmt.step()) return std::nullopt;
    return readEdit(stmt);
}

void applyEdit(ProjectFile& project, Transaction& txn, const EditRow& edit, bool invert) {
    auto& db = txn.db();
    auto stmt = db.prepare("SELECT changeset FROM edits WHERE id = ?");
    stmt.bind(1, edit.id);
    if (!stmt.step()) throw NotFound("edit " + std::to_string(edit.id) + " is not in the history");
    auto changeset = decompress(stmt.getBlobView(0));
    ApplyState state;
    const int rc = sqlite3changeset_apply_v2(db.handle(), static_cast<int>(changeset.size()),
                                             changeset.data(), nullptr, onConflict, &state, nullptr, nullptr,
                                             invert ? SQLITE_CHANGESETAPPLY_INVERT : 0);
    if (state.unexpected > 0 || rc == SQLITE_ABORT)
        throw Corrupt("cannot " + std::string(invert ? "undo" : "redo") + " \"" + edit.label + "\": the " +
                      (state.table.empty() ? std::string("data") : "table " + state.table) +
                      " no longer matches the history (was the file changed outside Cairn?). Nothing was "
                      "changed.");
    if (rc != SQLITE_OK) db.fail(rc, invert ? "undoing an edit" : "redoing an edit");
    db.prepare("UPDATE edits SET state = ? WHERE id = ?")
        .bind(1, invert ? "undone" : "done")
        .bind(2, edit.id)
        .run();
    logOp(project, txn,
          {invert ? "undo" : "redo", "edit", "", nullptr, {{"edit", edit.id}, {"label", edit.label}}});
}

} // namespace

bool isRecordedTable(std::string_view table) {
    // search_outbox is derived like the FTS tables: undoing an edit fires its triggers again.
    // privacy_log is an audit trail: undo must not erase the record of what was exported.
    static constexpr std::array<std::string_view, 7> kNotRecorded{
        "ops", "edits", "coders", "project_meta", "sqlite_sequence", "search_outbox", "privacy_log"};
    for (const auto name : kNotRecorded)
        if (table == name) return false;
    if (table.starts_with("sqlite_")) return false;
    return table.find("_fts") == std::string_view::npos;
}

Edit::Edit(ProjectFile& project, std::string label)
    : m_project(project), m_txn(project.db()), m_label(std::move(label)) {
    auto& db = m_txn.db();
    m_firstSeq = db.queryInt("SELECT IFNULL(MAX(seq), 0) + 1 FROM ops");
    int rc = sqlite3session_create(db.handle(), "main", &m_session);
    if (rc != SQLITE_OK) db.fail(rc, "starting to record an edit");
    sqlite3session_table_filter(m_session, filterTable, nullptr);
    rc = sqlite3session_attach(m_session, nullptr);
    if (rc != SQLITE_OK) db.fail(rc, "starting to record an edit");
}

Edit::~Edit() {
    if (m_session) sqlite3session_delete(m_session);
}

void Edit::commit() {
    auto& db = m_txn.db();
    int size = 0;
    void* data = nullptr;
    const int rc = sqlite3session_changeset(m_session, &size, &data);
    if (rc != SQLITE_OK) db.fail(rc, "recording an edit");
    sqlite3session_delete(m_session);
    m_session = nullptr;
    if (size > 0) {
        std::string blob;
        try {
            blob = compress(data, size);
        } catch (...) {
            sqlite3_free(data);
            throw;
        }
        sqlite3_free(data);
        const auto lastSeq = db.queryInt("SELECT IFNULL(MAX(seq), 0) FROM ops");
        db.exec("DELETE FROM edits WHERE state = 'undone'");
        db.prepare("INSERT INTO edits(label, at, coder_id, first_seq, last_seq, state, changeset) VALUES (?, "
                   "?, ?, "
                   "?, ?, 'done', ?)")
            .bind(1, m_label)
            .bind(2, utcNowIso())
            .bind(3, m_project.coderId(m_txn))
            .bind(4, m_firstSeq)
            .bind(5, std::max(lastSeq, m_firstSeq - 1))
            .bindBlob(6, blob)
            .run();
    } else {
        sqlite3_free(data);
    }
    m_txn.commit();
}

std::optional<EditRow> nextUndo(Database& db) {
    return findEdit(db, "WHERE e.state = 'done' ORDER BY e.id DESC LIMIT 1");
}

std::optional<EditRow> nextRedo(Database& db) {
    return findEdit(db, "WHERE e.state = 'undone' ORDER BY e.id ASC LIMIT 1");
}

std::vector<EditRow> undoHistory(Database& db, std::int64_t limit) {
    auto stmt = db.prepare(std::string(kSelectEdit) + "ORDER BY e.id DESC LIMIT ?");
    stmt.bind(1, limit);
    std::vector<EditRow> rows;
    while (stmt.step())
        rows.push_back(readEdit(stmt));
    return rows;
}

std::optional<EditRow> undoLastEdit(ProjectFile& project) {
    Transaction txn(project.db());
    auto edit = nextUndo(project.db());
    if (!edit) return std::nullopt;
    applyEdit(project, txn, *edit, true);
    txn.commit();
    edit->state = "undone";
    return edit;
}

std::optional<EditRow> redoNextEdit(ProjectFile& project) {
    Transaction txn(project.db());
    auto edit = nextRedo(project.db());
    if (!edit) return std::nullopt;
    applyEdit(project, txn, *edit, false);
    txn.commit();
    edit->state = "done";
    return edit;
}

} // namespace cairn::store
