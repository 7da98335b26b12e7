// The Sources element of a .qdpx and the text files beside it. Each text source is written to
// sources/<GUID>.txt exactly as Cairn holds it (NFC, LF), so code-point positions into Cairn's text are
// positions into the file, as the standard reads them. A selection that does not fit its text cannot
// be written truthfully, so it is left out and named in the warnings.

#include "common/error.h"
#include "common/guid.h"
#include "export/qdpx_writer_parts.h"
#include "text/utf.h"

namespace cairn::exporting::qdpx {

namespace {

void writeCoding(pugi::xml_node selection, const import::RefiCoding& coding, Writer& w) {
    if (!w.codes.contains(coding.codeGuid)) {
        ++w.count.droppedCodings;
        return;
    }
    if (coding.weight) ++w.count.weights;
    auto element = selection.append_child("Coding");
    w.text.attribute(element, "guid", w.idFor(coding.guid));
    w.userAttribute(element, "creatingUser", coding.userGuid);
    w.timeAttribute(element, "creationDateTime", coding.creationTime);
    element.append_child("CodeRef").append_attribute("targetGUID").set_value(coding.codeGuid.c_str());
    w.noteRefs(element, coding.noteGuids);
}

void writeSelection(pugi::xml_node source, const import::RefiSelection& selection, Writer& w) {
    auto element = source.append_child("PlainTextSelection");
    w.text.attribute(element, "guid", w.idFor(selection.guid));
    if (!selection.name.empty()) w.text.attribute(element, "name", selection.name);
    w.text.attribute(element, "startPosition", std::to_string(selection.start));
    w.text.attribute(element, "endPosition", std::to_string(selection.end));
    w.userAttribute(element, "creatingUser", selection.userGuid);
    w.timeAttribute(element, "creationDateTime", selection.creationTime);
    if (!selection.description.empty()) w.text.element(element, "Description", selection.description);
    for (const auto& coding : selection.codings)
        writeCoding(element, coding, w);
    w.noteRefs(element, selection.noteGuids);
}

} // namespace

std::vector<std::pair<std::string, std::string>> writeSources(pugi::xml_node root, Writer& w) {
    std::vector<std::pair<std::string, std::string>> files;
    if (w.project.sources.empty()) return files;
    auto sources = root.append_child("Sources");
    for (const auto& source : w.project.sources) {
        if (!text::isValidUtf8(source.text))
            throw InvalidInput("the text of source \"" + source.name + "\" is not valid UTF-8");
        const auto file = source.guid + ".txt";
        auto element = sources.append_child("TextSource");
        w.text.attribute(element, "guid", source.guid);
        if (!source.name.empty()) w.text.attribute(element, "name", source.name);
        w.text.attribute(element, "plainTextPath", "internal://" + file);
        w.userAttribute(element, "creatingUser", source.userGuid);
        w.timeAttribute(element, "creationDateTime", source.creationTime);
        if (!source.description.empty()) w.text.element(element, "Description", source.description);
        const auto length = text::codePointCount(source.text);
        for (const auto& selection : source.selections) {
            if (selection.start >= 0 && selection.start < selection.end && selection.end <= length) {
                writeSelection(element, selection, w);
                continue;
            }
            w.droppedSelections.push_back("selection " + std::to_string(selection.start) + "–" +
                                          std::to_string(selection.end) + " of source \"" + source.name +
                                          "\" does not fit its text (" + std::to_string(length) +
                                          " characters) and was left out");
        }
        w.noteRefs(element, source.noteGuids);
        files.emplace_back("sources/" + file, source.text);
    }
    return files;
}

} // namespace cairn::exporting::qdpx
