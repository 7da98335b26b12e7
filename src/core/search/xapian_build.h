#pragma once
// Building a project's Xapian index from scratch: every passage, read from the project and written
// into a fresh database, which is then compacted into its final directory.
//
// A large project is built in parallel shards: passages split into contiguous ranges of ids, each
// range read through a connection of its own and written by a thread of its own into a database of
// its own. The compaction that every rebuild ends with (full blocks instead of the part-full ones many
// commits leave) merges the shards in the same pass: their docids (the passage ids) do not overlap,
// so they are kept, and their spelling dictionaries are summed. The CPU time is the same as one
// writer's; the wall time is divided by the cores used.
//
// Consistency: the outbox seq the build describes is read before any shard starts its own read
// transaction, so every shard sees that state or a later one. A later one is harmless: replaying the
// outbox after that seq (syncXapianIndex) rewrites each changed passage from the project as it is
// then, and a replay of a change already in the index writes the same document again.

#include "common/progress.h"

#include <cstdint>
#include <filesystem>

namespace cairn::store {
class Database;
}

namespace cairn::search::detail {

struct FreshIndex {
    std::int64_t seq = 0;      // the outbox seq the documents describe (at least)
    std::int64_t passages = 0; // documents written
    unsigned shards = 1;       // writers used
};

/// How many shards a build of `passages` passages uses when none is asked for: one per core (at most
/// four) for a project large enough that threads pay for themselves, one otherwise.
unsigned defaultShardCount(std::int64_t passages);

/// Writes every passage of the project in `db` into a new compacted database at `target` (which must
/// not exist), with the spelling dictionary of their words; scratch directories are made beside it,
/// named after it, and removed. `shards` 0 chooses by size; a project without a file on disk (or one
/// opened immutable) is always built through `db` alone. Reports progress as (done, total, what); a
/// callback that throws (a cancel) stops every shard and leaves no directory behind. `db` must not be
/// inside a transaction.
FreshIndex buildFreshIndex(store::Database& db, const std::filesystem::path& target,
                           const ProgressFn& progress, unsigned shards = 0);

} // namespace cairn::search::detail
