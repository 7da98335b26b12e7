#pragma once
// The pieces of readQdpx (qdpx_reader.cpp): what they share while reading one project, and one
// function per part of Project.qde. qdpx_reader.cpp opens the archive and runs them in order;
// qdpx_sources.cpp reads text sources and their selections; qdpx_cases.cpp variables and cases.
// Internal to import/.

#include "import/refi_ids.h"
#include "import/refi_project.h"
#include "import/zip_archive.h"

#include <map>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::import::qdpx {

/// Element and message context: the archive, the ids, and the project being filled.
struct Context {
    Context(const ZipArchive& archive, std::string qdeFolder, RefiProject& out);

    const ZipArchive& zip;
    std::string folder;                         // "" or "Name/" when the .qde sits one folder down
    std::map<std::string, std::string> entries; // lower-case name with "/" separators → entry name
    refi::IdRegistry ids;
    RefiProject& project;
    std::map<std::string, std::string> codeNames; // code GUID → name, for messages
    std::set<std::string> sourceIds;              // sources that were imported (cases may refer to others)
    /// Set for files Cairn wrote: they count code points, so their positions are not second-guessed.
    bool writtenByCairn = false;

    void repair(std::string line) { project.repairs.push_back(std::move(line)); }
    void problem(std::string line) { project.problems.push_back(std::move(line)); }

    /// The user a creatingUser attribute names: a defined user's id, else the attribute's GUID, else "".
    std::string userRef(std::string_view raw) const;
    /// The note ids of `element`'s NoteRef children; one that names no note is a problem line naming
    /// `owner` ("selection 12–40 of source "A"").
    std::vector<std::string> noteRefs(const pugi::xml_node& element, std::string_view owner);
    /// The text file `path` (internal://GUID.txt, or a name in sources/) names, decoded to UTF-8
    /// without a BOM but otherwise as stored; nullopt when there is no such file in the archive or it
    /// is not text, with a problem line "<owner> <lost>: <why>".
    std::optional<std::string> readTextFile(std::string_view path, std::string_view owner,
                                            std::string_view lost);
};

/// The .qde's text as the project calls it in messages.
inline constexpr std::string_view kWhat = "the project file (.qde)";

/// Registers the ids of every TextSource, its selections and codings.
void defineSources(const pugi::xml_node& sources, refi::IdRegistry& ids);
/// Reads the text sources under `sources` into ctx.project.sources, converting selection positions
/// to Cairn's; other kinds of source are named in problems. Values of variables set on a source are
/// returned, by source id, for readCases to place on a case.
std::map<std::string, std::vector<RefiVariableValue>> readSources(const pugi::xml_node& sources,
                                                                  Context& ctx);

/// Registers the ids of every Variable and Case.
void defineVariables(const pugi::xml_node& variables, refi::IdRegistry& ids);
void defineCases(const pugi::xml_node& cases, refi::IdRegistry& ids);
/// Reads the variables into ctx.project.variables (names made unique).
void readVariables(const pugi::xml_node& variables, Context& ctx);
/// Reads the cases into ctx.project.cases: a case without a name is named after its source, names are
/// made unique, and each source with variable values of its own gets a case holding them.
void readCases(const pugi::xml_node& cases,
               const std::map<std::string, std::vector<RefiVariableValue>>& sourceValues, Context& ctx);
/// One VariableValue element: the variable it names and the text of its value; nullopt with a problem
/// line naming `owner` when the variable is not in the file.
std::optional<RefiVariableValue> readVariableValue(const pugi::xml_node& element, std::string_view owner,
                                                   Context& ctx);

} // namespace cairn::import::qdpx
