#pragma once
// The values one case attribute takes, in a stable order (numbers by value, text alphabetically), and
// which cases have each: the columns of a crosstab and the groups of a survey summary.

#include "store/case_store.h"
#include "store/sqlite.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace cairn::analysis {

struct ValueGroup {
    store::SqlValue value;
    std::string label; // the value's text form (store::valueText)
    std::set<std::int64_t> caseIds;
};

struct AttributeGroups {
    std::vector<ValueGroup> groups;
    std::set<std::int64_t> missing; // cases without a value
};

AttributeGroups groupCases(const std::vector<store::CaseRow>& cases, const store::AttributeRow& attribute);

} // namespace cairn::analysis
