#pragma once
// Undo and redo of every edit, through the project file itself (migration 003 explains the table).
//
// An Edit is the one transaction of one user action ("code 14 passages with Housing", "import
// sub04.txt"). While it is open an SQLite session records every row the action changes, whichever
// function changes it, so nothing has to describe its own undo: an edit cannot be partly undoable, and
// a new table is covered without new code. On commit the changeset goes into `edits` in the same
// transaction, so the history survives restart and can never disagree with the data.

#include "store/sqlite.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3_session;

namespace cairn::store {

class ProjectFile;

class Edit {
public:
    /// Begins the transaction and starts recording. `label` is what undo will say it undid.
    Edit(ProjectFile& project, std::string label);
    ~Edit();
    Edit(const Edit&) = delete;
    Edit& operator=(const Edit&) = delete;

    Transaction& txn() { return m_txn; }
    Database& db() { return m_txn.db(); }
    void setLabel(std::string label) { m_label = std::move(label); }

    /// Stores the changeset as a new undoable edit (ending the redo stack), then commits. An edit that
    /// changed no recorded row commits without becoming an undo step.
    void commit();

private:
    ProjectFile& m_project;
    Transaction m_txn;
    std::string m_label;
    std::int64_t m_firstSeq = 0;
    sqlite3_session* m_session = nullptr;
};

struct EditRow {
    std::int64_t id = 0;
    std::string label;
    std::string at;
    std::string coder;
    std::string state; // done | undone
};

/// The edit undo would undo, and the one redo would redo.
std::optional<EditRow> nextUndo(Database& db);
std::optional<EditRow> nextRedo(Database& db);
/// The newest `limit` undoable and redoable edits, newest first.
std::vector<EditRow> undoHistory(Database& db, std::int64_t limit);

/// Undoes the newest done edit; returns it, or nullopt when there is nothing to undo.
/// Throws Corrupt when its changes no longer apply (the file was changed outside Cairn); nothing is
/// written then.
std::optional<EditRow> undoLastEdit(ProjectFile& project);
/// Redoes the edit undone most recently; nullopt when there is nothing to redo.
std::optional<EditRow> redoNextEdit(ProjectFile& project);

/// The tables an edit records: every table but the log, the coders, project metadata and the full-text
/// index's own tables. Exposed so a test can check each one has a primary key (SQLite sessions skip
/// tables without one, silently).
bool isRecordedTable(std::string_view table);

} // namespace cairn::store
