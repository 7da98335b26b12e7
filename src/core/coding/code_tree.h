#pragma once
// The codebook as a tree in memory, built from store::listCodes: path lookup both ways, sub-trees,
// and per-code counts that include sub-codes. Cheap to rebuild (a few thousand codes at most), so
// callers build one per operation instead of keeping it in step with the store.

#include "store/code_store.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace cairn::store {
class Database;
}

namespace cairn::coding {

class CodeTree {
public:
    explicit CodeTree(std::vector<store::CodeRow> codes);
    static CodeTree load(store::Database& db);

    /// Parents before children, siblings in order.
    const std::vector<store::CodeRow>& codes() const { return m_codes; }
    const store::CodeRow& code(std::int64_t id) const;
    std::optional<std::int64_t> findPath(const std::string& path) const;
    std::optional<std::int64_t> findGuid(const std::string& guid) const;
    /// The id for a path or a GUID; throws NotFound naming the closest paths when there is none.
    std::int64_t resolve(const std::string& pathOrGuid) const;
    std::string path(std::int64_t id) const;
    std::vector<std::int64_t> children(std::optional<std::int64_t> parentId) const;
    /// The code and all codes below it.
    std::vector<std::int64_t> subtree(std::int64_t id) const;
    int depth(std::int64_t id) const;

private:
    std::vector<store::CodeRow> m_codes;
    std::unordered_map<std::int64_t, std::size_t> m_byId;
    std::unordered_map<std::string, std::int64_t> m_byPath;
    std::unordered_map<std::string, std::int64_t> m_byGuid;
    std::map<std::int64_t, std::vector<std::int64_t>> m_children; // 0: top level
};

} // namespace cairn::coding
