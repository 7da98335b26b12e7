#pragma once
// The Xapian index of a project: derived data in the user's cache directory, never in the project
// file, kept exactly in step with it through the outbox (migration 005).
//
//   Where:     $XDG_CACHE_HOME/cairn/index/<project GUID>/ (~/.cache when XDG_CACHE_HOME is unset).
//              CURRENT names the database directory in use (db-…); a rebuild writes a fresh one and
//              swaps CURRENT by rename, so a reader sees the old index or the new one, never half.
//              A lock file serialises writers across processes; a writer that finds it taken leaves
//              the index as it is and search answers from FTS5.
//   Documents: one per passage, docid = passages.id. Terms are text::Analyser's (never Xapian's
//              TermGenerator), each at its word's position + 1, expansions at their word's position,
//              so phrases and NEAR see what FTS5 sees. Boolean terms for filters (kXapianPrefix…).
//              Values for sorting and facets (kSlot…).
//   In step:   Xapian metadata "cairn:applied_seq" is the last outbox seq applied, "cairn:analyser"
//              the analyser version and "cairn:layout" this file's layout version, all committed in
//              the commit that writes the documents. Catching up reads the outbox rows after the
//              applied seq and those passages in one SQLite read transaction, so the applied seq
//              describes exactly the state the documents were read from. A missing or unreadable
//              index, another analyser or layout version, or an applied seq above the project's
//              highest (a restored older copy of the file) means a rebuild, as does an applied seq
//              below rows pruned from the outbox (pruneSearchOutbox). A rebuild records the seq it
//              read before it started; its parallel shards may read a later state, which the replay
//              after that seq writes again (search/xapian_build.h).

#include "common/progress.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace cairn::store {
class Database;
}

namespace cairn::search {

/// Bump when documents change shape (terms, prefixes, values) for the same project data.
// 2: the spelling dictionary of the passages' words; 3: no document data, binary source order in the
// sort values, compacted after a rebuild.
inline constexpr int kXapianLayoutVersion = 3;

/// The directory holding a project's index.
std::filesystem::path xapianIndexRoot(const std::string& projectGuid);

enum class IndexState {
    Current, // every outbox row applied
    Behind,  // rows left to apply (another process holds the writer lock, or no update was asked for)
    Missing, // no usable index (none yet, unreadable, another version) and none was built
    NoOutbox // the project file predates the outbox (read-only open of an older schema)
};

struct IndexStatus {
    IndexState state = IndexState::Missing;
    std::filesystem::path database; // the database directory in use, when there is one
    std::int64_t appliedSeq = 0;
    std::int64_t projectSeq = 0; // the project's highest outbox seq
    bool rebuilt = false;        // this call built a fresh index
    std::string note;            // why it is not current, for the user
};

/// Brings the index of the project in `db` up to date: replays the outbox after the applied seq in
/// batches (each committed with its seq), or rebuilds in a fresh directory when needed. With
/// `update` false it only reports the state. Reports rebuild progress as (done, total, what).
IndexStatus syncXapianIndex(store::Database& db, const std::string& projectGuid, bool update = true,
                            const ProgressFn& progress = {});

/// Builds a fresh index and swaps it in, whatever the state of the old one. `shards` writers build it in
/// parallel (search/xapian_build.h); 0 chooses by the project's size and the cores.
IndexStatus rebuildXapianIndex(store::Database& db, const std::string& projectGuid,
                               const ProgressFn& progress = {}, unsigned shards = 0);

/// Deletes outbox rows that this user's index has applied, keeping the newest `keep` rows (at least one)
/// from which other copies of the index (other users' caches) catch up; an index that falls behind the
/// rows kept is rebuilt when next used. Needs a writable connection; returns the rows deleted.
std::int64_t pruneSearchOutbox(store::Database& db, const std::string& projectGuid,
                               std::int64_t keep = 10000);

/// Compares the index with the project: document count, applied seq, and the terms of a sample of
/// passages (every `sampleEvery`-th) against the documents they should have. One line per problem.
std::vector<std::string> checkXapianIndex(store::Database& db, const std::string& projectGuid,
                                          std::int64_t sampleEvery = 97);

} // namespace cairn::search
