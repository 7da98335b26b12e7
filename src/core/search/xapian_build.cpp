#include "search/xapian_build.h"

#include "common/error.h"
#include "search/read_snapshot.h"
#include "search/xapian_document.h"
#include "store/sqlite.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>
#include <xapian.h>

namespace cairn::search::detail {

namespace fs = std::filesystem;

namespace {

// A build writes directories nobody reads until it is complete, so its commits only bound memory: one per
// Xapian flush threshold (10,000 documents by default), never more often. On 100,000 passages a commit
// every 2,000 took about the same CPU time, and one every 50,000 (with the threshold raised to match)
// about a third more: the inverter's maps of pending changes grow past the caches.
constexpr std::int64_t kCommitEvery = 10000;
// Below this many passages for each shard a thread costs more (its connection, its database, a larger
// compaction) than it saves.
constexpr std::int64_t kPassagesPerShard = 20000;
constexpr unsigned kMaxShards = 4;
const std::string kWhat = "indexing passages for ranked search";

// A rebuild adds each word's total once at the end: add_spelling looks the word up in the spelling table
// on every call, which cost more than the rest of the rebuild when it was called for every word of every
// passage.
using SpellingCounts = std::unordered_map<std::string, Xapian::termcount>;

void gatherSpellings(SpellingCounts& counts, const Xapian::Document& doc) {
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        const std::string term = *t;
        if (xdoc::isSpellingWord(term)) counts[term] += t.get_wdf();
    }
}

struct IdRange {
    std::int64_t first = std::numeric_limits<std::int64_t>::min(); // passage ids, both ends included
    std::int64_t last = std::numeric_limits<std::int64_t>::max();
};

// What the shards share with the thread that waits for them.
struct Shared {
    std::atomic<std::int64_t> done{0};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::condition_variable finished;
    unsigned running = 0;
    std::exception_ptr failure;

