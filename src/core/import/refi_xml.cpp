// Matching QDA-XML by local name, ignoring case, and turning every string into Cairn's canonical form
// at the one place text leaves pugixml (see refi_xml.h for why the readers are this lenient).

#include "import/refi_xml.h"

#include "common/error.h"
#include "text/normalize.h"
#include "text/utf.h"

#include <algorithm>

namespace cairn::import::refi {

namespace {

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
               return lower(x) == lower(y);
           });
}

std::string_view afterPrefix(std::string_view name) {
    const auto colon = name.rfind(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_attribute findAttribute(const pugi::xml_node& node, std::string_view name) {
    if (auto exact = node.attribute(std::string(name).c_str())) return exact;
    for (const auto& attr : node.attributes()) {
        const std::string_view attrName = attr.name();
        if (attrName.starts_with("xmlns")) continue;
        if (equalsIgnoringCase(afterPrefix(attrName), name)) return attr;
    }
    return {};
}

// Line and column (both 1-based) of byte `offset` in `xml`, for messages a user can follow in an editor.
std::pair<std::int64_t, std::int64_t> lineAndColumn(std::string_view xml, std::size_t offset) {
    offset = std::min(offset, xml.size());
    const auto before = xml.substr(0, offset);
    const auto line = 1 + std::count(before.begin(), before.end(), '\n');
    const auto lastBreak = before.rfind('\n');
    const auto lineStart = lastBreak == std::string_view::npos ? 0 : lastBreak + 1;
    const auto lineText = before.substr(lineStart);
    // Characters, not bytes, as an editor counts them: every byte but a UTF-8 continuation byte.
    const auto column = std::count_if(lineText.begin(), lineText.end(),
                                      [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
    return {line, column + 1};
}

} // namespace

void parseXml(pugi::xml_document& doc, std::string_view xml, std::string_view what) {
    if (text::trim(xml).empty()) throw InvalidInput(std::string(what) + " is empty");
    // parse_default expands only the five predefined entities and character references: no DTD, so no
    // "billion laughs" and no external entity fetch. parse_ws_pcdata keeps a source text that is " ".
    const auto result = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata,
                                        pugi::encoding_auto);
    if (!result) {
        const auto [line, column] = lineAndColumn(xml, static_cast<std::size_t>(result.offset));
        throw InvalidInput(std::string(what) + " is not well-formed XML: " + result.description() +
                               " at line " + std::to_string(line) + ", column " + std::to_string(column),
                           {}, static_cast<std::int64_t>(result.offset));
    }
    if (!doc.document_element()) throw InvalidInput(std::string(what) + " holds no XML element");
}

void checkDepth(int depth, std::string_view what) {
    if (depth > kMaxDepth)
        throw InvalidInput(std::string(what) + " cannot be read: its elements nest more than " +
                           std::to_string(kMaxDepth) + " deep");
}

std::string_view localName(const pugi::xml_node& node) {
    return afterPrefix(node.name());
}

bool isElement(const pugi::xml_node& node, std::string_view name) {
    return node.type() == pugi::node_element && equalsIgnoringCase(localName(node), name);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
    for (const auto& c : node.children())
        if (isElement(c, name)) return c;
    return {};
}

std::vector<pugi::xml_node> children(const pugi::xml_node& node, std::string_view name) {
    std::vector<pugi::xml_node> out;
    for (const auto& c : node.children())
        if (isElement(c, name)) out.push_back(c);
    return out;
}

std::string_view rawAttribute(const pugi::xml_node& node, std::string_view name) {
    return findAttribute(node, name).value();
}

bool hasAttribute(const pugi::xml_node& node, std::string_view name) {
    return !findAttribute(node, name).empty();
}

std::string attribute(const pugi::xml_node& node, std::string_view name, std::string_view what) {
    return std::string(text::trim(canonical(rawAttribute(node, name), what)));
}

std::string rawText(const pugi::xml_node& node) {
    std::string out;
    for (const auto& c : node.children())
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
    return out;
}

std::string childText(const pugi::xml_node& node, std::string_view name, std::string_view what) {
    const auto c = child(node, name);
    return c ? canonical(rawText(c), what) : std::string();
}

std::string canonical(std::string_view raw, std::string_view what) {
    std::int64_t bad = 0;
    if (!text::isValidUtf8(raw, &bad))
        throw InvalidInput(std::string(what) + " contains text that is not valid UTF-8");
    // A character reference can smuggle in a control character that XML 1.0 forbids (&#12;); pugixml
    // lets it through. U+FFFD stands in for it, so every name and memo can be written back as XML.
    std::string cleaned;
    cleaned.reserve(raw.size());
    for (const char c : raw) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && c != '\t' && c != '\n' && c != '\r')
            cleaned += "\xEF\xBF\xBD";
        else
            cleaned += c;
    }
    for (const std::string_view nonCharacter : {"\xEF\xBF\xBE", "\xEF\xBF\xBF"})
        for (auto at = cleaned.find(nonCharacter); at != std::string::npos;
             at = cleaned.find(nonCharacter, at))
            cleaned.replace(at, nonCharacter.size(), "\xEF\xBF\xBD");
    return text::canonicalText(cleaned);
}

std::string printable(std::string_view raw) {
    return text::isValidUtf8(raw) ? std::string(raw) : std::string("(not UTF-8)");
}

std::string quoted(std::string_view name, std::string_view fallback) {
    return name.empty() ? std::string(fallback) : "\"" + std::string(name) + "\"";
}

std::string listSome(const std::vector<std::string>& items, std::size_t limit) {
    std::string out;
    for (std::size_t i = 0; i < items.size() && i < limit; ++i)
        out += (i ? ", " : "") + quoted(items[i], "\"\"");
    if (items.size() > limit) out += " and " + std::to_string(items.size() - limit) + " more";
    return out;
}

} // namespace cairn::import::refi
