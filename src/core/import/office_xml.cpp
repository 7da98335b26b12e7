#include "import/office_xml.h"

#include "common/error.h"
#include "text/normalize.h"
#include "text/utf.h"

namespace cairn::import::office {

void refuseOleContainer(std::string_view bytes, std::string_view format) {
    static constexpr std::string_view kOleMagic{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8};
    if (!bytes.starts_with(kOleMagic)) return;
    throw InvalidInput("this is not a " + std::string(format) +
                       " file that can be read: it is either password-protected (encrypted) or an old "
                       "binary Office file (.doc); remove the password or save it as ." +
                       (format == "ODT" ? std::string("odt") : std::string("docx")) + ", then import again");
}

std::string readRequiredPart(const ZipArchive& zip, std::string_view part, std::string_view format) {
    auto xml = zip.read(part, ZipArchive::NameMatch::IgnoreCase);
    if (!xml)
        throw InvalidInput("the " + std::string(format) + " file is damaged: " + std::string(part) +
                           " is missing");
    return std::move(*xml);
}

void parseXmlPart(pugi::xml_document& doc, std::string& xml, std::string_view format, std::string_view part) {
    // parse_default does not expand DTD entities beyond the five predefined ones, so there is no
    // "billion laughs" and no external entity fetch; parse_ws_pcdata keeps a run that is just " ".
    const auto result = doc.load_buffer_inplace(
        xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_auto);
    if (!result)
        throw InvalidInput("the " + std::string(format) + " file is damaged: " + std::string(part) +
                               " is not well-formed XML (" + result.description() + " at byte " +
                               std::to_string(result.offset) + ")",
                           {}, static_cast<std::int64_t>(result.offset));
}

void checkDepth(int depth, std::string_view format, std::string_view part) {
    if (depth > kMaxXmlDepth)
        throw InvalidInput("the " + std::string(format) + " file cannot be read: " + std::string(part) +
                           " nests elements more than " + std::to_string(kMaxXmlDepth) + " deep");
}

XmlNamespace XmlNamespace::find(const pugi::xml_node& root, std::initializer_list<std::string_view> uris,
                                std::string fallbackPrefix) {
    for (const auto& attr : root.attributes()) {
        const std::string_view name = attr.name();
        bool bound = false;
        for (const auto uri : uris)
            bound = bound || uri == attr.value();
        if (!bound) continue;
        if (name == "xmlns") return XmlNamespace(std::string());
        if (name.starts_with("xmlns:")) return XmlNamespace(std::string(name.substr(6)));
    }
    return XmlNamespace(std::move(fallbackPrefix));
}

std::string_view XmlNamespace::local(const pugi::xml_node& node) const {
    if (node.type() != pugi::node_element) return {};
    const std::string_view name = node.name();
    if (m_prefix.empty()) return name.find(':') == std::string_view::npos ? name : std::string_view();
    if (name.size() <= m_prefix.size() + 1 || !name.starts_with(m_prefix) || name[m_prefix.size()] != ':')
        return {};
    return name.substr(m_prefix.size() + 1);
}

pugi::xml_node XmlNamespace::child(const pugi::xml_node& node, std::string_view localName) const {
    for (const auto& c : node.children())
        if (is(c, localName)) return c;
    return {};
}

std::string_view XmlNamespace::attribute(const pugi::xml_node& node, std::string_view localName) const {
    // Unprefixed attributes belong to no namespace, so a default-namespace document still uses them bare.
    const std::string name =
        m_prefix.empty() ? std::string(localName) : m_prefix + ":" + std::string(localName);
    return node.attribute(name.c_str()).value();
}

std::string blockText(std::string_view raw, std::string_view format, std::string_view part) {
    std::int64_t bad = 0;
    if (!text::isValidUtf8(raw, &bad))
        throw InvalidInput("the " + std::string(format) + " file is damaged: " + std::string(part) +
                           " contains text that is not valid UTF-8");
    return text::canonicalText(raw);
}

std::string readDcTitle(const ZipArchive& zip, std::string_view part, std::vector<std::string>& warnings) {
    auto xml = zip.read(part, ZipArchive::NameMatch::IgnoreCase);
    if (!xml) return {};
    pugi::xml_document doc;
    const auto result =
        doc.load_buffer_inplace(xml->data(), xml->size(), pugi::parse_default, pugi::encoding_auto);
    const auto root = doc.document_element();
    if (!result || !root) {
        warnings.push_back("the document properties (" + std::string(part) +
                           ") are damaged; the title was not read");
        return {};
    }
    const auto dc = XmlNamespace::find(root, {"http://purl.org/dc/elements/1.1/"}, "dc");
    // The title sits one level down in ODF (office:meta/dc:title) and at the top in OOXML core.xml.
    const auto title = root.find_node([&](const pugi::xml_node& n) { return dc.is(n, "title"); });
    const std::string_view raw = title.child_value();
    if (raw.empty() || !text::isValidUtf8(raw)) return {};
    return std::string(text::trim(text::canonicalText(raw)));
}

void TableRowText::addCell(std::string_view cell) {
    const auto trimmed = text::trim(cell);
    m_hasText = m_hasText || !trimmed.empty();
    if (!m_first) m_text += " | ";
    m_text += trimmed;
    m_first = false;
}

} // namespace cairn::import::office
