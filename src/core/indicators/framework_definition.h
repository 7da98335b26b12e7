#pragma once
// An indicator framework as a file describes it, before it is in a project: the framework (one
// published set in one version) and its nodes — groups, domains and indicators — in a tree by
// identifier. Both the framework CSV and the shipped frameworks produce this; the project stores it.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::indicators {

/// The kinds of node, the units and the directions, as stored and written in files (a CLI contract).
const std::vector<std::string>& nodeKinds();  // group, domain, indicator
const std::vector<std::string>& units();      // "", percent, score, count, currency, ratio
const std::vector<std::string>& directions(); // higher, lower, neither
const std::vector<std::string>& relations();  // same, reworded, split, merged, related

struct IndicatorDefinition {
    std::string ident; // the framework's own identifier: "16", "1.17", "Work"
    std::string parent;
    std::string kind = "indicator";
    std::string title;
    std::string definition;
    std::string unit;
    std::string direction = "neither";
    std::string breakdowns; // comma-separated dimensions: "age group, sex"
    std::string source;     // where this node's wording or number comes from
    std::string continues;  // "KEY:IDENT" of the indicator of an earlier set this one carries on
    std::string relation;   // how (relations()); "same" when `continues` is set and this is empty
    std::int64_t line = 0;  // where it was read, for messages
};

struct FrameworkDefinition {
    std::string key; // short name users type: "wales-nwi-2021"
    std::string name;
    std::string publisher;
    std::string version;
    std::string url;
    std::string description;
    std::vector<IndicatorDefinition> indicators; // parents before children, in the file's order
};

/// Stable GUIDs, so importing a framework again finds what is already there.
std::string frameworkGuid(std::string_view key);
std::string indicatorGuid(std::string_view key, std::string_view ident);

/// Normalises spreadsheet spellings: "%" → percent, "higher is better" → higher, "Domain" → domain.
/// Returns the input unchanged when it is not recognised (the caller reports it).
std::string normaliseUnit(std::string_view text);
std::string normaliseDirection(std::string_view text);
std::string normaliseKind(std::string_view text);

} // namespace cairn::indicators
