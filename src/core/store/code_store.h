#pragma once
// codes: the codebook tree (migration 003 has the design note). These are the rows and the single-row
// changes; the tree logic (paths, merge, moving a subtree) lives in coding/, which calls these inside
// one store::Edit so each user action is one undo step. Every change logs an op.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cairn::store {

class Database;
class ProjectFile;
class Transaction;

struct CodeRow {
    std::int64_t id = 0;
    std::string guid;
    std::optional<std::int64_t> parentId;
    std::string name;
    std::string color; // "#RRGGBB" or empty
    std::string definition;
    std::string inclusion;
    std::string exclusion;
    std::string example;
    bool codable = true;
    std::int64_t position = 0;
    std::string codebook; // the shipped codebook it came from, or empty
    std::string createdAt;
    std::string modifiedAt;
};

struct NewCode {
    std::string guid; // empty: a new random GUID
    std::optional<std::int64_t> parentId;
    std::string name;
    std::string color;
    std::string definition;
    std::string inclusion;
    std::string exclusion;
    std::string example;
    bool codable = true;
    std::string codebook;
};

/// Every code, parents before children, siblings in position order.
std::vector<CodeRow> listCodes(Database& db);
std::optional<CodeRow> findCodeByGuid(Database& db, const std::string& guid);
/// Appends a code after its last sibling. Throws DuplicateInput when a sibling has the name.
CodeRow insertCode(ProjectFile& project, Transaction& txn, const NewCode& code);
/// Writes every field of `code` (found by id) except position, parent and dates, and logs the
/// before and after values.
void updateCode(ProjectFile& project, Transaction& txn, const CodeRow& code);
/// Moves a code under `parentId` (nullopt: top level) at `position` among its new siblings (clamped;
/// nullopt: last). Renumbers the siblings left and joined. Throws DuplicateInput on a name clash.
void placeCode(ProjectFile& project, Transaction& txn, std::int64_t codeId,
               std::optional<std::int64_t> parentId, std::optional<std::int64_t> position);
/// Deletes a code, its sub-codes, their codings and memos. Returns the number of codings deleted.
std::int64_t deleteCode(ProjectFile& project, Transaction& txn, std::int64_t codeId);

/// Codings per code id (not counting sub-codes), for every code that has any.
std::map<std::int64_t, std::int64_t> codingCountsByCode(Database& db);

} // namespace cairn::store
