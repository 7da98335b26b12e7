#pragma once
// codings: one row per code applied to a span of a source (migration 003 has the design note).
//   Spans are half-open code-point ranges into the source's NFC text; slicing the text for display is
//   done above this layer with text::OffsetIndex, once per source, because SQLite's substr() rescans a
//   long text from its start for every coding.

#include "store/sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cairn::store {

class ProjectFile;

struct CodingRow {
    std::int64_t id = 0;
    std::string guid;
    std::int64_t codeId = 0;
    std::string codeGuid;
    std::int64_t sourceId = 0;
    std::string sourceGuid;
    std::string sourceName;
    std::string sourceKind;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::string coder;
    std::optional<double> weight;
    std::string selectionGuid;
    std::string createdAt;
    std::string memo; // the text of the memo on this coding, if any
};

struct NewCoding {
    std::string guid; // empty: new
    std::int64_t codeId = 0;
    std::int64_t sourceId = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::int64_t coderId = 0;
    std::optional<double> weight;
    std::string selectionGuid; // empty: a selection of its own
    std::string createdAt;     // empty: now
};

/// A coding as analyses count it: no GUIDs, selection or memo, which listing for display reads and
/// counting never needs.
struct CodedSpan {
    std::int64_t id = 0;
    std::int64_t codeId = 0;
    std::int64_t sourceId = 0;
    std::string sourceName;
    std::string sourceKind;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::string coder;
    std::optional<double> weight;
    std::string createdAt;
};

/// Which codings to list. Empty or unset fields do not filter.
struct CodingFilter {
    std::vector<std::int64_t> codeIds;
    std::optional<std::int64_t> sourceId;
    std::optional<std::int64_t> coderId;
    /// Codings in a source linked to the case, or overlapping a turn by a speaker linked to it.
    std::optional<std::int64_t> caseId;
    /// The same, for any case whose attribute has this value (compared as stored).
    std::optional<std::int64_t> attributeId;
    SqlValue attributeValue;
    std::string sourceKind;
    std::int64_t limit = -1;
};

std::int64_t coderIdByName(Database& db, const std::string& name); // 0 when unknown
/// The coder's id, adding the coder when new (with `guid` when given: an exchange file keeps its own).
std::int64_t ensureCoder(Transaction& txn, const std::string& name, const std::string& guid = {});

/// Checks the span against the source's length and the code's codability; logs "add-coding".
CodingRow insertCoding(ProjectFile& project, Transaction& txn, const NewCoding& coding);
/// Deletes a coding (and its memo); logs "delete-coding". Throws NotFound.
CodingRow deleteCoding(ProjectFile& project, Transaction& txn, const std::string& guid);
std::optional<CodingRow> findCoding(Database& db, const std::string& guid);
/// Codings in source order (source name, start, end, id).
std::vector<CodingRow> listCodings(Database& db, const CodingFilter& filter);
std::int64_t countCodings(Database& db, const CodingFilter& filter);
/// The codings listCodings would return for the filter (not its limit), in the same order, as spans.
std::vector<CodedSpan> listCodedSpans(Database& db, const CodingFilter& filter);
/// (coding id, case id) for every coding and each case it belongs to, by the rule of
/// CodingFilter::caseId: the cases of the linked speakers whose turns it overlaps, or else the cases
/// linked to its source. Ordered by coding id, then case id.
std::vector<std::pair<std::int64_t, std::int64_t>> codingCaseLinks(Database& db);
/// Moves every coding of `fromCodeId` to `intoCodeId`, deleting those that would then duplicate a
/// coding already there (same source, span and coder). Returns {moved, collapsed}.
std::pair<std::int64_t, std::int64_t> moveCodings(ProjectFile& project, Transaction& txn,
                                                  std::int64_t fromCodeId, std::int64_t intoCodeId);

} // namespace cairn::store
