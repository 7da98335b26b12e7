#pragma once
// What the Indicators and Analysis views ask of the core, in a worker with its own read-only
// connection: the analyses themselves are Project calls; this adds the one question the views ask
// that the core has no single call for, "which coded passages are behind this bar or cell?".

#include "project/project.h"

#include <memory>
#include <string>
#include <vector>

namespace cairn::gui {

/// The project at `path`, read-only (no lock, so it works while the window holds the writer).
std::unique_ptr<project::Project> openForReading(const std::string& path);

/// A bar or a cell: the codings of `code` (with sub-codes unless `otherCode` is set, as the
/// frequencies and crosstab roll them up), in sources of `kind`, of cases with `attribute` =
/// `value`; with `otherCode`, the codings of either code in passages where both apply, as the
/// co-occurrence table counts them (codes as applied, no roll-up).
struct PassageQuery {
    std::string code;
    std::string kind;
    std::string attribute;
    std::string value;
    std::string otherCode;
};

/// The codings behind a bar or cell, by source name and position.
std::vector<project::CodingView> passagesBehind(project::Project& project, const PassageQuery& query);

/// How many distinct passages `codings` touch (what a co-occurrence cell counts).
std::size_t passagesTouched(project::Project& project, const std::vector<project::CodingView>& codings);

} // namespace cairn::gui
