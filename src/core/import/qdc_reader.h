#pragma once
// Reading a REFI-QDA codebook (.qdc): the code tree that QDA tools exchange without any data.
//
// Lenient, because codebooks from real tools often do not validate: a BOM before "<?xml", namespace
// urn:QDA-XML:codebook:1.0, :0:4 or none, "CodeBook" or "Codebook", empty <Codes/> or <Sets/>, ids
// like "c001", GUIDs in braces, two sibling codes of one name, a missing isCodable, colours in any
// case. What had to change is listed in RefiCodebook::repairs; what was dropped (code sets) in
// RefiCodebook::problems.

#include "import/refi_project.h"

#include <string_view>

namespace cairn::import {

/// Reads the codebook in `xmlBytes` (the whole .qdc file). Every code gets a lower-case GUID: its own
/// (braces removed) unless that is not a GUID or another code has it, when a new one is minted and a
/// line added to `repairs`. Names and descriptions are NFC with LF line ends; colours "#RRGGBB".
/// Also accepts a project (.qde) document and reads its CodeBook. Throws InvalidInput when the XML
/// is not well-formed (naming line and column), is not a codebook, holds no code, or holds text that
/// is not UTF-8.
RefiCodebook readQdc(std::string_view xmlBytes);

} // namespace cairn::import
