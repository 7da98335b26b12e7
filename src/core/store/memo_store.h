#pragma once
// memos: notes by a coder on a source, a case, or free-standing (the project journal).

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
    std::string createdAt;
    std::string modifiedAt;
};

struct NewMemo {
    std::string title;
    std::string text;
    std::optional<std::int64_t> sourceId;
    std::optional<std::int64_t> caseId;
};

MemoRow addMemo(ProjectFile& project, Transaction& txn, const NewMemo& memo);
std::vector<MemoRow> listMemos(Database& db);

} // namespace cairn::store
