#include "store/privacy_store.h"

#include "common/clock.h"
#include "common/error.h"
#include "common/guid.h"
#include "store/ops_log.h"
#include "store/project_file.h"
#include "text/fold.h"

#include <algorithm>

namespace cairn::store {

const std::vector<std::string>& pseudonymKinds() {
    static const std::vector<std::string> kinds = {"case", "speaker", "term"};
    return kinds;
}

namespace {

std::string spanTarget(const std::string& sourceGuid, std::int64_t start, std::int64_t end) {
    return sourceGuid + ":" + std::to_string(start) + "-" + std::to_string(end);
}

std::string sourceGuidOf(Database& db, std::int64_t sourceId) {
    auto stmt = db.prepare("SELECT guid FROM sources WHERE id = ?");
    stmt.bind(1, sourceId);
    if (!stmt.step()) throw NotFound("no source with id " + std::to_string(sourceId));
    return stmt.getText(0);
}

constexpr const char* kSelectPseudonym =
    "SELECT p.id, p.guid, p.kind, p.real_text, p.replacement, "
    "(SELECT COUNT(*) FROM pseudonym_matches m WHERE m.pseudonym_id = p.id AND m.status = 'applied'), "
    "(SELECT COUNT(*) FROM pseudonym_matches m WHERE m.pseudonym_id = p.id AND m.status = 'suggested') "
    "FROM pseudonyms p ";

PseudonymRow readPseudonym(const Statement& s) {
    return {s.getInt(0), s.getText(1), s.getText(2), s.getText(3), s.getText(4), s.getInt(5), s.getInt(6)};
}

constexpr const char* kSelectRedaction =
    "SELECT r.id, r.guid, r.source_id, s.name, r.cp_start, r.cp_end, r.replacement, r.created_at, "
    "IFNULL(c.name, '') FROM redactions r JOIN sources s ON s.id = r.source_id "
    "LEFT JOIN coders c ON c.id = r.created_by ";

RedactionRow readRedaction(const Statement& s) {
    return {s.getInt(0), s.getText(1), s.getInt(2),  s.getText(3), s.getInt(4),
            s.getInt(5), s.getText(6), s.getText(7), s.getText(8)};
}

} // namespace

void logPrivacy(ProjectFile& project, Transaction& txn, const std::string& action, const std::string& target,
                const std::string& detail) {
    txn.db()
        .prepare("INSERT INTO privacy_log(at, coder_id, action, target, detail) VALUES (?, ?, ?, ?, ?)")
        .bind(1, utcNowIso())
        .bind(2, project.coderId(txn))
        .bind(3, action)
        .bind(4, target)
        .bind(5, detail)
        .run();
}

std::vector<PrivacyLogRow> listPrivacyLog(Database& db) {
    std::vector<PrivacyLogRow> rows;
    auto stmt =
        db.prepare("SELECT l.id, l.at, IFNULL(c.name, ''), l.action, l.target, l.detail FROM privacy_log "
                   "l LEFT JOIN coders c ON c.id = l.coder_id ORDER BY l.id");
    while (stmt.step())
        rows.push_back({stmt.getInt(0), stmt.getText(1), stmt.getText(2), stmt.getText(3), stmt.getText(4),
                        stmt.getText(5)});
    return rows;
}

PseudonymRow addPseudonym(ProjectFile& project, Transaction& txn, const std::string& kind,
                          const std::string& realText, const std::string& replacement) {
    const auto& kinds = pseudonymKinds();
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end())
        throw InvalidInput("unknown pseudonym kind '" + kind + "'; use case, speaker or term");
    if (realText.empty() || replacement.empty())
        throw InvalidInput("a pseudonym needs the real text and its replacement");
    auto& db = txn.db();
    auto existing = db.prepare("SELECT replacement FROM pseudonyms WHERE real_text = ?");
    existing.bind(1, realText);
    if (existing.step())
        throw InvalidInput("that text is already registered (replaced by " +
                           privacy::bracketed(existing.getText(0)) + "); remove it first to change it");
    const auto guid = newGuid();
    db.prepare("INSERT INTO pseudonyms(guid, kind, real_text, replacement, created_at, created_by) "
               "VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, guid)
        .bind(2, kind)
        .bind(3, realText)
        .bind(4, replacement)
        .bind(5, utcNowIso())
        .bind(6, project.coderId(txn))
        .run();
    // The ops log is shown by `cairn history`; it records the replacement, not the real text.
    logOp(project, txn,
          {"add-pseudonym", "pseudonym", guid, nullptr, {{"kind", kind}, {"replacement", replacement}}});
    logPrivacy(project, txn, "pseudonym-add", guid, kind + " → " + privacy::bracketed(replacement));
    return *findPseudonym(db, guid);
}

std::vector<PseudonymRow> listPseudonyms(Database& db) {
    std::vector<PseudonymRow> rows;
    auto stmt = db.prepare(std::string(kSelectPseudonym) + "ORDER BY p.kind, p.replacement");
    while (stmt.step())
        rows.push_back(readPseudonym(stmt));
    return rows;
}

std::optional<PseudonymRow> findPseudonym(Database& db, const std::string& key) {
    auto stmt = db.prepare(std::string(kSelectPseudonym) +
                           "WHERE p.guid = ?1 COLLATE NOCASE OR p.real_text = ?1 OR p.replacement = ?1 "
                           "ORDER BY p.guid = ?1 DESC, p.real_text = ?1 DESC");
    stmt.bind(1, key);
    if (!stmt.step()) return std::nullopt;
    return readPseudonym(stmt);
}

void removePseudonym(ProjectFile& project, Transaction& txn, const PseudonymRow& row) {
    txn.db().prepare("DELETE FROM pseudonyms WHERE id = ?").bind(1, row.id).run();
    logOp(project, txn,
          {"remove-pseudonym",
           "pseudonym",
           row.guid,
           {{"kind", row.kind}, {"replacement", row.replacement}},
           nullptr});
    logPrivacy(project, txn, "pseudonym-remove", row.guid,
               row.kind + " → " + privacy::bracketed(row.replacement) + " and its " +
                   std::to_string(row.applied) + " applied matches");
}

std::int64_t replaceSuggestions(ProjectFile& project, Transaction& txn,
                                const std::vector<PseudonymMatchRow>& found) {
    auto& db = txn.db();
    db.exec("DELETE FROM pseudonym_matches WHERE status = 'suggested'");
    auto insert =
        db.prepare("INSERT OR IGNORE INTO pseudonym_matches(pseudonym_id, source_id, cp_start, cp_end) "
                   "VALUES (?, ?, ?, ?)");
    for (const auto& m : found) {
        insert.bind(1, m.pseudonymId).bind(2, m.sourceId).bind(3, m.cpStart).bind(4, m.cpEnd).run();
        insert.reset();
    }
    const auto count = db.queryInt("SELECT COUNT(*) FROM pseudonym_matches WHERE status = 'suggested'");
    logOp(project, txn, {"suggest-pseudonyms", "project", "", nullptr, {{"suggested", count}}});
    return count;
}

std::vector<PseudonymMatchRow> listPseudonymMatches(Database& db, const std::string& status) {
    std::vector<PseudonymMatchRow> rows;
    auto stmt =
        db.prepare("SELECT m.id, m.pseudonym_id, p.replacement, m.source_id, s.name, m.cp_start, "
                   "m.cp_end, m.status FROM pseudonym_matches m JOIN pseudonyms p ON p.id = "
                   "m.pseudonym_id JOIN sources s ON s.id = m.source_id WHERE ?1 = '' OR m.status = ?1 "
                   "ORDER BY s.name, m.source_id, m.cp_start, m.id");
    stmt.bind(1, status);
    while (stmt.step())
        rows.push_back({stmt.getInt(0), stmt.getInt(1), stmt.getText(2), stmt.getInt(3), stmt.getText(4),
                        stmt.getInt(5), stmt.getInt(6), stmt.getText(7)});
    return rows;
}

std::int64_t applyPseudonymMatches(ProjectFile& project, Transaction& txn,
                                   const std::vector<std::int64_t>& ids) {
    auto& db = txn.db();
    std::vector<PseudonymMatchRow> chosen;
    for (auto& m : listPseudonymMatches(db, "suggested"))
        if (ids.empty() || std::find(ids.begin(), ids.end(), m.id) != ids.end())
            chosen.push_back(std::move(m));
    for (const auto id : ids)
        if (std::none_of(chosen.begin(), chosen.end(),
                         [id](const PseudonymMatchRow& m) { return m.id == id; }))
            throw NotFound("no suggested match with id " + std::to_string(id) +
                           " (run `cairn privacy P pseudonym suggest` to list them)");
    auto update = db.prepare("UPDATE pseudonym_matches SET status = 'applied' WHERE id = ?");
    for (const auto& m : chosen) {
        update.bind(1, m.id).run();
        update.reset();
        logPrivacy(project, txn, "pseudonym-apply",
                   spanTarget(sourceGuidOf(db, m.sourceId), m.cpStart, m.cpEnd),
                   "replaced by " + privacy::bracketed(m.replacement));
    }
    logOp(project, txn, {"apply-pseudonyms", "project", "", nullptr, {{"applied", chosen.size()}}});
    return static_cast<std::int64_t>(chosen.size());
}

RedactionRow addRedaction(ProjectFile& project, Transaction& txn, std::int64_t sourceId, std::int64_t cpStart,
                          std::int64_t cpEnd, const std::string& replacement) {
    if (replacement.empty()) throw InvalidInput("a redaction needs the text shown in its place (--as)");
    auto& db = txn.db();
    const auto sourceGuid = sourceGuidOf(db, sourceId);
    const auto guid = newGuid();
    db.prepare(
          "INSERT INTO redactions(guid, source_id, cp_start, cp_end, replacement, created_at, created_by) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, guid)
        .bind(2, sourceId)
        .bind(3, cpStart)
        .bind(4, cpEnd)
        .bind(5, replacement)
        .bind(6, utcNowIso())
        .bind(7, project.coderId(txn))
        .run();
    const nlohmann::json after = {
        {"source", sourceGuid}, {"start", cpStart}, {"end", cpEnd}, {"replacement", replacement}};
    logOp(project, txn, {"redact", "redaction", guid, nullptr, after});
    logPrivacy(project, txn, "redact", spanTarget(sourceGuid, cpStart, cpEnd),
               "replaced by " + privacy::bracketed(replacement));
    return *findRedaction(db, guid);
}

std::vector<RedactionRow> listRedactions(Database& db, std::optional<std::int64_t> sourceId) {
    std::vector<RedactionRow> rows;
    auto stmt = db.prepare(std::string(kSelectRedaction) +
                           "WHERE ?1 IS NULL OR r.source_id = ?1 ORDER BY s.name, r.source_id, r.cp_start");
    stmt.bind(1, sourceId);
    while (stmt.step())
        rows.push_back(readRedaction(stmt));
    return rows;
}

std::optional<RedactionRow> findRedaction(Database& db, const std::string& guid) {
    if (guid.size() < 8) return std::nullopt;
    auto stmt = db.prepare(std::string(kSelectRedaction) + "WHERE r.guid LIKE ?1 || '%' ESCAPE '\\'");
    std::string pattern;
    for (const char c : guid) {
        if (c == '%' || c == '_' || c == '\\') pattern += '\\';
        pattern += c;
    }
    stmt.bind(1, pattern);
    if (!stmt.step()) return std::nullopt;
    auto row = readRedaction(stmt);
    if (stmt.step())
        throw InvalidInput("'" + guid + "' names more than one redaction; give more of its GUID");
    return row;
}

void removeRedaction(ProjectFile& project, Transaction& txn, const RedactionRow& row) {
    auto& db = txn.db();
    const auto sourceGuid = sourceGuidOf(db, row.sourceId);
    db.prepare("DELETE FROM redactions WHERE id = ?").bind(1, row.id).run();
    logOp(project, txn,
          {"remove-redaction",
           "redaction",
           row.guid,
           {{"source", sourceGuid},
            {"start", row.cpStart},
            {"end", row.cpEnd},
            {"replacement", row.replacement}},
           nullptr});
    logPrivacy(project, txn, "redaction-remove", spanTarget(sourceGuid, row.cpStart, row.cpEnd),
               "no longer replaced by " + privacy::bracketed(row.replacement));
}

void setAttributeSensitive(ProjectFile& project, Transaction& txn, std::int64_t attributeId,
                           const std::string& attributeGuid, bool sensitive) {
    auto& db = txn.db();
    if (sensitive)
        db.prepare("INSERT OR IGNORE INTO sensitive_attributes(attribute_id, marked_at) VALUES (?, ?)")
            .bind(1, attributeId)
            .bind(2, utcNowIso())
            .run();
    else
        db.prepare("DELETE FROM sensitive_attributes WHERE attribute_id = ?").bind(1, attributeId).run();
    logOp(project, txn, {"set-sensitive", "attribute", attributeGuid, nullptr, {{"sensitive", sensitive}}});
    logPrivacy(project, txn, sensitive ? "sensitive-on" : "sensitive-off", attributeGuid,
               sensitive ? "values never exported" : "values exported again");
}

std::vector<std::int64_t> sensitiveAttributeIds(Database& db) {
    std::vector<std::int64_t> ids;
    auto stmt = db.prepare("SELECT attribute_id FROM sensitive_attributes ORDER BY attribute_id");
    while (stmt.step())
        ids.push_back(stmt.getInt(0));
    return ids;
}

privacy::PrivacyRules loadPrivacyRules(Database& db) {
    privacy::PrivacyRules rules;
    auto cases =
        db.prepare("SELECT c.id, c.name, CASE WHEN w.case_id IS NULL THEN c.consent ELSE 'withdrawn' "
                   "END FROM cases c LEFT JOIN consent_withdrawals w ON w.case_id = c.id");
    while (cases.step()) {
        rules.caseNames[cases.getInt(0)] = cases.getText(1);
        rules.consentByCase[cases.getInt(0)] = cases.getText(2);
    }
    auto pseudonyms = db.prepare("SELECT c.id, p.replacement FROM pseudonyms p JOIN cases c ON c.name = "
                                 "p.real_text WHERE p.kind = 'case'");
    while (pseudonyms.step())
        rules.casePseudonyms[pseudonyms.getInt(0)] = pseudonyms.getText(1);
    for (const auto& p : listPseudonyms(db))
        rules.foldedNames.push_back(text::fold(p.realText));
    auto matches =
        db.prepare("SELECT m.source_id, m.cp_start, m.cp_end, p.replacement FROM pseudonym_matches m "
                   "JOIN pseudonyms p ON p.id = m.pseudonym_id WHERE m.status = 'applied'");
    while (matches.step())
        rules.replacementsBySource[matches.getInt(0)].push_back({privacy::Replacement::Kind::Pseudonym,
                                                                 matches.getInt(1), matches.getInt(2),
                                                                 matches.getText(3)});
    auto redactions = db.prepare("SELECT source_id, cp_start, cp_end, replacement FROM redactions");
    while (redactions.step())
        rules.replacementsBySource[redactions.getInt(0)].push_back(
            {privacy::Replacement::Kind::Redaction, redactions.getInt(1), redactions.getInt(2),
             redactions.getText(3)});
    for (auto& [source, list] : rules.replacementsBySource)
        std::sort(list.begin(), list.end(), [](const privacy::Replacement& a, const privacy::Replacement& b) {
            return a.cpStart < b.cpStart;
        });
    for (const auto id : sensitiveAttributeIds(db))
        rules.sensitiveAttributes.insert(id);
    return rules;
}

} // namespace cairn::store
