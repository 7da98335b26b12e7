#pragma once
// Writes the operations log. Every mutation of a project calls logOp inside the transaction that
// makes the change, so the log and the data can never disagree: either both are saved or neither.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::store {

class ProjectFile;
class Transaction;

struct OpRecord {
    std::string_view op;     // verb: "import", "set-attribute", "set-consent", "add-memo", …
    std::string_view entity; // "source", "case", "attribute", "memo", …
    std::string_view entityGuid;
    nlohmann::json before; // null when the entity did not exist
    nlohmann::json after;  // null when the entity was deleted
};

/// Appends one record; returns its sequence number.
std::int64_t logOp(ProjectFile& project, Transaction& txn, const OpRecord& record);

struct OpRow {
    std::int64_t seq;
    std::string at;
    std::string coder;
    std::string op;
    std::string entity;
    std::string entityGuid;
    std::string before;
    std::string after;
};

/// The newest `limit` operations, newest first.
std::vector<OpRow> recentOps(ProjectFile& project, std::int64_t limit);

} // namespace cairn::store
