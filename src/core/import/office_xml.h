#pragma once
// What the DOCX and ODT readers share: both are ZIP packages of XML parts, both name their elements
// with namespace prefixes that the producer may choose, both keep a Dublin Core title, and both must
// turn hostile XML into clear InvalidInput errors. Internal to import/ (it exposes pugixml).

#include "import/zip_archive.h"

#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::import::office {

/// How deep the readers follow nested elements. Real documents nest about 20 deep; a crafted part
/// nesting a million deep would otherwise exhaust the stack of a recursive walk.
inline constexpr int kMaxXmlDepth = 256;

/// Throws InvalidInput when `bytes` start like an OLE compound file: what Office writes for a
/// password-protected (encrypted) DOCX/XLSX and for the old binary .doc. Either way it is not a ZIP.
void refuseOleContainer(std::string_view bytes, std::string_view format);

/// Reads a part the format requires; throws InvalidInput ("the DOCX file is damaged: word/document.xml
/// is missing") when absent. Part names are matched ignoring case, as OPC and ODF packages allow.
std::string readRequiredPart(const ZipArchive& zip, std::string_view part, std::string_view format);

/// Parses `xml` in place into `doc` (so `xml` must outlive `doc`), keeping whitespace-only text (a
/// lone " " run is a word separator). No DTD or external entity is ever loaded. Throws InvalidInput
/// naming the part and byte offset when the XML is not well-formed.
void parseXmlPart(pugi::xml_document& doc, std::string& xml, std::string_view format, std::string_view part);

/// Throws InvalidInput when a walk goes deeper than kMaxXmlDepth.
void checkDepth(int depth, std::string_view format, std::string_view part);

/// Element and attribute names of one XML namespace, whatever prefix the producer bound it to.
class XmlNamespace {
public:
    /// The prefix bound to `uri` (or to any of `uris`) on `root`, else `fallbackPrefix`.
    static XmlNamespace find(const pugi::xml_node& root, std::initializer_list<std::string_view> uris,
                             std::string fallbackPrefix);

    /// The local name of `node` when it is an element of this namespace; empty otherwise.
    std::string_view local(const pugi::xml_node& node) const;
    bool is(const pugi::xml_node& node, std::string_view localName) const { return local(node) == localName; }
    /// The first child element of this namespace called `localName` (null when none).
    pugi::xml_node child(const pugi::xml_node& node, std::string_view localName) const;
    /// The value of attribute prefix:localName ("" when absent).
    std::string_view attribute(const pugi::xml_node& node, std::string_view localName) const;

private:
    explicit XmlNamespace(std::string prefix) : m_prefix(std::move(prefix)) {}
    std::string m_prefix;
};

/// The text of a block ready for a TextBlock: checked to be UTF-8 (InvalidInput naming the part if
/// not), NFC, LF line ends.
std::string blockText(std::string_view raw, std::string_view format, std::string_view part);

/// Joins a table row's cells, each trimmed, with " | ", so a row reads as one line of text.
/// Empty when no cell holds text (filler rows are not passages).
class TableRowText {
public:
    void addCell(std::string_view cell);
    bool hasText() const { return m_hasText; }
    const std::string& text() const { return m_text; }

private:
    std::string m_text;
    bool m_hasText = false;
    bool m_first = true;
};

/// The Dublin Core title (dc:title) in metadata part `part`, NFC and trimmed; empty when the part or
/// the title is absent. Metadata is not worth refusing a document for: damage here adds a warning.
std::string readDcTitle(const ZipArchive& zip, std::string_view part, std::vector<std::string>& warnings);

} // namespace cairn::import::office
