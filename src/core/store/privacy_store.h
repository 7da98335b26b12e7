#pragma once
// pseudonyms, pseudonym_matches, redactions, sensitive_attributes, consent_withdrawals and privacy_log
// (migration 007 explains each). Every change goes through the caller's transaction, is logged in ops
// like any edit, and appends to privacy_log: the anonymisation log holds GUIDs, spans and replacements,
// never the real text, so it can be shared on its own.

#include "privacy/publication.h"
#include "store/sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cairn::store {

class ProjectFile;

/// Pseudonym kinds; the names are a CLI contract.
const std::vector<std::string>& pseudonymKinds(); // case, speaker, term

struct PseudonymRow {
    std::int64_t id = 0;
    std::string guid;
    std::string kind;
    std::string realText;
    std::string replacement;
    std::int64_t applied = 0;   // accepted matches
    std::int64_t suggested = 0; // matches waiting for review
};

struct PseudonymMatchRow {
    std::int64_t id = 0;
    std::int64_t pseudonymId = 0;
    std::string replacement;
    std::int64_t sourceId = 0;
    std::string sourceName;
    std::int64_t cpStart = 0;
    std::int64_t cpEnd = 0;
    std::string status; // suggested | applied
};

struct RedactionRow {
    std::int64_t id = 0;
    std::string guid;
    std::int64_t sourceId = 0;
    std::string sourceName;
    std::int64_t cpStart = 0;
    std::int64_t cpEnd = 0;
    std::string replacement;
    std::string createdAt;
    std::string createdBy;
};

struct PrivacyLogRow {
    std::int64_t id = 0;
    std::string at;
    std::string coder;
    std::string action; // e.g. "pseudonym-add", "match-apply", "redact", "consent", "withhold", "raw-output"
    std::string target; // a GUID or a source's GUID with a span; never real text
    std::string detail;
};

/// Appends one entry to the anonymisation log (in the caller's transaction).
void logPrivacy(ProjectFile& project, Transaction& txn, const std::string& action, const std::string& target,
                const std::string& detail);
std::vector<PrivacyLogRow> listPrivacyLog(Database& db);

/// Adds a registry entry. Throws InvalidInput when `realText` is already registered or a kind is unknown.
PseudonymRow addPseudonym(ProjectFile& project, Transaction& txn, const std::string& kind,
                          const std::string& realText, const std::string& replacement);
std::vector<PseudonymRow> listPseudonyms(Database& db);
/// By GUID, real text or replacement.
std::optional<PseudonymRow> findPseudonym(Database& db, const std::string& key);
/// Removes an entry with its matches.
void removePseudonym(ProjectFile& project, Transaction& txn, const PseudonymRow& row);

/// Replaces the suggested (not applied) matches of every entry with `found`; applied ones stay.
/// Returns how many suggestions there are now.
std::int64_t replaceSuggestions(ProjectFile& project, Transaction& txn,
                                const std::vector<PseudonymMatchRow>& found);
std::vector<PseudonymMatchRow> listPseudonymMatches(Database& db, const std::string& status = {});
/// Marks suggestions applied: those with the given ids, or every one when `ids` is empty. Returns how
/// many; throws NotFound for an id that is not a suggestion.
std::int64_t applyPseudonymMatches(ProjectFile& project, Transaction& txn,
                                   const std::vector<std::int64_t>& ids);

RedactionRow addRedaction(ProjectFile& project, Transaction& txn, std::int64_t sourceId, std::int64_t cpStart,
                          std::int64_t cpEnd, const std::string& replacement);
std::vector<RedactionRow> listRedactions(Database& db, std::optional<std::int64_t> sourceId = std::nullopt);
/// By GUID (or a unique GUID prefix of 8 or more characters).
std::optional<RedactionRow> findRedaction(Database& db, const std::string& guid);
void removeRedaction(ProjectFile& project, Transaction& txn, const RedactionRow& row);

/// Marks an attribute sensitive (never exported) or not.
void setAttributeSensitive(ProjectFile& project, Transaction& txn, std::int64_t attributeId,
                           const std::string& attributeGuid, bool sensitive);
std::vector<std::int64_t> sensitiveAttributeIds(Database& db);

/// Consent, case names and pseudonyms, accepted matches and redactions, sensitive attributes: what
/// privacy::publishSpan needs, read once.
privacy::PrivacyRules loadPrivacyRules(Database& db);

} // namespace cairn::store
