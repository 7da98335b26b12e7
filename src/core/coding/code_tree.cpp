#include "coding/code_tree.h"

#include "coding/code_path.h"
#include "common/error.h"

#include <algorithm>
#include <cctype>

namespace cairn::coding {

namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string stripBraces(const std::string& guid) {
    if (guid.size() == 38 && guid.front() == '{' && guid.back() == '}') return lower(guid.substr(1, 36));
    return lower(guid);
}

} // namespace

CodeTree::CodeTree(std::vector<store::CodeRow> codes) : m_codes(std::move(codes)) {
    for (std::size_t i = 0; i < m_codes.size(); ++i) {
        const auto& code = m_codes[i];
        m_byId[code.id] = i;
        m_byGuid[lower(code.guid)] = code.id;
        m_children[code.parentId.value_or(0)].push_back(code.id);
    }
    // listCodes gives parents first, so each parent's path exists when its children need it.
    for (const auto& code : m_codes) {
        std::string path = joinCodePath({code.name});
        if (code.parentId) path = this->path(*code.parentId) + "/" + path;
        m_byPath[path] = code.id;
    }
}

CodeTree CodeTree::load(store::Database& db) {
    return CodeTree(store::listCodes(db));
}

const store::CodeRow& CodeTree::code(std::int64_t id) const {
    const auto found = m_byId.find(id);
    if (found == m_byId.end()) throw NotFound("no code with id " + std::to_string(id));
    return m_codes[found->second];
}

std::optional<std::int64_t> CodeTree::findPath(const std::string& path) const {
    // Normalise the escaping by splitting and joining again: "a\/b" and "a\\/b"-style spellings of the
    // same names find the same code.
    const auto normal = joinCodePath(splitCodePath(path));
    if (const auto found = m_byPath.find(normal); found != m_byPath.end()) return found->second;
    // Then without regard to letter case, when that finds exactly one code.
    std::optional<std::int64_t> match;
    for (const auto& [candidate, id] : m_byPath) {
        if (lower(candidate) != lower(normal)) continue;
        if (match) return std::nullopt;
        match = id;
    }
    return match;
}

std::optional<std::int64_t> CodeTree::findGuid(const std::string& guid) const {
    const auto found = m_byGuid.find(stripBraces(guid));
    if (found == m_byGuid.end()) return std::nullopt;
    return found->second;
}

std::int64_t CodeTree::resolve(const std::string& pathOrGuid) const {
    if (const auto id = findGuid(pathOrGuid)) return *id;
    if (const auto id = findPath(pathOrGuid)) return *id;
    // Suggest codes whose last name matches, so "Housing" finds "Markers and Means/Housing".
    std::string suggestions;
    const auto wanted = lower(splitCodePath(pathOrGuid).back());
    int shown = 0;
    for (const auto& code : m_codes) {
        if (lower(code.name) != wanted || shown == 5) continue;
        suggestions += (shown++ ? ", \"" : " Did you mean \"") + path(code.id) + "\"";
    }
    if (shown) suggestions += "?";
    throw NotFound("no code \"" + pathOrGuid + "\" in the codebook." + suggestions);
}

std::string CodeTree::path(std::int64_t id) const {
    std::vector<std::string> names;
    for (std::optional<std::int64_t> at = id; at; at = code(*at).parentId)
        names.push_back(code(*at).name);
    std::reverse(names.begin(), names.end());
    return joinCodePath(names);
}

std::vector<std::int64_t> CodeTree::children(std::optional<std::int64_t> parentId) const {
    const auto found = m_children.find(parentId.value_or(0));
    return found == m_children.end() ? std::vector<std::int64_t>{} : found->second;
}

std::vector<std::int64_t> CodeTree::subtree(std::int64_t id) const {
    std::vector<std::int64_t> ids{id};
    for (std::size_t i = 0; i < ids.size(); ++i)
        for (const auto child : children(ids[i]))
            ids.push_back(child);
    return ids;
}

int CodeTree::depth(std::int64_t id) const {
    int depth = 0;
    for (auto parent = code(id).parentId; parent; parent = code(*parent).parentId)
        ++depth;
    return depth;
}

} // namespace cairn::coding
