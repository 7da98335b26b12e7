// Grouping cases by an attribute's value. std::variant orders integers before decimals before text,
// and each kind by value, which is the order a reader expects within one attribute's single type.

#include "analysis/attribute_values.h"

#include <map>

namespace cairn::analysis {

AttributeGroups groupCases(const std::vector<store::CaseRow>& cases, const store::AttributeRow& attribute) {
    std::map<store::SqlValue, std::set<std::int64_t>> byValue;
    AttributeGroups out;
    for (const auto& c : cases) {
        const auto found = c.attributes.find(attribute.name);
        if (found == c.attributes.end() || std::holds_alternative<std::monostate>(found->second))
            out.missing.insert(c.id);
        else
            byValue[found->second].insert(c.id);
    }
    for (auto& [value, ids] : byValue)
        out.groups.push_back({value, store::valueText(attribute.type, value), std::move(ids)});
    return out;
}

} // namespace cairn::analysis
