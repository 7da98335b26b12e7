#pragma once
// What the .qdc and .qdpx readers share about reading QDA-XML. Real files disagree on details the
// schema fixes: the namespace (urn:QDA-XML:codebook:1.0, :0:4, none, any prefix), the case of element
// names ("CodeBook" or "Codebook"), text split across CDATA sections. So elements and attributes are
// matched by local name ignoring case, and every string taken from the file is checked to be UTF-8 and
// put in Cairn's canonical form (NFC, LF line ends) before it reaches the model.
// Internal to import/ (it exposes pugixml).

#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::import::refi {

/// How deep the readers follow nested elements (codes nest as deep as a hierarchy goes, and a crafted
/// file nesting a million deep would otherwise exhaust the stack of a recursive walk).
inline constexpr int kMaxDepth = 256;

/// Parses `xml` into `doc` (which keeps its own copy), keeping whitespace-only text. Loads no
/// DTD or external entity. Throws InvalidInput ("the codebook is not well-formed XML: … at line 3,
/// column 14") naming `what` when the XML is not well-formed or has no root element.
void parseXml(pugi::xml_document& doc, std::string_view xml, std::string_view what);

/// Throws InvalidInput naming `what` when a walk goes deeper than kMaxDepth.
void checkDepth(int depth, std::string_view what);

/// The element name without its namespace prefix.
std::string_view localName(const pugi::xml_node& node);

/// True when `node` is an element whose local name is `name`, ignoring ASCII case.
bool isElement(const pugi::xml_node& node, std::string_view name);

/// The first child element called `name` (as isElement matches), or a null node.
pugi::xml_node child(const pugi::xml_node& node, std::string_view name);

/// All child elements called `name` (as isElement matches), in document order.
std::vector<pugi::xml_node> children(const pugi::xml_node& node, std::string_view name);

/// The raw value of attribute `name` (local name, ignoring ASCII case); empty when absent.
std::string_view rawAttribute(const pugi::xml_node& node, std::string_view name);

/// True when the element has attribute `name` (as rawAttribute matches).
bool hasAttribute(const pugi::xml_node& node, std::string_view name);

/// Attribute `name` as canonical text (NFC, LF), trimmed. Throws InvalidInput naming `what` when it is
/// not UTF-8.
std::string attribute(const pugi::xml_node& node, std::string_view name, std::string_view what);

/// All text of `node` (every text and CDATA child, joined), unchanged; for source text, whose
/// positions count what the file holds.
std::string rawText(const pugi::xml_node& node);

/// The text of child element `name` as canonical text (NFC, LF), ends kept; empty when absent. Throws
/// InvalidInput naming `what` when it is not UTF-8.
std::string childText(const pugi::xml_node& node, std::string_view name, std::string_view what);

/// `raw` checked to be UTF-8 and made canonical (NFC, LF line ends, no leading BOM), with characters
/// XML 1.0 cannot hold (C0 controls but tab and line ends; U+FFFE, U+FFFF) replaced by U+FFFD.
std::string canonical(std::string_view raw, std::string_view what);

/// `raw` as it is when it is UTF-8, else "(not UTF-8)": for quoting file content in messages.
std::string printable(std::string_view raw);

/// A name in quotation marks for messages ("Trust"), or `fallback` when the name is empty.
std::string quoted(std::string_view name, std::string_view fallback = "(unnamed)");

/// Joins up to `limit` items as "a", "b", "c" and "… and N more".
std::string listSome(const std::vector<std::string>& items, std::size_t limit = 5);

} // namespace cairn::import::refi
