#pragma once
// cases, attributes, case_values, case_sources, and the case links of speakers.
//   An attribute is defined once per project with a type; every value of it is stored in that
//   type's SQLite form, so analyses compute with numbers, not strings. Consent lives on the case.

#include "store/sqlite.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cairn::store {

class ProjectFile;

/// Case kinds and consent states; the names are stored and are a CLI contract.
const std::vector<std::string>& caseKinds();
const std::vector<std::string>& consentStates();  // unknown, quote, anonymous, none, withdrawn
const std::vector<std::string>& attributeTypes(); // text, integer, decimal, boolean, date

struct CaseRow {
    std::int64_t id = 0;
    std::string guid;
    std::string name;
    std::string kind;
    std::string description;
    std::string consent;
    std::string consentDate;
    std::string consentNote;
    std::map<std::string, SqlValue> attributes; // by attribute name
    std::int64_t sources = 0;
};

struct AttributeRow {
    std::int64_t id = 0;
    std::string guid;
    std::string name;
    std::string type;
    std::string description;
};

/// Returns the case's id, creating it (and logging "add-case") if it does not exist.
/// A new case takes `guid` when given (an exchange file keeps its own).
std::int64_t ensureCase(ProjectFile& project, Transaction& txn, const std::string& name,
                        const std::string& kind = "participant", const std::string& guid = {});
std::optional<CaseRow> findCase(Database& db, const std::string& guidOrName);
std::vector<CaseRow> listCases(Database& db);

/// Defines an attribute, or checks that an existing one has the same type (InvalidInput otherwise).
std::int64_t defineAttribute(ProjectFile& project, Transaction& txn, const std::string& name,
                             const std::string& type, const std::string& guid = {});
std::vector<AttributeRow> listAttributes(Database& db);
std::optional<AttributeRow> findAttribute(Database& db, const std::string& name);

/// Converts the text form of a value to the stored form of `type`. Throws InvalidInput naming the
/// attribute and the expected form when it does not fit.
SqlValue typedValue(const std::string& attribute, const std::string& type, const std::string& text);
/// The text form of a stored value ("true"/"false" for booleans).
std::string valueText(const std::string& type, const SqlValue& value);

/// Sets (or with an empty optional, clears) one attribute of a case; logs before/after.
void setCaseValue(ProjectFile& project, Transaction& txn, std::int64_t caseId, const AttributeRow& attribute,
                  const std::optional<SqlValue>& value);

void setConsent(ProjectFile& project, Transaction& txn, std::int64_t caseId, const std::string& consent,
                const std::string& date, const std::string& note);

/// Deletes a case with its attribute values, source links and memos (speakers linked to it are
/// unlinked, its indicator values go too); the sources stay. Logs what it was.
void deleteCase(ProjectFile& project, Transaction& txn, std::int64_t caseId);

void linkCaseSource(ProjectFile& project, Transaction& txn, std::int64_t caseId, std::int64_t sourceId);
void linkSpeakerCase(ProjectFile& project, Transaction& txn, std::int64_t speakerId, std::int64_t caseId);
/// (case id, source id) for every source linked to a case, directly or through a speaker linked to it.
std::vector<std::pair<std::int64_t, std::int64_t>> caseSourceLinks(Database& db);

} // namespace cairn::store
