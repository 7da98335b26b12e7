// A codebook is the Code tree alone; the shared code reader (refi_codes.h) does the work, and this file
// decides only what makes a document a codebook.

#include "import/qdc_reader.h"

#include "common/error.h"
#include "import/refi_codes.h"
#include "import/refi_ids.h"
#include "import/refi_xml.h"

namespace cairn::import {

namespace {

constexpr std::string_view kWhat = "the codebook";

// The CodeBook element: the root of a .qdc, or the child of a project's root.
pugi::xml_node findCodebook(const pugi::xml_node& root) {
    if (refi::isElement(root, "CodeBook")) return root;
    if (refi::isElement(root, "Project")) return refi::child(root, "CodeBook");
    return {};
}

std::string describeSets(const pugi::xml_node& sets) {
    std::vector<std::string> names;
    for (const auto& set : refi::children(sets, "Set"))
        names.push_back(refi::attribute(set, "name", kWhat));
    return std::to_string(names.size()) + (names.size() == 1 ? " code set (" : " code sets (") +
           refi::listSome(names) + ") could not be imported: Cairn has no code sets";
}

} // namespace

RefiCodebook readQdc(std::string_view xmlBytes) {
    pugi::xml_document doc;
    refi::parseXml(doc, xmlBytes, kWhat);
    const auto root = doc.document_element();
    const auto codebook = findCodebook(root);
    if (!codebook)
        throw InvalidInput("this is not a REFI-QDA codebook: its root element is <" +
                           refi::printable(root.name()) + ">, not <CodeBook>");
    const auto codes = refi::child(codebook, "Codes");

    RefiCodebook out;
    out.origin = refi::attribute(codebook, "origin", kWhat);
    refi::IdRegistry ids;
    refi::defineCodes(codes, ids, kWhat);
    std::vector<std::string> repairs;
    out.codes = refi::readCodes(codes, ids, repairs, out.problems, kWhat);
    if (out.codes.empty()) throw InvalidInput("the codebook has no codes");

    out.repairs = ids.repairLines();
    out.repairs.insert(out.repairs.end(), repairs.begin(), repairs.end());
    if (const auto sets = refi::child(codebook, "Sets"); sets && !refi::children(sets, "Set").empty())
        out.problems.push_back(describeSets(sets));
    return out;
}

} // namespace cairn::import
