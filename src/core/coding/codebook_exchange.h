#pragma once
// Between the project's codebook and REFI-QDA codebook data (import/refi_project.h), in both
// directions. Reading and writing the XML is import/ and export/'s business; this is the merge.
//
// Loading a codebook adds what is new and keeps what is there: a code whose GUID is already in the
// project, or whose name is already taken by a sibling (tools that mint new GUIDs on every export),
// is the same code, and its own sub-codes are merged under it. Loading the same codebook twice, or a
// shipped codebook whose GUIDs are derived from its paths, therefore never duplicates a code.

#include "import/refi_project.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cairn::store {
class Database;
class ProjectFile;
class Transaction;
} // namespace cairn::store

namespace cairn::coding {

struct CodebookMergeReport {
    std::int64_t added = 0;
    std::int64_t matchedByGuid = 0;
    std::int64_t matchedByName = 0;
    std::vector<std::string> notes;
};

/// Merges `codebook` into the project inside the caller's transaction; `shippedName` marks codes
/// from a shipped codebook.
CodebookMergeReport mergeCodebook(store::ProjectFile& project, store::Transaction& txn,
                                  const import::RefiCodebook& codebook, const std::string& shippedName = {});
/// The project's codebook as REFI-QDA data (every code, with definitions packed into descriptions).
import::RefiCodebook codebookForExport(store::Database& db);

} // namespace cairn::coding
