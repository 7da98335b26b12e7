#pragma once
// What the indicator operations of Project take and return (project/indicators.cpp): frameworks,
// their nodes with links and value counts, values by scope and period, and the side-by-side view.

#include "indicators/values_csv.h"
#include "store/indicator_store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cairn::project {

struct FrameworkLoadResult {
    std::string name;                    // the shipped framework or file loaded
    std::vector<std::string> frameworks; // keys of the frameworks it held
    std::int64_t added = 0;              // nodes added
    std::int64_t updated = 0;            // nodes whose fields changed
    std::int64_t unchanged = 0;
    std::int64_t mappings = 0; // "continues" mappings made
    std::int64_t links = 0;    // default links to shipped codebooks' codes made
    std::vector<std::string> notes;
};

/// A node of a framework with what the indicators view shows beside it.
struct IndicatorInfo {
    store::IndicatorRow row;
    std::string ref; // "KEY:IDENT", which names it in every command
    int depth = 0;
    std::int64_t values = 0;
    std::vector<std::string> codes; // paths of the linked codes
};

struct IndicatorLinkInfo {
    std::string code;      // path
    std::string indicator; // KEY:IDENT
    std::string title;
    std::string rationale;
    bool shipped = false;
};

struct IndicatorMappingInfo {
    std::string from; // KEY:IDENT of the earlier indicator
    std::string to;
    std::string relation;
    std::string note;
};

struct ValuesImportRequest {
    std::string path;
    indicators::ValuesFormat format = indicators::ValuesFormat::Auto;
    std::string framework; // key: where indicators without one are looked up first
    std::string period;    // wide files with indicators as columns and no period column
    bool skipBadRows = false;
    bool dryRun = false;
};

struct ValuesImportResult {
    std::string format;      // long or wide
    std::int64_t values = 0; // values read from good rows
    std::int64_t added = 0;
    std::int64_t updated = 0;
    std::int64_t unchanged = 0;
    std::int64_t skipped = 0; // values in bad rows, when skipping them
    std::vector<indicators::RowProblem> problems;
};

/// Turns a numeric case attribute into one value per case (a survey scale at a time point).
struct FromAttributeRequest {
    std::string attribute;
    std::string indicator;
    std::string period;
    std::string source; // default: "case attribute NAME"
};

struct ValueQuery {
    std::string indicator; // KEY:IDENT, id or title; empty: all
    std::string framework; // key; empty: all
    std::string scope;     // "project", "case:NAME", "group:LABEL"; empty: all
    std::string period;
};

struct ValueInfo {
    store::IndicatorValueRow row;
    std::string framework;
    std::string indicator; // ident
    std::string title;
    std::string scope; // "case:Participant 7"
};

struct ValueEntry {
    std::string indicator;
    std::string scope = "project";
    std::string period;
    std::string breakdown;
    double value = 0;
    std::optional<std::int64_t> n;
    std::string source;
};

} // namespace cairn::project
