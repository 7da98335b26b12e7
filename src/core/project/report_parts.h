#pragma once
// The pieces of Project::buildReport (project/report.cpp), internal to project/: the counts come from
// the frequencies and crosstab analyses, the quotes from the privacy rules, the note from both.

#include "analysis/table.h"
#include "export/report.h"
#include "privacy/publication.h"
#include "project/project.h"
#include "store/sqlite.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace cairn::project::report {

/// "interviews", "submissions", "sets of workshop notes": a source kind counted in words.
std::string kindPlural(const std::string& kind);

/// The cells of `table` by column name, for the row whose first cell is `label`; empty when none is.
std::map<std::string, analysis::Cell> rowNamed(const analysis::Table& table, const std::string& label);

/// Coded passages of the code (with its sub-codes) as quote candidates, each through
/// privacy::publishSpan: the first `limit` that may be published, one per source, in source order.
/// Every candidate is counted in `tally`, published or not, unless its coding is in `counted` already
/// (a passage under two selected themes is one passage withheld, not two); it is added there.
std::vector<exporting::ReportQuote>
codedPassageQuotes(store::Database& db, const privacy::PrivacyRules& rules, std::int64_t codeId,
                   std::int64_t limit, bool includeIdentifying, privacy::PublicationTally& tally,
                   std::set<std::int64_t>& counted);

/// The quotes of the code (with its sub-codes) whose approval holds now (Project::approvedQuotes), the
/// first `limit` in source order, attributed as coded passages are (a place when one may be published);
/// with `includeIdentifying`, the raw span and the cases' names.
std::vector<exporting::ReportQuote> approvedThemeQuotes(Project& project, store::Database& db,
                                                        const privacy::PrivacyRules& rules,
                                                        std::int64_t codeId, std::int64_t limit,
                                                        bool includeIdentifying);

/// Side by side tables for the indicators linked to the themes' codes or their sub-codes.
void addIndicators(Project& project, ReportPlan& plan, const std::vector<CodeInfo>& themes);

/// The methods note: sources by kind, cases and coders counted; how counts and quotes were made; what
/// was withheld and replaced (counts only, never who).
void addMethods(Project& project, ReportPlan& plan, const analysis::Table& frequencies,
                const std::vector<std::string>& kinds, const ReportRequest& request);

/// The methods note's sentence on what privacy rules withheld and replaced, in counts only.
std::string withheldSentence(const privacy::PublicationTally& tally, bool includeIdentifying);

} // namespace cairn::project::report
