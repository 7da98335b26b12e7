#include "search/xapian_index.h"

#include "common/error.h"
#include "search/read_snapshot.h"
#include "search/xapian_build.h"
#include "search/xapian_document.h"
#include "store/sqlite.h"
#include "text/analyser.h"

#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <sys/file.h>
#include <unistd.h>
#include <xapian.h>

namespace cairn::search {

namespace fs = std::filesystem;

namespace {

constexpr const char* kAppliedKey = "cairn:applied_seq";
constexpr const char* kAnalyserKey = "cairn:analyser";
constexpr const char* kLayoutKey = "cairn:layout";
// Outbox rows per catch-up commit: large enough that Xapian's per-commit cost is spread thin, small enough
// that a killed writer loses little work.
constexpr std::int64_t kReplayBatch = 2000;

// flock on <root>/lock: one writer per index across processes; released when the object goes.
class WriterLock {
public:
    explicit WriterLock(const fs::path& root) {
        m_fd = ::open((root / "lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (m_fd < 0) throw Io("cannot open the search index lock in " + root.string());
        m_held = ::flock(m_fd, LOCK_EX | LOCK_NB) == 0;
    }
    ~WriterLock() {
        if (m_fd >= 0) ::close(m_fd);
    }
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;
    bool held() const { return m_held; }

private:
    int m_fd = -1;
    bool m_held = false;
};

bool hasOutbox(store::Database& db) {
    return db.queryInt("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = 'search_outbox'") >
           0;
}

std::int64_t projectSeq(store::Database& db) {
    return db.queryInt("SELECT IFNULL(MAX(seq), 0) FROM search_outbox");
}

// The oldest row still in the outbox (pruneSearchOutbox deletes applied rows); 0 when it is empty.
std::int64_t firstSeq(store::Database& db) {
    return db.queryInt("SELECT IFNULL(MIN(seq), 0) FROM search_outbox");
}

fs::path currentDatabase(const fs::path& root) {
    std::ifstream in(root / "CURRENT");
    std::string name;
    if (!(in >> name) || name.find('/') != std::string::npos || name.starts_with(".")) return {};
    return root / name;
}

std::int64_t metaInt(const Xapian::Database& db, const char* key) {
    const std::string value = db.get_metadata(key);
    if (value.empty()) return -1;
    char* end = nullptr;
    const long long n = std::strtoll(value.c_str(), &end, 10);
    return *end ? -1 : n;
}

// Why an index cannot be caught up and must be rebuilt; empty when it can.
std::string staleness(const Xapian::Database& index, std::int64_t seq, std::int64_t first) {
    if (metaInt(index, kLayoutKey) != kXapianLayoutVersion) return "it has another layout version";
    if (metaInt(index, kAnalyserKey) != text::Analyser::kVersion)
        return "it was built by another analyser version";
    const std::int64_t applied = metaInt(index, kAppliedKey);
    if (applied < 0) return "it records no applied change";
    if (applied > seq) return "it is ahead of the project (an older copy of the file?)";
    if (first > applied + 1) return "changes it has not applied were pruned from the project's outbox";
    return {};
}

void setVersions(Xapian::WritableDatabase& index, std::int64_t applied) {
    index.set_metadata(kAppliedKey, std::to_string(applied));
    index.set_metadata(kAnalyserKey, std::to_string(text::Analyser::kVersion));
    index.set_metadata(kLayoutKey, std::to_string(kXapianLayoutVersion));
}

// The spelling dictionary counts every occurrence of the passages' words as written (folded), so
// suggestions come from the project's own vocabulary in all its languages; a replaced or deleted
// document takes its counts back out first.
void countSpellings(Xapian::WritableDatabase& index, const Xapian::Document& doc, bool add) {
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        const std::string term = *t;
        if (!xdoc::isSpellingWord(term)) continue;
        if (add)
            index.add_spelling(term, t.get_wdf());
        else
            index.remove_spelling(term, t.get_wdf());
    }
}

// Applies outbox rows (from, to] to the index and commits them with `to` as the applied seq.
void applyBatch(store::Database& db, Xapian::WritableDatabase& index, std::int64_t from, std::int64_t to) {
    xdoc::DocumentReader reader(db);
    auto rows = db.prepare("SELECT DISTINCT passage_id FROM search_outbox WHERE seq > ? AND seq <= ?");
    rows.bind(1, from).bind(2, to);
    while (rows.step()) {
        const std::int64_t id = rows.getInt(0);
        const auto docid = static_cast<Xapian::docid>(id);
        try {
            countSpellings(index, index.get_document(docid), false);
        } catch (const Xapian::DocNotFoundError&) {
            // A new passage, or one added and deleted before the index saw it.
        }
        if (auto doc = reader.read(id)) {
            countSpellings(index, *doc, true);
            index.replace_document(docid, *doc);
        } else {
            try {
                index.delete_document(docid);
            } catch (const Xapian::DocNotFoundError&) {
                // Added and deleted before the index saw it.
            }
        }
    }
    index.set_metadata(kAppliedKey, std::to_string(to));
    index.commit();
}

std::string freshName() {
    const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    return "db-" + std::to_string(::getpid()) + "-" + std::to_string(now);
}

// Builds a fresh index beside the old one and points CURRENT at it. Needs the writer lock.
//
// The documents are written in one or more scratch databases beside <name>, then compacted into <name>
// (search/xapian_build.h): glass tables written by many commits leave their blocks part-full, and
// compaction rewrites every table full, in one pass, keeping the docids (= passage ids) and summing the
// spelling data. The versions are committed into the compacted database before CURRENT names it, and it
// stays writable, so the outbox is replayed into it as before.
IndexStatus rebuildLocked(store::Database& db, const fs::path& root, const ProgressFn& progress,
                          unsigned shards = 0) {
    const std::string name = freshName();
    const fs::path fresh = root / name;
    IndexStatus status;
    const auto built = detail::buildFreshIndex(db, fresh, progress, shards);
    status.appliedSeq = built.seq;
    status.projectSeq = built.seq;
    {
        Xapian::WritableDatabase index(fresh.string(), Xapian::DB_OPEN);
        setVersions(index, built.seq);
        index.commit();
    }
    const fs::path old = currentDatabase(root);
    {
        std::ofstream out(root / "CURRENT.tmp", std::ios::trunc);
        out << name << "\n";
        if (!out.flush()) throw Io("cannot write " + (root / "CURRENT.tmp").string());
    }
    fs::rename(root / "CURRENT.tmp", root / "CURRENT");
    // Everything but the new database: the old one, and any a killed rebuild left behind.
    for (const auto& entry : fs::directory_iterator(root))
        if (entry.is_directory() && entry.path() != fresh) {
            std::error_code ignored; // a reader on another platform may hold it open; it is retried next time
            fs::remove_all(entry.path(), ignored);
        }
    status.state = IndexState::Current;
    status.database = fresh;
    status.rebuilt = true;
    return status;
}

} // namespace

fs::path xapianIndexRoot(const std::string& projectGuid) {
    fs::path cache;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') {
        cache = xdg;
    } else if (const char* home = std::getenv("HOME"); home && *home) {
        cache = fs::path(home) / ".cache";
    } else {
        throw Io("neither XDG_CACHE_HOME nor HOME is set: there is nowhere to keep the search index");
    }
    if (projectGuid.empty() || projectGuid.find_first_of("/.") != std::string::npos)
        throw InvalidInput("the project GUID '" + projectGuid + "' cannot name an index directory");
    return cache / "cairn" / "index" / projectGuid;
}

IndexStatus syncXapianIndex(store::Database& db, const std::string& projectGuid, bool update,
                            const ProgressFn& progress) {
    IndexStatus status;
    if (!hasOutbox(db)) {
        status.state = IndexState::NoOutbox;
        status.note = "the project file predates the ranked-search index; open it for writing once";
        return status;
    }
    const fs::path root = xapianIndexRoot(projectGuid);
    status.database = currentDatabase(root);
    status.projectSeq = projectSeq(db);
    std::string why;
    if (status.database.empty()) {
        why = "there is no index yet";
    } else {
        try {
            const Xapian::Database index(status.database.string());
            why = staleness(index, status.projectSeq, firstSeq(db));
            status.appliedSeq = metaInt(index, kAppliedKey);
        } catch (const Xapian::Error& error) {
            why = "it cannot be read (" + error.get_msg() + ")";
        }
    }
    if (why.empty() && status.appliedSeq == status.projectSeq) {
        status.state = IndexState::Current;
        return status;
    }
    status.state = why.empty() ? IndexState::Behind : IndexState::Missing;
    status.note =
        why.empty() ? "the index has not applied the latest changes yet" : "the index is unusable: " + why;
    if (!update) return status;

    fs::create_directories(root);
    const WriterLock lock(root);
    if (!lock.held()) {
        status.note = "another Cairn process is updating the search index";
        return status;
    }
    if (!why.empty()) return rebuildLocked(db, root, progress);
    try {
        Xapian::WritableDatabase index(status.database.string(), Xapian::DB_OPEN);
        // Re-read under the lock: another process may have applied rows meanwhile.
        std::int64_t applied = metaInt(index, kAppliedKey);
        while (true) {
            const detail::ReadSnapshot snapshot(db);
            const std::int64_t seq = projectSeq(db);
            if (applied >= seq) break;
            const std::int64_t to = std::min(seq, applied + kReplayBatch);
            applyBatch(db, index, applied, to);
            applied = to;
        }
        status.appliedSeq = applied;
        status.projectSeq = std::max(status.projectSeq, applied);
        status.state = IndexState::Current;
        status.note.clear();
        return status;
    } catch (const Xapian::DatabaseError&) {
        return rebuildLocked(db, root, progress);
    }
}

IndexStatus rebuildXapianIndex(store::Database& db, const std::string& projectGuid,
                               const ProgressFn& progress, unsigned shards) {
    if (!hasOutbox(db))
        throw InvalidInput("the project file predates the ranked-search index; open it for writing once");
    const fs::path root = xapianIndexRoot(projectGuid);
    fs::create_directories(root);
    const WriterLock lock(root);
    if (!lock.held()) throw Io("another Cairn process is updating the search index in " + root.string());
    return rebuildLocked(db, root, progress, shards);
}

std::int64_t pruneSearchOutbox(store::Database& db, const std::string& projectGuid, std::int64_t keep) {
    if (!hasOutbox(db)) return 0;
    const std::int64_t newest = projectSeq(db);
    // The newest row always stays: MAX(seq) is the project's sequence, which an index is compared with.
    std::int64_t safe = newest - std::max<std::int64_t>(keep, 1);
    const fs::path database = currentDatabase(xapianIndexRoot(projectGuid));
    std::int64_t applied = 0;
    if (!database.empty()) {
        try {
            const Xapian::Database index(database.string());
            if (staleness(index, newest, firstSeq(db)).empty()) applied = metaInt(index, kAppliedKey);
        } catch (const Xapian::Error&) {
            applied = 0; // unreadable: it is rebuilt anyway, and rebuilding needs no outbox rows
        }
    }
    // Rows this user's index has not applied stay, so pruning never forces a rebuild here.
    safe = std::min(safe, database.empty() ? safe : applied);
    if (safe <= 0) return 0;
    auto prune = db.prepare("DELETE FROM search_outbox WHERE seq <= ?");
    prune.bind(1, safe);
    prune.run();
    return db.changes();
}

std::vector<std::string> checkXapianIndex(store::Database& db, const std::string& projectGuid,
                                          std::int64_t sampleEvery) {
    std::vector<std::string> problems;
    if (!hasOutbox(db)) return problems;
    const fs::path database = currentDatabase(xapianIndexRoot(projectGuid));
    if (database.empty()) return problems; // no index is not a disagreement: search builds one
    try {
        const Xapian::Database index(database.string());
        const detail::ReadSnapshot snapshot(db);
        const std::int64_t seq = projectSeq(db);
        const std::int64_t applied = metaInt(index, kAppliedKey);
        if (const auto why = staleness(index, seq, firstSeq(db)); !why.empty()) {
            problems.push_back("the ranked-search index is unusable: " + why);
            return problems;
        }
        if (applied != seq) return problems; // behind: the next search catches up; nothing to compare yet
        const auto passages = db.queryInt("SELECT COUNT(*) FROM passages");
        if (static_cast<std::int64_t>(index.get_doccount()) != passages)
            problems.push_back("the ranked-search index holds " + std::to_string(index.get_doccount()) +
                               " passages; the project has " + std::to_string(passages));
        xdoc::DocumentReader reader(db);
        auto ids = db.prepare("SELECT id FROM passages WHERE id % ? = 0 ORDER BY id");
        ids.bind(1, std::max<std::int64_t>(1, sampleEvery));
        while (ids.step()) {
            const std::int64_t id = ids.getInt(0);
            const auto expected = reader.read(id);
            Xapian::Document actual;
            try {
                actual = index.get_document(static_cast<Xapian::docid>(id));
            } catch (const Xapian::DocNotFoundError&) {
                problems.push_back("passage " + std::to_string(id) +
                                   " is missing from the ranked-search index");
                continue;
            }
            if (!expected) continue;
            auto a = actual.termlist_begin();
            auto e = expected->termlist_begin();
            bool same = actual.termlist_count() == expected->termlist_count();
            for (; same && a != actual.termlist_end() && e != expected->termlist_end(); ++a, ++e)
                same = *a == *e && a.get_wdf() == e.get_wdf();
            if (!same)
                problems.push_back("passage " + std::to_string(id) +
                                   " has other terms in the ranked-search index than in the project");
        }
    } catch (const Xapian::Error& error) {
        problems.push_back("the ranked-search index cannot be read: " + error.get_msg());
    }
    return problems;
}

} // namespace cairn::search
