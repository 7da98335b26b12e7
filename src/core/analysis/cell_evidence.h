#pragma once
// Which coded passages stand behind a co-occurrence cell, and which two numeric attributes a paired
// comparison most likely means. Both answer questions the analysis views ask about a table the core
// already made, so they follow the tables' rules: co-occurrence takes codes as applied and counts a
// passage when codings of both codes overlap it.

#include "store/coding_store.h"
#include "store/source_store.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace cairn::analysis {

/// The passages of one source (by GUID), in order; called at most once a source.
using PassagesOf = std::function<std::vector<store::PassageRow>(const std::string& sourceGuid)>;

/// The ids of the codings in `first` and `second` that overlap a passage which codings of both
/// overlap: the evidence behind the co-occurrence cell of the two codes.
std::set<std::int64_t> codingsInSharedPassages(const std::vector<store::CodingRow>& first,
                                               const std::vector<store::CodingRow>& second,
                                               const PassagesOf& passagesOf);

/// Of numeric attribute `names` (in the project's order), the pair a paired comparison most likely
/// means: the first two sharing a stem before "_" ("score_arrival", "score_now"), else the first two.
std::optional<std::pair<std::string, std::string>>
likelyPairedAttributes(const std::vector<std::string>& names);

} // namespace cairn::analysis
