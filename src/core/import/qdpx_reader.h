#pragma once
// Reading a REFI-QDA project (.qdpx): a ZIP holding one .qde (the project's XML) and the sources' text
// files. It is the way researchers move whole projects between NVivo, ATLAS.ti, MAXQDA and Cairn, so
// it is lenient wherever real exports stray from the standard, and says what it changed
// (RefiProject::repairs) and what it could not keep (RefiProject::problems). Selection positions are
// converted to Cairn's whatever the file counted in (refi_positions.h).

#include "import/refi_project.h"

#include <string_view>

namespace cairn::import {

/// Reads the .qdpx archive in `zipBytes`. Pure: no file outside the archive is opened.
///
/// Accepts: one .qde at the root under any name (or one folder down when the whole project was zipped
/// inside a folder); sources in "sources/" or "Sources/"; internal:// paths matched ignoring case;
/// PlainTextContent inline; text files with a BOM, CR LF line ends or in a legacy encoding; any
/// namespace; ids that are not GUIDs (replaced, and every reference follows); nameless cases; a case
/// GUID reused by a code; memos as selection descriptions or as Links to notes.
///
/// Returns sources with NFC, LF-only text and selections in code points of it, half-open. Sources that
/// are not text (PDF, picture, audio, video), sources whose file is missing or outside the archive,
/// selections that cannot be placed in their text, and references to missing elements are dropped,
/// each with a line in `problems` quoting what it can. Never shifts a selection silently: when the
/// positions fit the text better read as UTF-16 units or with CR LF as one character, they are
/// converted and `repairs` says so, source by source; files whose origin is Cairn are always read as
/// code points, as Cairn writes them.
///
/// Throws InvalidInput when the bytes are not a ZIP archive, hold no .qde or more than one, the .qde is
/// not well-formed XML (naming line and column) or not a Project, or an archive part is over the size
/// limits of import/limits.h.
RefiProject readQdpx(std::string_view zipBytes);

} // namespace cairn::import
