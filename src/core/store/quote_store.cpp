#include "store/quote_store.h"

#include "common/clock.h"
#include "common/error.h"
#include "common/guid.h"
#include "store/ops_log.h"
#include "store/project_file.h"

#include <algorithm>

namespace cairn::store {

const std::vector<std::string>& quoteStatuses() {
    static const std::vector<std::string> statuses = {"proposed", "approved", "rejected", "change-requested"};
    return statuses;
}

const std::vector<std::string>& reviewActions() {
    static const std::vector<std::string> actions = {"approve", "reject", "request-change"};
    return actions;
}

std::string statusAfter(const std::string& action) {
    if (action == "approve") return "approved";
    if (action == "reject") return "rejected";
    if (action == "request-change") return "change-requested";
    throw InvalidInput("a review action is approve, reject or request-change, not '" + action + "'");
}

namespace {

// A linked coding's span wins over the span stored at proposal: editing the coding edits the quote.
constexpr const char* kSelectQuote =
    "SELECT q.id, q.guid, q.coding_id, IFNULL(g.guid, ''), q.source_id, s.name, s.kind, "
    "IFNULL(g.cp_start, q.cp_start), IFNULL(g.cp_end, q.cp_end), q.code_id, q.status, "
    "IFNULL(q.approved_text_hash, ''), IFNULL(c.name, ''), q.created_at, q.updated_at "
    "FROM quotes q JOIN sources s ON s.id = q.source_id LEFT JOIN codings g ON g.id = q.coding_id "
    "LEFT JOIN coders c ON c.id = q.proposed_by ";

QuoteRow readQuote(const Statement& s) {
    QuoteRow row;
    row.id = s.getInt(0);
    row.guid = s.getText(1);
    if (!s.isNull(2)) row.codingId = s.getInt(2);
    row.codingGuid = s.getText(3);
    row.sourceId = s.getInt(4);
    row.sourceName = s.getText(5);
    row.sourceKind = s.getText(6);
    row.cpStart = s.getInt(7);
    row.cpEnd = s.getInt(8);
    row.codeId = s.getInt(9);
    row.status = s.getText(10);
    row.approvedTextHash = s.getText(11);
    row.proposedBy = s.getText(12);
    row.createdAt = s.getText(13);
    row.updatedAt = s.getText(14);
    return row;
}

std::optional<QuoteRow> firstQuote(Statement& stmt) {
    if (!stmt.step()) return std::nullopt;
    return readQuote(stmt);
}

} // namespace

ReviewerRow addReviewer(ProjectFile& project, Transaction& txn, const std::string& name,
                        const std::string& role) {
    auto& db = txn.db();
    if (name.empty()) throw InvalidInput("a reviewer needs a name");
    if (findReviewer(db, name)) throw InvalidInput("a reviewer named '" + name + "' already exists");
    db.prepare("INSERT INTO reviewers(name, role, created_at) VALUES (?, ?, ?)")
        .bind(1, name)
        .bind(2, role)
        .bind(3, utcNowIso())
        .run();
    logOp(project, txn, {"add-reviewer", "reviewer", "", nullptr, {{"name", name}, {"role", role}}});
    return *findReviewer(db, name);
}

std::vector<ReviewerRow> listReviewers(Database& db) {
    std::vector<ReviewerRow> rows;
    auto stmt = db.prepare("SELECT id, name, role, created_at FROM reviewers ORDER BY name");
    while (stmt.step())
        rows.push_back({stmt.getInt(0), stmt.getText(1), stmt.getText(2), stmt.getText(3)});
    return rows;
}

std::optional<ReviewerRow> findReviewer(Database& db, const std::string& name) {
    auto stmt = db.prepare("SELECT id, name, role, created_at FROM reviewers WHERE name = ?");
    stmt.bind(1, name);
    if (!stmt.step()) return std::nullopt;
    return ReviewerRow{stmt.getInt(0), stmt.getText(1), stmt.getText(2), stmt.getText(3)};
}

QuoteRow insertQuote(ProjectFile& project, Transaction& txn, const NewQuote& quote) {
    auto& db = txn.db();
    const auto guid = newGuid();
    const auto now = utcNowIso();
    db.prepare(
          "INSERT INTO quotes(guid, coding_id, source_id, cp_start, cp_end, code_id, status, proposed_by, "
          "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'proposed', ?, ?, ?)")
        .bind(1, guid)
        .bind(2, quote.codingId)
        .bind(3, quote.sourceId)
        .bind(4, quote.cpStart)
        .bind(5, quote.cpEnd)
        .bind(6, quote.codeId)
        .bind(7, project.coderId(txn))
        .bind(8, now)
        .bind(9, now)
        .run();
    const auto id = db.lastInsertRowid();
    db.prepare("INSERT INTO quote_events(quote_id, action, at, text_hash) VALUES (?, 'propose', ?, ?)")
        .bind(1, id)
        .bind(2, now)
        .bind(3, quote.textHash)
        .run();
    logOp(project, txn,
          {"propose-quote",
           "quote",
           guid,
           nullptr,
           {{"source", quote.sourceId},
            {"start", quote.cpStart},
            {"end", quote.cpEnd},
            {"code", quote.codeId}}});
    return *findQuote(db, guid);
}

std::vector<QuoteRow> listQuotes(Database& db, const QuoteFilter& filter) {
    std::string sql = std::string(kSelectQuote) + "WHERE 1";
    if (!filter.codeIds.empty()) {
        sql += " AND q.code_id IN (";
        for (std::size_t i = 0; i < filter.codeIds.size(); ++i)
            sql += i ? ", ?" : "?";
        sql += ")";
    }
    if (!filter.status.empty()) sql += " AND q.status = ?";
    sql += " ORDER BY s.name, 8, q.id";
    auto stmt = db.prepare(sql);
    int index = 1;
    for (const auto id : filter.codeIds)
        stmt.bind(index++, id);
    if (!filter.status.empty()) stmt.bind(index, filter.status);
    std::vector<QuoteRow> rows;
    while (stmt.step())
        rows.push_back(readQuote(stmt));
    return rows;
}

std::optional<QuoteRow> findQuote(Database& db, const std::string& guid) {
    auto exact = db.prepare(std::string(kSelectQuote) + "WHERE q.guid = ?");
    exact.bind(1, guid);
    if (auto row = firstQuote(exact)) return row;
    if (guid.size() < 8) return std::nullopt;
    auto prefix = db.prepare(std::string(kSelectQuote) + "WHERE substr(q.guid, 1, ?) = ? LIMIT 2");
    prefix.bind(1, static_cast<std::int64_t>(guid.size())).bind(2, guid);
    auto row = firstQuote(prefix);
    if (row && prefix.step()) throw InvalidInput("more than one quote's GUID starts with " + guid);
    return row;
}

std::optional<QuoteRow> findQuoteOfCoding(Database& db, std::int64_t codingId) {
    auto stmt = db.prepare(std::string(kSelectQuote) + "WHERE q.coding_id = ? ORDER BY q.id LIMIT 1");
    stmt.bind(1, codingId);
    return firstQuote(stmt);
}

std::optional<QuoteRow> findQuoteOfSpan(Database& db, std::int64_t sourceId, std::int64_t cpStart,
                                        std::int64_t cpEnd, std::int64_t codeId) {
    auto stmt = db.prepare(std::string(kSelectQuote) +
                           "WHERE q.source_id = ? AND IFNULL(g.cp_start, q.cp_start) = ? AND "
                           "IFNULL(g.cp_end, q.cp_end) = ? AND q.code_id = ? ORDER BY q.id LIMIT 1");
    stmt.bind(1, sourceId).bind(2, cpStart).bind(3, cpEnd).bind(4, codeId);
    return firstQuote(stmt);
}

void recordReview(ProjectFile& project, Transaction& txn, const QuoteRow& quote, const ReviewerRow& reviewer,
                  const std::string& action, const std::string& comment, const std::string& textHash,
                  const std::string& at) {
    auto& db = txn.db();
    const auto status = statusAfter(action);
    const auto when = at.empty() ? utcNowIso() : at;
    db.prepare("UPDATE quotes SET status = ?, approved_text_hash = ?, updated_at = ? WHERE id = ?")
        .bind(1, status)
        .bind(2, action == "approve" ? std::optional<std::string>(textHash) : std::nullopt)
        .bind(3, utcNowIso())
        .bind(4, quote.id)
        .run();
    db.prepare(
          "INSERT INTO quote_events(quote_id, reviewer_id, action, comment, at, text_hash) VALUES (?, ?, "
          "?, ?, ?, ?)")
        .bind(1, quote.id)
        .bind(2, reviewer.id)
        .bind(3, action)
        .bind(4, comment)
        .bind(5, when)
        .bind(6, textHash)
        .run();
    logOp(project, txn,
          {"review-quote",
           "quote",
           quote.guid,
           {{"status", quote.status}},
           {{"status", status}, {"reviewer", reviewer.name}, {"action", action}, {"comment", comment}}});
}

std::vector<QuoteEventRow> listQuoteEvents(Database& db, std::int64_t quoteId) {
    std::vector<QuoteEventRow> rows;
    auto stmt = db.prepare("SELECT e.id, e.quote_id, IFNULL(r.name, ''), IFNULL(r.role, ''), e.action, "
                           "e.comment, e.at, e.text_hash FROM quote_events e LEFT JOIN reviewers r ON r.id = "
                           "e.reviewer_id WHERE e.quote_id = ? ORDER BY e.id");
    stmt.bind(1, quoteId);
    while (stmt.step())
        rows.push_back({stmt.getInt(0), stmt.getInt(1), stmt.getText(2), stmt.getText(3), stmt.getText(4),
                        stmt.getText(5), stmt.getText(6), stmt.getText(7)});
    return rows;
}

std::vector<std::int64_t> spanCaseIds(Database& db, std::int64_t sourceId, std::int64_t cpStart,
                                      std::int64_t cpEnd) {
    std::vector<std::int64_t> cases;
    auto turns = db.prepare("SELECT DISTINCT sp.case_id FROM passages p JOIN speakers sp ON sp.id = "
                            "p.speaker_id WHERE p.source_id = ? AND p.cp_start < ? AND p.cp_end > ? AND "
                            "sp.case_id IS NOT NULL");
    turns.bind(1, sourceId).bind(2, cpEnd).bind(3, cpStart);
    while (turns.step())
        cases.push_back(turns.getInt(0));
    if (cases.empty()) {
        auto linked = db.prepare("SELECT case_id FROM case_sources WHERE source_id = ?");
        linked.bind(1, sourceId);
        while (linked.step())
            cases.push_back(linked.getInt(0));
    }
    std::sort(cases.begin(), cases.end());
    cases.erase(std::unique(cases.begin(), cases.end()), cases.end());
    return cases;
}

} // namespace cairn::store
