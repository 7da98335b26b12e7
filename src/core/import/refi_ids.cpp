// Ids are changed only when they must be (not a GUID, or already taken) and reported in summary: a
// file of 10,000 selections named "sel1"… gets one line, not 10,000.

#include "import/refi_ids.h"

#include "common/guid.h"
#include "import/refi_xml.h"
#include "text/normalize.h"
#include "text/utf.h"

namespace cairn::import::refi {

namespace {

constexpr std::array<const char*, static_cast<std::size_t>(IdKind::Count)> kSingular{
    "user", "code", "variable", "source", "selection", "coding", "note", "case"};
constexpr std::array<const char*, static_cast<std::size_t>(IdKind::Count)> kPlural{
    "users", "codes", "variables", "sources", "selections", "codings", "notes", "cases"};

std::size_t index(IdKind kind) {
    return static_cast<std::size_t>(kind);
}

} // namespace

std::optional<std::string> IdRegistry::normalizeGuid(std::string_view raw) {
    raw = text::trim(raw);
    if (!isGuid(raw)) return std::nullopt;
    if (raw.front() == '{') raw = raw.substr(1, raw.size() - 2);
    std::string out(raw);
    for (auto& c : out)
        if (c >= 'A' && c <= 'F') c = static_cast<char>(c + 32);
    return out;
}

std::string IdRegistry::key(std::string_view rawId) {
    if (auto guid = normalizeGuid(rawId)) return *guid;
    return std::string(text::trim(rawId));
}

std::string IdRegistry::define(IdKind kind, std::size_t nodeKey, std::string_view rawId,
                               std::string_view label) {
    const auto guid = normalizeGuid(rawId);
    std::string id;
    if (!guid) {
        id = newGuid();
        const auto shown = text::trim(rawId);
        m_notGuids[index(kind)].push_back(text::isValidUtf8(shown) ? std::string(shown) : "(not UTF-8)");
    } else if (const auto previous = m_used.find(*guid); previous != m_used.end()) {
        id = newGuid();
        const auto name = text::trim(label);
        const auto who = name.empty() ? std::string("a ") + kSingular[index(kind)]
                                      : std::string(kSingular[index(kind)]) + " " +
                                            quoted(text::isValidUtf8(name) ? name : "(not UTF-8)");
        m_collisions.push_back(who + " had the GUID of " + (previous->second == kind ? "another " : "a ") +
                               kSingular[index(previous->second)] + "; it was given a new GUID");
    } else {
        id = *guid;
    }
    m_used.emplace(id, kind);
    // The first definition keeps the references; an element without an id cannot be referred to.
    if (!text::trim(rawId).empty()) m_byRawId[index(kind)].emplace(key(rawId), id);
    m_byNode[nodeKey] = id;
    return id;
}

std::string IdRegistry::idOf(std::size_t nodeKey) const {
    const auto it = m_byNode.find(nodeKey);
    return it == m_byNode.end() ? std::string() : it->second;
}

std::optional<std::string> IdRegistry::find(IdKind kind, std::string_view rawId) const {
    const auto& ids = m_byRawId[index(kind)];
    const auto it = ids.find(key(rawId));
    if (it == ids.end()) return std::nullopt;
    return it->second;
}

std::vector<std::string> IdRegistry::repairLines() const {
    std::vector<std::string> lines;
    for (std::size_t k = 0; k < m_notGuids.size(); ++k) {
        const auto& ids = m_notGuids[k];
        if (ids.empty()) continue;
        const bool one = ids.size() == 1;
        lines.push_back(std::to_string(ids.size()) + " " + (one ? kSingular[k] : kPlural[k]) +
                        (one ? " had an id that is not a GUID (" : " had ids that are not GUIDs (") +
                        listSome(ids) +
                        (one ? "); it was given a new GUID and its references were updated"
                             : "); they were given new GUIDs and their references were updated"));
    }
    lines.insert(lines.end(), m_collisions.begin(), m_collisions.end());
    return lines;
}

} // namespace cairn::import::refi
