#pragma once
// The published text around a quote: what a reviewer reads the quote in (the review pack and the
// workbench's Quotes panel show the same).

#include "project/project.h"

#include <string>

namespace cairn::project {

/// The published text of the passages around a quote, before and after it; empty when consent
/// withholds the quote.
struct QuoteContext {
    std::string before;
    std::string after;
};

/// By GUID or a unique GUID prefix, as Project::quote. Throws NotFound.
QuoteContext quoteContext(Project& project, const std::string& guid);

} // namespace cairn::project
