#pragma once
// What the analyses and reports of Project take and return: scopes, tables, summaries and evidence
// summaries (project/analyses.cpp, project/report.cpp).

#include "export/report.h"
#include "privacy/publication.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cairn::project {

/// A bar or a cell of an analysis: the codings of `code` (with sub-codes unless `otherCode` is set, as
/// frequencies and crosstabs roll them up), in sources of `kind`, of cases with `attribute` = `value`;
/// with `otherCode`, the codings of either code in passages where both apply, as the co-occurrence
/// table counts them (codes as applied, no roll-up).
struct CellQuery {
    std::string code;
    std::string kind;
    std::string attribute;
    std::string value;
    std::string otherCode;
};

/// The numeric case attributes, in the project's order, and the two a paired comparison most likely
/// means (analysis::likelyPairedAttributes; empty when there are fewer than two).
struct PairedAttributes {
    std::vector<std::string> numeric;
    std::string before;
    std::string after;
};

/// Which codings an analysis counts, by name; empty fields do not filter.
struct AnalysisScope {
    std::string kind;      // source kind
    std::string attribute; // with attributeValue: codings of cases with this value
    std::string attributeValue;
    std::string coder;
    std::string from;              // YYYY-MM-DD: codings made on or after this day
    std::string to;                // YYYY-MM-DD: codings made on or before this day
    bool excludeWithdrawn = false; // leave out participants who withdrew (as reports do)
};

struct CrosstabRequest {
    std::string attribute;
    bool bySource = false; // count sources instead of cases
    AnalysisScope scope;
};

struct CooccurrenceRequest {
    bool spans = false;   // count overlapping codings instead of passages
    bool jaccard = false; // passages only
    AnalysisScope scope;
};

struct MatrixRequest {
    bool text = false; // cells hold the coded text instead of counts
    std::int64_t maxChars = 200;
    AnalysisScope scope;
    bool includeIdentifying = false; // raw coded text: no consent, pseudonyms or redactions (logged)
};

struct SideBySideRequest {
    std::string indicator;   // KEY:IDENT, id or title; empty: every indicator with links or values
    std::int64_t quotes = 3; // per indicator
    std::int64_t quoteChars = 240;
    AnalysisScope scope;
    bool includeIdentifying = false; // raw quotes: no consent, pseudonyms or redactions (logged)
};

/// An evidence summary (cairn report): which codes are its themes and how its counts are broken down.
struct ReportRequest {
    std::vector<std::string> codes; // paths or GUIDs, one theme each, in this order
    std::string by = "kind";        // "kind", or a case attribute: cases with the theme per value too
    std::string title;              // default: "PROJECT: evidence summary"
    std::string date;               // YYYY-MM-DD; default: today (UTC)
    std::int64_t quotesPerTheme = 5;
    bool includeIdentifying = false; // raw quotes and names: no consent, pseudonyms or redactions (logged)
};

/// A report ready to write, with what privacy rules did to it (for the CLI to say before writing).
struct ReportPlan {
    exporting::Report report;
    privacy::PublicationTally tally; // over every candidate quote, published or withheld
    std::int64_t quotes = 0;         // quotes in the report
    bool reviewedQuotes = false;     // false: the quotes are coded passages, not yet reviewed
    std::int64_t sensitiveAttributes = 0;
};

struct SummaryRequest {
    std::string attribute; // numeric
    std::string by;        // optional: group by this attribute's values
    std::string paired;    // optional: the second measure; summarises paired − attribute
};

} // namespace cairn::project
