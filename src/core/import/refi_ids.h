#pragma once
// Identities in a REFI-QDA file, made fit for Cairn. The schema wants every id to be a GUID and each
// GUID to name one thing, but real files write "c001", wrap GUIDs in braces, change their case between
// definition and reference, or reuse a case's GUID for a code. Merging an import back into a project
// depends on ids, so they are changed only when they must be, always the same way within one file
// (every reference to "c001" finds the GUID that replaced it), and each change is reported.
//
// Reading is two passes over the XML: the first defines every element that carries an id (so a
// reference may come before its target, as a Case's SourceRef does), the second reads the content and
// resolves references by kind, so a CodeRef finds the code even when a case had the same GUID.
// Internal to import/.

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cairn::import::refi {

enum class IdKind { User, Code, Variable, Source, Selection, Coding, Note, Case, Count };

class IdRegistry {
public:
    /// Lower-case 8-4-4-4-12 form of a GUID with or without braces and surrounding space; nullopt when
    /// `raw` is not a GUID.
    static std::optional<std::string> normalizeGuid(std::string_view raw);

    /// Registers the element identified by `nodeKey` (its pugixml hash) as a `kind` with id `rawId`,
    /// named `label` in messages. It keeps its id (normalised) unless the id is not a GUID or another
    /// element already has it; then it gets a new GUID and the change is reported by repairLines().
    /// Returns the id it carries in the model. References to `rawId` of this kind find the first
    /// element defined with it.
    std::string define(IdKind kind, std::size_t nodeKey, std::string_view rawId, std::string_view label);

    /// The id given to a defined element; empty when it was never defined.
    std::string idOf(std::size_t nodeKey) const;

    /// The model id of the `kind` element that `rawId` refers to; nullopt when no such element.
    std::optional<std::string> find(IdKind kind, std::string_view rawId) const;

    /// One line per kind of change made by define(), for RefiProject::repairs.
    std::vector<std::string> repairLines() const;

private:
    static std::string key(std::string_view rawId);

    std::array<std::map<std::string, std::string>, static_cast<std::size_t>(IdKind::Count)> m_byRawId;
    std::unordered_map<std::size_t, std::string> m_byNode;
    std::map<std::string, IdKind> m_used;
    std::array<std::vector<std::string>, static_cast<std::size_t>(IdKind::Count)> m_notGuids;
    std::vector<std::string> m_collisions;
};

} // namespace cairn::import::refi
