#include "coding/code_description.h"

#include <array>
#include <utility>

namespace cairn::coding {

namespace {

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

void appendLine(std::string& to, std::string_view line) {
    if (!to.empty()) to += '\n';
    to += line;
}

} // namespace

std::string packDescription(const CodeDescription& description) {
    std::string text = description.definition;
    const std::array<std::pair<const char*, const std::string*>, 3> parts{
        {{"Include: ", &description.inclusion},
         {"Exclude: ", &description.exclusion},
         {"Example: ", &description.example}}};
    for (const auto& [label, value] : parts) {
        if (value->empty()) continue;
        if (!text.empty()) text += '\n';
        text += label;
        text += *value;
    }
    return text;
}

CodeDescription unpackDescription(std::string_view text) {
    CodeDescription out;
    std::string* current = &out.definition;
    std::size_t at = 0;
    while (at <= text.size()) {
        const auto end = text.find('\n', at);
        auto line = text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
        const auto trimmed = trim(line);
        const std::array<std::pair<std::string_view, std::string*>, 3> labels{
            {{"Include:", &out.inclusion}, {"Exclude:", &out.exclusion}, {"Example:", &out.example}}};
        bool labelled = false;
        for (const auto& [label, target] : labels) {
            if (!trimmed.starts_with(label)) continue;
            current = target;
            appendLine(*current, trim(trimmed.substr(label.size())));
            labelled = true;
            break;
        }
        // A line without a label continues the part before it (a definition of several lines).
        if (!labelled && !(trimmed.empty() && current->empty())) appendLine(*current, trimmed);
        if (end == std::string_view::npos) break;
        at = end + 1;
    }
    for (auto* part : {&out.definition, &out.inclusion, &out.exclusion, &out.example})
        *part = std::string(trim(*part));
    return out;
}

} // namespace cairn::coding
