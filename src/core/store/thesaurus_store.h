#pragma once
// thesaurus (migration 006): rings of words or phrases that mean the same thing in the project. The
// key of an entry (its folded words) is computed by the caller (search/thesaurus.h), so the store
// knows nothing about analysis. Every change is logged (ops) and is meant to run in a store::Edit.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cairn::store {

class Database;
class ProjectFile;
class Transaction;

struct ThesaurusEntry {
    std::int64_t id = 0;
    std::int64_t ring = 0;
    std::string phrase; // as written
    std::string key;    // folded words joined by one space
};

/// False for a project file older than schema 6 opened read-only.
bool hasThesaurus(Database& db);

/// Every entry, by ring, then by entry id (the order they were added).
std::vector<ThesaurusEntry> listThesaurus(Database& db);

/// The entry with this key, if any.
std::optional<ThesaurusEntry> findThesaurusEntry(Database& db, const std::string& key);

/// A number no ring uses yet.
std::int64_t newThesaurusRing(Database& db);

/// Adds an entry to a ring; returns its id. The key must not be in the thesaurus yet.
std::int64_t addThesaurusEntry(ProjectFile& project, Transaction& txn, std::int64_t ring,
                               const std::string& phrase, const std::string& key);

/// Moves every entry of ring `from` into ring `into` (an entry joined two rings).
void mergeThesaurusRings(ProjectFile& project, Transaction& txn, std::int64_t from, std::int64_t into);

/// Deletes one entry.
void deleteThesaurusEntry(ProjectFile& project, Transaction& txn, const ThesaurusEntry& entry);

} // namespace cairn::store
