#pragma once
// The written forms of an indicator value's fields, shared by the CSV reader, the CLI and the GUI:
// periods ("2021", "2019-20", "2019-04-01/2020-03-31", "arrival"), scopes ("project", "case:NAME",
// "group:LABEL") and numbers as spreadsheets write them ("3.2", "3,2", "45%", "1,234").

#include <optional>
#include <string>
#include <string_view>

namespace cairn::indicators {

struct Period {
    std::string text;  // as written, trimmed: what the user sees and what makes a value unique
    std::string start; // ISO date of the first day, or "" for a label such as "arrival"
    std::string end;   // ISO date of the last day, or ""
};

/// Reads a period. Dates and ranges: "2021" (a calendar year), "2021-03" (a month), "2021-03-04",
/// "2019-20" or "2019/20" (a UK financial year, April to March), "A/B" with A and B any of those
/// (from A's first day to B's last). Anything else of up to 64 characters is a label ("arrival",
/// "wave 2"). Throws InvalidInput for an empty period, an impossible date ("2021-02-30") or a range
/// that ends before it starts.
Period parsePeriod(std::string_view text);

enum class ScopeKind { Project, Case, Group };

struct Scope {
    ScopeKind kind = ScopeKind::Project;
    std::string name; // the case's name or the group's label
};

/// "project" (or empty), "case:NAME", "group:LABEL"; the prefix is case-insensitive. Throws
/// InvalidInput for another prefix or an empty name.
Scope parseScope(std::string_view text);
std::string scopeText(const Scope& scope);
const char* scopeKindName(ScopeKind kind); // project, case, group (as stored)

/// Reads a number as people type it into spreadsheets: surrounding spaces, a trailing '%', thousands
/// separators ("1,234" or "1 234"), and a decimal comma when the file's separator is not a comma
/// ("3,2" in a ';' file). nullopt when it is not a finite number.
std::optional<double> parseNumber(std::string_view text, char separator = ',');
/// A count: a non-negative whole number.
std::optional<long long> parseCount(std::string_view text);
/// The shortest text that reads back as the same double ("3.2", not "3.2000000000000002").
std::string formatNumber(double value);

} // namespace cairn::indicators
