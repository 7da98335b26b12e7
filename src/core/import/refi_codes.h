#pragma once
// Reading the Code tree, which a .qdc codebook and a .qdpx project's CodeBook share. Both readers are
// lenient in the same ways: a missing isCodable means codable (every tool's default), a colour in any
// case or in three digits becomes "#RRGGBB", a colour that is not one is dropped, a code without a name
// is named, and a second code of the same name under the same parent (which Cairn's code tree cannot
// hold) is renamed "Name (2)". Each change is a line in `repairs`.
// Internal to import/.

#include "import/refi_ids.h"
#include "import/refi_project.h"

#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::import::refi {

/// "#RRGGBB" (upper case) for "#rrggbb", "#rgb" or the same without "#"; nullopt for anything else.
std::optional<std::string> normalizeColor(std::string_view raw);

/// Registers every Code element under `codes` (a Codes element), at any depth, with `ids`.
void defineCodes(const pugi::xml_node& codes, IdRegistry& ids, std::string_view what);

/// The code tree under `codes`, with the ids defineCodes gave. NoteRefs are resolved through `ids`
/// (Note kind); one that names no note is a line in `problems`. Throws InvalidInput naming `what`
/// when a name or description is not UTF-8.
std::vector<RefiCode> readCodes(const pugi::xml_node& codes, const IdRegistry& ids,
                                std::vector<std::string>& repairs, std::vector<std::string>& problems,
                                std::string_view what);

} // namespace cairn::import::refi
