#pragma once
// An evidence summary as plain data: what every report writer (report_writers.h) lays out, one format
// per file. project/report.cpp fills it from the analyses and the privacy rules, so by the time a
// Report exists every quote in it has been through privacy::publishSpan (or is raw because the user
// asked for identifying output, which was logged) and nothing here needs to know about consent.
//
//   themes      one per selected code, in the order selected; a folder code is one theme for its group,
//               its sub-codes' evidence rolled up and each direct sub-code listed under it
//   counts      "30 of 46 submissions": units (sources of a kind, or cases with an attribute value) with
//               at least one coding of the code or its sub-codes, out of all such units
//   quotes      published text and attribution; text direction is the writers' business (report_text.h)
//   indicators  linked indicator values side by side, as a table of text cells, when any are linked
//   methods     the methods note's paragraphs: counts of sources, cases and coders, what was withheld

#include <cstdint>
#include <string>
#include <vector>

namespace cairn::exporting {

/// "30 of 46 submissions".
struct ReportCount {
    std::string group;      // the source kind ("submission") or the attribute value ("refugee")
    std::int64_t count = 0; // units with the code
    std::int64_t total = 0; // units in the group
    std::string units;      // what is counted, plural: "submissions", "cases with status refugee"
};

struct ReportQuote {
    std::string text;        // as it may be published (pseudonyms and redactions applied)
    std::string attribution; // "Refugee Action Cymru, Swansea", "[Participant 7]", "anonymous, interview"
};

/// A table of text cells, for the writers that lay out tables.
struct ReportTable {
    std::string title;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

struct ReportSubcode {
    std::string name;
    std::vector<ReportCount> byKind;
};

struct ReportTheme {
    std::string title; // the code's name
    std::string path;  // the code's path in the codebook
    std::vector<ReportCount> byKind;
    std::string attribute;                // the case attribute of byAttribute; empty without --by ATTR
    std::vector<ReportCount> byAttribute; // cases with the code out of cases with each value
    std::vector<ReportSubcode> subcodes;  // the direct sub-codes, each rolled up
    std::vector<ReportQuote> quotes;
};

struct Report {
    std::string title;
    std::string date; // YYYY-MM-DD
    std::vector<ReportTheme> themes;
    std::vector<ReportTable> indicators; // side by side, when indicators are linked to the selected codes
    std::vector<std::string> methods;    // paragraphs of the methods note
};

/// "30 of 46 submissions".
std::string countPhrase(const ReportCount& count);

/// The theme's frequencies as a table: group, count, total, share (by kind, then by attribute value).
ReportTable frequencyTable(const ReportTheme& theme);

/// Every theme's frequencies in one table, for CSV and spreadsheets: theme, measure ("sources" or the
/// attribute), group, count, total.
ReportTable allFrequencies(const Report& report);

/// Every quote: theme, quote, attribution.
ReportTable quoteTable(const Report& report);

} // namespace cairn::exporting
