#pragma once
// Which analyser built the project's full-text index, and rebuilding it when that is not this build's.
//
// project_meta 'analyser_version' holds the text::Analyser::kVersion the index (passages_fts,
// memos_fts) was built with. Terms from another version may differ for the same text (a new folding
// rule, a new stemmer), and a query analysed today must meet passages analysed the same way, so a
// different or missing version means a rebuild: opening a project for writing does it (Project::open),
// once, in one transaction, with progress. A read-only search of a stale index is refused rather than
// answered wrongly.

#include "common/progress.h"

#include <cstdint>
#include <optional>

namespace cairn::store {
class Database;
class ProjectFile;
} // namespace cairn::store

namespace cairn::search {

/// The analyser version recorded for the index; nullopt when none is (a project from before search).
std::optional<int> indexAnalyserVersion(store::Database& db);

/// True when the index was built by this build's analyser.
bool indexIsCurrent(store::Database& db);

/// Rebuilds passages_fts and memos_fts from their content in one transaction and records this
/// analyser's version. Reports (done, total, "indexing passages") every few hundred passages; honours
/// `cancel` between them (everything then rolls back, the old index and version stay).
void rebuildIndex(store::ProjectFile& project, const ProgressFn& progress = {},
                  const CancelToken* cancel = nullptr);

/// Rebuilds when the index is not current; returns whether it did. Needs a project open for writing.
bool updateIndex(store::ProjectFile& project, const ProgressFn& progress = {},
                 const CancelToken* cancel = nullptr);

} // namespace cairn::search
