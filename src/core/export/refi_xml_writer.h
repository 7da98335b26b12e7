#pragma once
// What the .qdc and .qdpx writers share: building QDA-XML with pugixml, so that what Cairn writes is
// always well-formed and valid against the published schemas, whatever the user typed. XML 1.0
// cannot hold most control characters (a form feed pasted from a PDF, say), so text passes through
// XmlText, which replaces them and counts how many, for the writer's warnings.
// Internal to export/.

#include "import/refi_project.h"

#include <cstddef>
#include <functional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::exporting::refi {

/// Sets attributes and text, replacing characters XML 1.0 cannot hold (C0 controls other than tab,
/// LF and CR; U+FFFE; U+FFFF) with U+FFFD. Throws InvalidInput for text that is not UTF-8.
class XmlText {
public:
    /// Sets attribute `name` of `element` to `value` (made fit for XML).
    void attribute(pugi::xml_node element, const char* name, std::string_view value);
    /// Appends a child element `name` holding `value` as text (made fit for XML); returns it.
    pugi::xml_node element(pugi::xml_node parent, const char* name, std::string_view value);
    /// How many characters were replaced so far.
    std::size_t replaced() const { return m_replaced; }

private:
    std::string fit(std::string_view value);
    std::size_t m_replaced = 0;
};

/// Starts `doc` with an XML declaration (version 1.0, UTF-8) and returns its root element `name`, in
/// the default namespace `ns`.
pugi::xml_node startDocument(pugi::xml_document& doc, const char* name, const char* ns);

/// Throws InvalidInput when a code in the tree has an id that is not a GUID, or two codes share one:
/// ids are what lets the file be merged back, so the writers never invent or repeat them.
void checkCodeIds(const std::vector<import::RefiCode>& codes);

/// Appends a Code element for each of `codes`, their children nested. Colours are written "#RRGGBB"
/// and left out when not a colour. When `noteExists` is given, each code's NoteRefs are written (the
/// project schema has them, the codebook schema does not) if it returns true for the note's id;
/// `droppedNotes` counts those it refused.
void writeCodes(pugi::xml_node parent, const std::vector<import::RefiCode>& codes, XmlText& text,
                const std::function<bool(const std::string&)>& noteExists, std::size_t& droppedNotes);

/// The document as UTF-8 with an XML declaration, indented, without a BOM (some tools refuse one).
std::string serialize(const pugi::xml_document& doc);

} // namespace cairn::exporting::refi
