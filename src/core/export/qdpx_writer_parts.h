#pragma once
// The pieces of writeQdpx: the state one export shares (which ids exist, what was left out) and the
// writer of the Sources element, which qdpx_writer_sources.cpp holds because sources carry most of the
// rules (positions checked against the text, selections, codings, weights).
// Internal to export/.

#include "export/refi_xml_writer.h"
#include "import/refi_project.h"

#include <cstddef>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace cairn::exporting::qdpx {

struct Writer {
    /// Checks every element's id (InvalidInput when one is not a GUID or is shared) and collects them.
    explicit Writer(const import::RefiProject& p);

    const import::RefiProject& project;
    refi::XmlText text;
    std::set<std::string> users, codes, notes, sources;
    std::map<std::string, const import::RefiVariable*> variables;

    struct Counts {
        std::size_t weights = 0, droppedCodings = 0, droppedNotes = 0, droppedUsers = 0, badTimes = 0,
                    droppedValues = 0, droppedSourceRefs = 0;
    } count;
    std::vector<std::string> droppedSelections; // one line each, naming the selection
    std::vector<std::string> retyped;           // values written as text, one line each

    /// Writes attribute `name` naming `user` when that user is in the project; counts it otherwise.
    void userAttribute(pugi::xml_node element, const char* name, const std::string& user);
    /// Writes attribute `name` holding `time` when it is an xsd:dateTime; counts it otherwise.
    void timeAttribute(pugi::xml_node element, const char* name, const std::string& time);
    /// Appends a NoteRef for each of `targets` that is a note of the project; counts the others.
    void noteRefs(pugi::xml_node element, const std::vector<std::string>& targets);
    /// The GUID to write for a selection or coding: its own, or a new one when it has none.
    std::string idFor(const std::string& guid);
};

/// Appends the Sources element (when there are sources) and returns the text files it refers to, as
/// (archive path, content) pairs.
std::vector<std::pair<std::string, std::string>> writeSources(pugi::xml_node root, Writer& w);

} // namespace cairn::exporting::qdpx
