#pragma once
// Validating what the REFI-QDA writers produce against the published schemas, with libxml2's XML
// Schema validator (an implementation independent of pugixml, which wrote the XML).

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::test {

/// The shared REFI-QDA schema `name` ("Codebook.xsd", "Project.xsd") under sharedDir()/refi-qda, or
/// nullopt when it is not there (tests then warn that they could not validate).
std::optional<std::filesystem::path> refiSchema(std::string_view name);

/// The errors libxml2 reports validating `xml` against the schema at `xsd` ("line 3: Element 'Code':
/// …"); empty when the document is valid. A schema that cannot be loaded is reported as an error too.
std::vector<std::string> xsdErrors(const std::filesystem::path& xsd, std::string_view xml);

} // namespace cairn::test
