#pragma once
// Writing a REFI-QDA project (.qdpx): how a Cairn project travels to NVivo, ATLAS.ti, MAXQDA and back.
// The archive holds project.qde, valid against the published Project.xsd (namespace
// urn:QDA-XML:project:1.0), and each text source as sources/<GUID>.txt in UTF-8 without a BOM, with LF
// line ends. Positions are code points of exactly that text, as the standard says; Cairn does not
// imitate the quirks its importer repairs (NOTES: no BOM, no CR, no richTextPath pointing at .txt,
// no absolute basePath). The standard cannot hold everything Cairn has, so what is left out is said.

#include "import/refi_project.h"

#include <string>
#include <vector>

namespace cairn::exporting {

/// The project as .qdpx bytes (a deflated ZIP archive). Elements follow the schema's order (Users,
/// CodeBook, Variables, Cases, Sources, Notes, Description, NoteRef); empty containers are left out,
/// as the schema needs at least one child in each. Selections carry their codings (CodeRef), memos
/// (NoteRef) and comment (Description); case values are written in the typed element of their
/// variable's type; notes are written inline (PlainTextContent). Creating users and dates are
/// written where known and valid.
///
/// Appends to `warnings` (when not null) one line for each kind of thing REFI-QDA cannot hold or the
/// data did not allow: coding weights, selections outside their text, references to codes, notes,
/// users, sources or variables that are not in the project, dates that are not xsd:dateTime, values
/// that do not fit their variable's type (written as text), characters XML cannot hold (replaced).
///
/// Throws InvalidInput when an element's id is not a GUID or two elements share one (selections and
/// codings without an id get a new GUID), or when text is not UTF-8.
std::string writeQdpx(const import::RefiProject& project, std::vector<std::string>* warnings);

} // namespace cairn::exporting
