#pragma once
// Frameworks as CSV, one row per node, so a user can import the full Welsh indicator list from a
// spreadsheet and a project's frameworks can be written back out and read in again unchanged.
//
// Columns (names case-insensitive, any order; only framework, id and title are required):
//   framework              the framework's key ("wales-nwi-2021"); one file may hold several
//   framework_name, publisher, version, url, framework_description
//                          the framework's own fields: given on at least one of its rows, and never
//                          differently on two rows
//   id                     the node's identifier in the framework ("16", "1.17", "Work")
//   parent                 the id of the node above it (a group or domain), or empty
//   kind                   group, domain or indicator (default indicator)
//   title, definition, unit, direction, breakdowns, source
//   continues, relation    "KEY:ID" of the indicator of an earlier set this one carries on, and how
//                          (same, reworded, split, merged, related)
//
// A file with any error imports nothing: every error is reported with its line number.

#include "indicators/framework_definition.h"

#include <string>
#include <string_view>
#include <vector>

namespace cairn::indicators {

/// Parses a framework CSV (UTF-8). Throws InvalidInput listing every problem by line: missing
/// columns, an empty id or title, an unknown kind, unit, direction or relation, an id repeated in one
/// framework, a parent that is not in the framework or that makes a loop, framework fields that
/// disagree between rows. Nodes come out with parents before children.
std::vector<FrameworkDefinition> parseFrameworkCsv(std::string_view utf8);

/// Writes frameworks in the format parseFrameworkCsv reads, framework fields on each framework's
/// first row only.
std::string writeFrameworkCsv(const std::vector<FrameworkDefinition>& frameworks);

} // namespace cairn::indicators
