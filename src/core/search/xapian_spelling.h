#pragma once
// Internal to search/xapian_*: spelling suggestions from an open index (spelling.h), so a ranked
// search can suggest from the index it has just searched, several projects' indexes included.

#include "search/spelling.h"

#include <xapian.h>

namespace cairn::search::detail {

Suggestion suggestFrom(const Xapian::Database& index, store::Database& db, const std::string& query);

} // namespace cairn::search::detail
