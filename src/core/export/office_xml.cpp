#include "export/office_xml.h"

#include <sstream>

namespace cairn::exporting {

pugi::xml_node startOfficeXml(pugi::xml_document& doc, const char* name,
                              std::initializer_list<std::pair<const char*, const char*>> namespaces) {
    auto declaration = doc.append_child(pugi::node_declaration);
    declaration.append_attribute("version").set_value("1.0");
    declaration.append_attribute("encoding").set_value("UTF-8");
    auto root = doc.append_child(name);
    for (const auto& [prefix, uri] : namespaces)
        root.append_attribute((std::string("xmlns:") + prefix).c_str()).set_value(uri);
    return root;
}

std::string serializeOfficeXml(const pugi::xml_document& doc) {
    std::ostringstream out;
    doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
    return out.str();
}

} // namespace cairn::exporting
