#pragma once
// What the DOCX and ODT report writers share: an XML part whose root declares prefixed namespaces
// (w:, office:, text:…), unlike REFI-QDA's single default namespace. Internal to export/.

#include <initializer_list>
#include <pugixml.hpp>
#include <string>
#include <utility>

namespace cairn::exporting {

/// Starts `doc` with an XML declaration (1.0, UTF-8) and returns its root `name`, declaring each
/// (prefix, namespace URI) pair as xmlns:prefix.
pugi::xml_node startOfficeXml(pugi::xml_document& doc, const char* name,
                              std::initializer_list<std::pair<const char*, const char*>> namespaces);

/// The part's bytes without added indentation: in an ODF paragraph, whitespace between elements is
/// text, so an indented text:p would gain spaces.
std::string serializeOfficeXml(const pugi::xml_document& doc);

} // namespace cairn::exporting