    void fail(std::exception_ptr error) {
        const std::lock_guard lock(mutex);
        if (!failure) failure = std::move(error);
        stop = true;
    }
};

// Writes the passages of `range`, read through `db` in one read transaction, into a new database at
// `path`, with their spelling counts. `afterCommit` runs after each intermediate commit (progress, when
// there is one shard); it may throw to stop the build.
std::int64_t writeShard(store::Database& db, const fs::path& path, const IdRange& range, Shared& shared,
                        const std::function<void()>& afterCommit) {
    Xapian::WritableDatabase index(path.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    const ReadSnapshot snapshot(db);
    xdoc::DocumentReader reader(db);
    SpellingCounts spellings;
    auto ids = db.prepare("SELECT id FROM passages WHERE id BETWEEN ? AND ? ORDER BY id");
    ids.bind(1, range.first).bind(2, range.last);
    std::int64_t read = 0;
    std::int64_t written = 0;
    while (ids.step()) {
        if (shared.stop) return written;
        const std::int64_t id = ids.getInt(0);
        if (auto doc = reader.read(id)) {
            gatherSpellings(spellings, *doc);
            index.replace_document(static_cast<Xapian::docid>(id), *doc);
            ++written;
        }
        ++shared.done;
        if (++read % kCommitEvery == 0) {
            index.commit();
            if (afterCommit) afterCommit();
        }
    }
    for (const auto& [word, count] : spellings)
        index.add_spelling(word, count);
    index.commit();
    return written;
}

// A second connection to the project for a shard, opened the way ProjectFile::open opens it: read-only,
// or immutable when the project's folder is read-only (no -shm file can be made there). Null when the
// project has no file to open again.
std::unique_ptr<store::Database> openShardConnection(const store::Database& db) {
    const std::string& path = db.path();
    if (path.empty() || path == ":memory:" || !fs::is_regular_file(path)) return nullptr;
    try {
        auto connection = std::make_unique<store::Database>(path, store::Database::Mode::ReadOnly);
        connection->queryInt("PRAGMA application_id");
        return connection;
    } catch (const Io&) {
        if (!db.readOnly()) return nullptr;
    }
    try {
        return std::make_unique<store::Database>(path, store::Database::Mode::Immutable);
    } catch (const Io&) {
        return nullptr;
    }
}

// Splits the passages into `count` ranges of about the same number of passages. The first and last are
// open-ended, so that a passage added after the split still falls in one.
std::vector<IdRange> splitIds(store::Database& db, std::int64_t total, unsigned count) {
    std::vector<IdRange> ranges(count);
    auto at = db.prepare("SELECT id FROM passages ORDER BY id LIMIT 1 OFFSET ?");
    for (unsigned k = 1; k < count; ++k) {
        at.bind(1, total * k / count);
        const std::int64_t boundary = at.step() ? at.getInt(0) : std::numeric_limits<std::int64_t>::max();
        at.reset();
        ranges[k - 1].last = boundary - 1;
        ranges[k].first = boundary;
    }
    return ranges;
}

void removeAll(const std::vector<fs::path>& paths) {
    for (const auto& path : paths) {
        std::error_code ignored; // what cannot be removed now goes with the next rebuild's sweep
        fs::remove_all(path, ignored);
    }
}

// Merges the shards into one compacted database at `target`, docids kept.
void compactInto(const std::vector<fs::path>& shards, const fs::path& target) {
    Xapian::Database all;
    for (const auto& shard : shards)
        all.add_database(Xapian::Database(shard.string()));
    all.compact(target.string(), Xapian::DBCOMPACT_NO_RENUMBER);
}

} // namespace

unsigned defaultShardCount(std::int64_t passages) {
    const unsigned cores = std::max(1U, std::thread::hardware_concurrency());
    const auto bySize = static_cast<unsigned>(std::max<std::int64_t>(1, passages / kPassagesPerShard));
    return std::min({cores, kMaxShards, bySize});
}

FreshIndex buildFreshIndex(store::Database& db, const fs::path& target, const ProgressFn& progress,
                           unsigned shards) {
    FreshIndex fresh;
    std::int64_t total = 0;
    std::vector<IdRange> ranges;
    {
        const ReadSnapshot snapshot(db);
        fresh.seq = db.queryInt("SELECT IFNULL(MAX(seq), 0) FROM search_outbox");
        total = db.queryInt("SELECT COUNT(*) FROM passages");
        ranges = splitIds(db, total, shards == 0 ? defaultShardCount(total) : shards);
    }
    // Every connection is opened before any thread starts: a project that cannot be opened again is
    // built through `db` alone.
    std::vector<std::unique_ptr<store::Database>> connections;
    for (std::size_t k = 0; ranges.size() > 1 && k < ranges.size(); ++k) {
        auto connection = openShardConnection(db);
        if (!connection) {
            connections.clear();
            ranges = {IdRange{}};
            break;
        }
        connections.push_back(std::move(connection));
    }
    fresh.shards = static_cast<unsigned>(ranges.size());

    std::vector<fs::path> paths;
    for (std::size_t k = 0; k < ranges.size(); ++k)
        paths.push_back(target.string() + ".build-" + std::to_string(k));
    Shared shared;
    if (progress) progress(0, total, kWhat);
    try {
        if (ranges.size() == 1) {
            fresh.passages = writeShard(db, paths.front(), ranges.front(), shared, [&] {
                if (progress) progress(shared.done, total, kWhat);
            });
        } else {
            std::vector<std::int64_t> written(ranges.size(), 0);
            std::vector<std::thread> threads;
            for (std::size_t k = 0; k < ranges.size() && !shared.stop; ++k) {
                {
                    const std::lock_guard lock(shared.mutex);
                    ++shared.running;
                }
                try {
                    threads.emplace_back([&, k] {
                        try {
                            written[k] = writeShard(*connections[k], paths[k], ranges[k], shared, {});
                        } catch (...) {
                            shared.fail(std::current_exception());
                        }
                        const std::lock_guard lock(shared.mutex);
                        --shared.running;
                        shared.finished.notify_all();
                    });
                } catch (...) {
                    // No thread to be had: the shards already started stop, and the failure is reported.
                    shared.fail(std::current_exception());
                    const std::lock_guard lock(shared.mutex);
                    --shared.running;
                }
            }
            // This thread reports progress (a callback that throws is a cancel) until the shards are done.
            std::unique_lock lock(shared.mutex);
            while (!shared.finished.wait_for(lock, std::chrono::milliseconds(200),
                                             [&] { return shared.running == 0; })) {
                if (!progress || shared.stop) continue;
                lock.unlock();
                try {
                    progress(shared.done, total, kWhat);
                } catch (...) {
                    shared.fail(std::current_exception());
                }
                lock.lock();
            }
            lock.unlock();
            for (auto& thread : threads)
                thread.join();
            if (shared.failure) std::rethrow_exception(shared.failure);
            for (const auto n : written)
                fresh.passages += n;
        }
        compactInto(paths, target);
        removeAll(paths);
        if (progress) progress(total, total, kWhat);
    } catch (...) {
        removeAll(paths);
        removeAll({target});
        throw;
    }
    return fresh;
}

} // namespace cairn::search::detail
