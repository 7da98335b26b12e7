// The codebook writer is the Code tree of refi_xml_writer.h under a CodeBook root; all checks that make
// it valid live there, shared with the project writer.

#include "export/qdc_writer.h"

#include "common/error.h"
#include "export/refi_xml_writer.h"

namespace cairn::exporting {

std::string writeQdc(const import::RefiCodebook& codebook) {
    if (codebook.codes.empty()) throw InvalidInput("the codebook has no codes");
    refi::checkCodeIds(codebook.codes);
    pugi::xml_document doc;
    auto root = refi::startDocument(doc, "CodeBook", "urn:QDA-XML:codebook:1.0");
    refi::XmlText text;
    if (!codebook.origin.empty()) text.attribute(root, "origin", codebook.origin);
    std::size_t droppedNotes = 0;
    refi::writeCodes(root.append_child("Codes"), codebook.codes, text, nullptr, droppedNotes);
    return refi::serialize(doc);
}

} // namespace cairn::exporting
