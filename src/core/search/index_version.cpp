#include "search/index_version.h"

#include "store/project_file.h"
#include "store/sqlite.h"
#include "text/analyser.h"

#include <algorithm>
#include <string>

namespace cairn::search {

namespace {

constexpr const char* kVersionKey = "analyser_version";
// Passages per progress report and cancel check: a fraction of a second of analysis.
constexpr std::int64_t kBatch = 500;

} // namespace

std::optional<int> indexAnalyserVersion(store::Database& db) {
    auto stmt = db.prepare("SELECT value FROM project_meta WHERE key = ?");
    stmt.bind(1, kVersionKey);
    if (!stmt.step()) return std::nullopt;
    try {
        return std::stoi(stmt.getText(0));
    } catch (const std::exception&) {
        return std::nullopt; // not a number: treated as unknown, hence rebuilt
    }
}

bool indexIsCurrent(store::Database& db) {
    return indexAnalyserVersion(db) == text::Analyser::kVersion;
}

void rebuildIndex(store::ProjectFile& project, const ProgressFn& progress, const CancelToken* cancel) {
    auto& db = project.db();
    store::Transaction txn(db);
    const std::int64_t total = db.queryInt("SELECT COUNT(*) FROM passages");
    const std::string what = "indexing passages";
    if (progress) progress(0, total, what);
    // 'delete-all' and batched inserts instead of one 'rebuild': the same index, with progress and a
    // point to cancel between batches.
    db.exec("INSERT INTO passages_fts(passages_fts) VALUES ('delete-all')");
    auto upper = db.prepare("SELECT id FROM passages WHERE id > ?1 ORDER BY id LIMIT 1 OFFSET ?2");
    auto insert =
        db.prepare("INSERT INTO passages_fts(rowid, body) SELECT id, body FROM passages_fts_content "
                   "WHERE id > ?1 AND id <= ?2");
    const std::int64_t maxId = db.queryInt("SELECT COALESCE(MAX(id), 0) FROM passages");
    std::int64_t done = 0;
    std::int64_t last = -1; // ids are positive; -1 is below all of them
    while (last < maxId) {
        if (cancel) cancel->throwIfCancelled();
        upper.bind(1, last).bind(2, kBatch - 1);
        const std::int64_t high = upper.step() ? upper.getInt(0) : maxId;
        upper.reset();
        insert.bind(1, last).bind(2, high).run();
        insert.reset();
        done = std::min(total, done + kBatch);
        last = high;
        if (progress) progress(last == maxId ? total : done, total, what);
    }
    db.exec("INSERT INTO memos_fts(memos_fts) VALUES ('rebuild')");
    db.exec("INSERT INTO codes_fts(codes_fts) VALUES ('rebuild')");
    // One b-tree per index instead of one segment per batch: later queries read less.
    db.exec("INSERT INTO passages_fts(passages_fts) VALUES ('optimize')");
    project.setMeta(txn, kVersionKey, std::to_string(text::Analyser::kVersion));
    txn.commit();
}

bool updateIndex(store::ProjectFile& project, const ProgressFn& progress, const CancelToken* cancel) {
    if (indexIsCurrent(project.db())) return false;
    rebuildIndex(project, progress, cancel);
    return true;
}

} // namespace cairn::search
