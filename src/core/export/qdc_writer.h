#pragma once
// Writing a REFI-QDA codebook (.qdc): the code tree alone, for sharing a codebook between projects
// and tools. What is written validates against the published Codebook.xsd (namespace
// urn:QDA-XML:codebook:1.0), since a file that does not is refused by the stricter importers.

#include "import/refi_project.h"

#include <string>

namespace cairn::exporting {

/// The codebook as a .qdc document: UTF-8 without a BOM, root CodeBook (with `origin` when set),
/// Codes holding a Code (guid, name, isCodable, color as "#RRGGBB") per code with its Description and
/// its children nested. A colour that is not one is left out; characters XML cannot hold are replaced
/// with U+FFFD. Code memos (noteGuids) are not written: a codebook has no notes.
/// Throws InvalidInput ("the codebook has no codes") when there is no code, since the schema needs
/// one, and when a code's id is not a GUID or is shared by two codes.
std::string writeQdc(const import::RefiCodebook& codebook);

} // namespace cairn::exporting
