// libFuzzer target: REFI-QDA project (.qdpx) import. An input starting "PK" is taken as a whole .qdpx
// file; anything else is taken as project.qde and packed with two fixed source files (one with a BOM,
// CR LF, emoji, Arabic and a combining accent; one in windows-1252), so mutations reach the XML and
// the position repair rather than failing the archive's checks.
// Only cairn::Error may escape readQdpx. What it returns must satisfy refi_checks.h, and survive a
// round trip: writeQdpx may not throw on it, and reading that back gives the same texts, selections
// and codes with nothing to repair or report.

#include "common/error.h"
#include "export/qdpx_writer.h"
#include "fuzz/refi_checks.h"
#include "import/qdpx_reader.h"
#include "support/zip_writer.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

// The seeds in corpus/qdpx/*.qde refer to these files by these GUIDs.
const char* const kUnicodeFile = "sources/1f1f1f1f-0000-4000-8000-000000000001.txt";
const char* const kLatin1File = "Sources/1F1F1F1F-0000-4000-8000-000000000002.TXT";
const char* const kUnicodeText = "\xEF\xBB\xBFSalam \xF0\x9F\x98\x80 friends.\r\n"
                                 "\xD9\x85\xD9\x8E\xD8\xB1\xD9\x92\xD8\xAD\xD9\x8E\xD8\xA8\xD9\x8B\xD8\xA7 "
                                 "\xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD today\r\nCafe\xCC\x81 au lait\r\n";
const char* const kLatin1Text =
    "Le caf\xE9 est tr\xE8s bon, tr\xE8s chaud et tr\xE8s fort, dit le gar\xE7on.";

void checkRoundTrip(cairn::import::RefiProject project) {
    using cairn::fuzz::require;
    project.origin = "Cairn fuzz"; // Cairn's own files are read as code points, exactly
    const auto again = cairn::import::readQdpx(cairn::exporting::writeQdpx(project, nullptr));
    require(again.repairs.empty() && again.problems.empty());
    require(again.codebook.codes == project.codebook.codes);
    require(again.sources.size() == project.sources.size());
    for (std::size_t i = 0; i < project.sources.size(); ++i) {
        const auto& before = project.sources[i];
        const auto& after = again.sources[i];
        require(after.text == before.text && after.selections.size() == before.selections.size());
        for (std::size_t k = 0; k < before.selections.size(); ++k) {
            require(after.selections[k].start == before.selections[k].start);
            require(after.selections[k].end == before.selections[k].end);
            require(after.selections[k].codings.size() == before.selections[k].codings.size());
        }
    }
    require(again.notes.size() == project.notes.size());
    for (std::size_t i = 0; i < project.notes.size(); ++i)
        require(again.notes[i].text == project.notes[i].text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string input(reinterpret_cast<const char*>(data), size);
    if (!input.starts_with("PK"))
        input = cairn::test::ZipWriter()
                    .add("project.qde", input)
                    .add(kUnicodeFile, kUnicodeText)
                    .add(kLatin1File, kLatin1Text)
                    .bytes();
    cairn::import::RefiProject project;
    try {
        project = cairn::import::readQdpx(input);
    } catch (const cairn::Error&) {
        return 0; // refusing bad input is the expected outcome
    }
    cairn::fuzz::checkProject(project);
    checkRoundTrip(std::move(project));
    return 0;
}
