// Text is checked and cleaned at the one point where it enters the XML tree, so no writer can emit a
// character that makes the file unreadable to a strict parser.

#include "export/refi_xml_writer.h"

#include "common/error.h"
#include "common/guid.h"
#include "import/refi_codes.h"
#include "text/utf.h"

#include <set>

namespace cairn::exporting::refi {

namespace {

// Code points XML 1.0 cannot carry, even as character references.
bool allowedInXml(char32_t c) {
    if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
    return c != 0xFFFE && c != 0xFFFF;
}

void collectIds(const std::vector<import::RefiCode>& codes, std::set<std::string>& seen) {
    for (const auto& code : codes) {
        if (!isGuid(code.guid))
            throw InvalidInput("code \"" + code.name + "\" has the id \"" + code.guid +
                               "\", which is not a GUID; REFI-QDA needs one for every code");
        if (!seen.insert(code.guid).second)
            throw InvalidInput("two codes have the GUID " + code.guid + " (one is \"" + code.name + "\")");
        collectIds(code.children, seen);
    }
}

class StringWriter : public pugi::xml_writer {
public:
    void write(const void* data, std::size_t size) override {
        out.append(static_cast<const char*>(data), size);
    }
    std::string out;
};

} // namespace

std::string XmlText::fit(std::string_view value) {
    if (!text::isValidUtf8(value)) throw InvalidInput("text that is not valid UTF-8 cannot be exported");
    std::string out;
    out.reserve(value.size());
    for (std::size_t i = 0; i < value.size();) {
        const auto lead = static_cast<unsigned char>(value[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        char32_t c = lead;
        if (length == 3 && i + 2 < value.size())
            c = (static_cast<char32_t>(lead & 0x0F) << 12) |
                (static_cast<char32_t>(static_cast<unsigned char>(value[i + 1]) & 0x3F) << 6) |
                (static_cast<unsigned char>(value[i + 2]) & 0x3F);
        if (allowedInXml(c)) {
            out.append(value.substr(i, length));
        } else {
            out += "\xEF\xBF\xBD"; // U+FFFD
            ++m_replaced;
        }
        i += length;
    }
    return out;
}

void XmlText::attribute(pugi::xml_node element, const char* name, std::string_view value) {
    element.append_attribute(name).set_value(fit(value).c_str());
}

pugi::xml_node XmlText::element(pugi::xml_node parent, const char* name, std::string_view value) {
    auto child = parent.append_child(name);
    child.append_child(pugi::node_pcdata).set_value(fit(value).c_str());
    return child;
}

pugi::xml_node startDocument(pugi::xml_document& doc, const char* name, const char* ns) {
    auto declaration = doc.append_child(pugi::node_declaration);
    declaration.append_attribute("version").set_value("1.0");
    declaration.append_attribute("encoding").set_value("UTF-8");
    auto root = doc.append_child(name);
    root.append_attribute("xmlns").set_value(ns);
    return root;
}

void checkCodeIds(const std::vector<import::RefiCode>& codes) {
    std::set<std::string> seen;
    collectIds(codes, seen);
}

void writeCodes(pugi::xml_node parent, const std::vector<import::RefiCode>& codes, XmlText& text,
                const std::function<bool(const std::string&)>& noteExists, std::size_t& droppedNotes) {
    for (const auto& code : codes) {
        auto element = parent.append_child("Code");
        text.attribute(element, "guid", code.guid);
        text.attribute(element, "name", code.name);
        text.attribute(element, "isCodable", code.codable ? "true" : "false");
        if (const auto color = import::refi::normalizeColor(code.color))
            text.attribute(element, "color", *color);
        if (!code.description.empty()) text.element(element, "Description", code.description);
        if (noteExists) {
            for (const auto& note : code.noteGuids) {
                if (noteExists(note))
                    element.append_child("NoteRef").append_attribute("targetGUID").set_value(note.c_str());
                else
                    ++droppedNotes;
            }
        }
        writeCodes(element, code.children, text, noteExists, droppedNotes);
    }
}

std::string serialize(const pugi::xml_document& doc) {
    StringWriter writer;
    doc.save(writer, "  ", pugi::format_indent, pugi::encoding_utf8);
    return writer.out;
}

} // namespace cairn::exporting::refi
