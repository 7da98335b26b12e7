#pragma once
// Side by side: for each indicator, the coded evidence for it next to its numbers. The evidence is the
// codings of the codes linked to the indicator (or to a domain or group above it), sub-codes included:
// how many sources, cases and passages, and the best quotes that consent allows. The numbers are the
// indicator's values as series — the project or area, each group, and the cases taken together (their
// mean, with n) — each with its periods in time order and the change from the first to the last.
//
// This is the sentence a report needs: "Social Bridges: 9 of 12 interviews; friends rose from 2.4 at
// arrival to 6.1 now (n = 10, paired change +3.7); 'My neighbour taught me words every week…'".

#include "analysis/coded_evidence.h"
#include "analysis/table.h"
#include "privacy/publication.h"
#include "store/sqlite.h"

#include <cstdint>
#include <vector>

namespace cairn::analysis {

struct SideBySideOptions {
    std::vector<std::int64_t> indicatorIds;     // the rows, in this order
    CodingScope scope;                          // which codings count as evidence
    std::int64_t quotes = 3;                    // quotes per indicator, at most one per source
    std::int64_t quoteChars = 240;              // longer quotes are cut at a word and end in "…"
    bool includeIdentifying = false;            // raw quotes: privacy rules not applied (the caller logs it)
    privacy::PublicationTally* tally = nullptr; // when given, receives what was withheld and replaced
};

/// One row per indicator and value series (one row when it has no values). Columns: indicator
/// (KEY:IDENT), title, codes, codings, sources, sources_total, cases, cases_total, passages, series,
/// periods, first, last, change, paired_n, paired_change, trend, quote_1 … quote_K.
///
/// Quotes are ranked by relevance: how many of the indicator's linked codes apply to the span, then its
/// coding weight, then a length a reader can take in (60 to 400 characters). Each goes through
/// privacy::publishSpan: withheld when any of its cases has consent "none" or withdrew (the table's
/// notes say how many), attributed to its cases (their pseudonyms when registered) and source when every
/// case has consent "quote", anonymous otherwise; accepted pseudonyms and redactions are replaced.
Table sideBySide(store::Database& db, const SideBySideOptions& options);

/// The value series of one indicator point by point, as side by side reads them, for a chart: one row
/// per series and period in time order. Columns: series ("project", "group:X", "cases (mean)", with
/// " / BREAKDOWN" when broken down), period, value (the cases' mean for "cases (mean)"), n.
Table indicatorSeries(store::Database& db, std::int64_t indicatorId);

} // namespace cairn::analysis
