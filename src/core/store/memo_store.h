#pragma once
// memos: notes by a coder on a source, a case, a code, a coding, or free-standing (the project journal).
// Title and text are searchable (memos_fts, kept in step by triggers).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cairn::store {

class Database;
class ProjectFile;
class Transaction;

struct MemoRow {
    std::int64_t id = 0;
    std::string guid;
    std::string title;
    std::string text;
    std::string author;
    std::string sourceGuid; // empty unless on a source
    std::string caseGuid;   // empty unless on a case
    std::string codeGuid;   // empty unless on a code
    std::string codingGuid; // empty unless on a coding
    std::string createdAt;
    std::string modifiedAt;
};

struct NewMemo {
    std::string title;
    std::string text;
    std::optional<std::int64_t> sourceId;
    std::optional<std::int64_t> caseId;
    std::optional<std::int64_t> codeId;
    std::optional<std::int64_t> codingId;
    std::optional<std::int64_t> authorId; // nullopt: the project's current coder
    std::string createdAt;                // empty: now (imports keep the original dates)
};

/// What a memo is about, for listing.
struct MemoFilter {
    std::optional<std::int64_t> sourceId;
    std::optional<std::int64_t> caseId;
    std::optional<std::int64_t> codeId;
    std::optional<std::int64_t> codingId;
    bool journalOnly = false; // only memos on nothing
};

MemoRow addMemo(ProjectFile& project, Transaction& txn, const NewMemo& memo);
std::vector<MemoRow> listMemos(Database& db, const MemoFilter& filter = {});
std::optional<MemoRow> findMemo(Database& db, const std::string& guid);
/// Replaces a memo's title and text; logs before and after. Throws NotFound.
MemoRow updateMemo(ProjectFile& project, Transaction& txn, const std::string& guid, const std::string& title,
                   const std::string& text);
/// Deletes a memo; logs what it said. Throws NotFound.
void deleteMemo(ProjectFile& project, Transaction& txn, const std::string& guid);

} // namespace cairn::store
