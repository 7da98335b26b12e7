#pragma once
// The notes a table with quoted text carries about what privacy rules did to it: how many quotes were
// withheld and why, how many names and details were replaced, or that none of it was applied.

#include "analysis/table.h"
#include "privacy/publication.h"

namespace cairn::analysis {

void addPublicationNotes(Table& table, const privacy::PublicationTally& tally, bool includeIdentifying);

} // namespace cairn::analysis
