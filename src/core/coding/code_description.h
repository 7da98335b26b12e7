#pragma once
// REFI-QDA gives a code one Description; Cairn keeps a definition, inclusion and exclusion criteria and
// an example apart, because coders check each separately. They travel in the Description as the
// definition followed by lines "Include: …", "Exclude: …", "Example: …", which reads well in any tool
// and comes back apart when Cairn reads it. A description without such lines is all definition.

#include <string>
#include <string_view>

namespace cairn::coding {

struct CodeDescription {
    std::string definition;
    std::string inclusion;
    std::string exclusion;
    std::string example;
    bool operator==(const CodeDescription&) const = default;
};

std::string packDescription(const CodeDescription& description);
CodeDescription unpackDescription(std::string_view text);

} // namespace cairn::coding
