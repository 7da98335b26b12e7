#pragma once
// reviewers, quotes and quote_events (migration 008 explains each). Every change goes through the
// caller's transaction (a store::Edit: one undo step) and is logged in ops. What a quote publishes, and
// whether its approval still holds, is decided above this layer (project/quotes.cpp) with
// privacy::publishSpan; this layer only keeps the rows.

#include "store/sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cairn::store {

class ProjectFile;

/// Quote statuses as stored; the names are a CLI contract.
const std::vector<std::string>& quoteStatuses(); // proposed, approved, rejected, change-requested
/// Review actions and the status each leads to; the names are a CLI contract.
const std::vector<std::string>& reviewActions(); // approve, reject, request-change
/// The status `action` leaves a quote in. Throws InvalidInput for an unknown action.
std::string statusAfter(const std::string& action);

struct ReviewerRow {
    std::int64_t id = 0;
    std::string name;
    std::string role;
    std::string createdAt;
};

struct QuoteRow {
    std::int64_t id = 0;
    std::string guid;
    std::optional<std::int64_t> codingId;
    std::string codingGuid; // empty when not from a coding (or the coding was deleted)
    std::int64_t sourceId = 0;
    std::string sourceName;
    std::string sourceKind;
    std::int64_t cpStart = 0; // the coding's span when linked to one, else the span as proposed
    std::int64_t cpEnd = 0;
    std::int64_t codeId = 0;
    std::string status; // as stored: the last decision
    std::string approvedTextHash;
    std::string proposedBy;
    std::string createdAt;
    std::string updatedAt;
};

struct QuoteEventRow {
    std::int64_t id = 0;
    std::int64_t quoteId = 0;
    std::string reviewer; // empty for a proposal
    std::string role;
    std::string action; // propose | approve | reject | request-change
    std::string comment;
    std::string at;
    std::string textHash;
};

struct NewQuote {
    std::optional<std::int64_t> codingId;
    std::int64_t sourceId = 0;
    std::int64_t cpStart = 0;
    std::int64_t cpEnd = 0;
    std::int64_t codeId = 0;
    std::string textHash; // of the published text when proposed
};

/// Throws InvalidInput when a reviewer of that name exists or the name is empty.
ReviewerRow addReviewer(ProjectFile& project, Transaction& txn, const std::string& name,
                        const std::string& role);
std::vector<ReviewerRow> listReviewers(Database& db);
std::optional<ReviewerRow> findReviewer(Database& db, const std::string& name);

/// Inserts a quote with status 'proposed' and its 'propose' event.
QuoteRow insertQuote(ProjectFile& project, Transaction& txn, const NewQuote& quote);

struct QuoteFilter {
    std::vector<std::int64_t> codeIds; // empty: every code
    std::string status;                // stored status; empty: any
};
/// Quotes in source order (source name, start, id).
std::vector<QuoteRow> listQuotes(Database& db, const QuoteFilter& filter = {});
/// By GUID, or a unique GUID prefix of 8 or more characters.
std::optional<QuoteRow> findQuote(Database& db, const std::string& guid);
/// The quote already proposed from this coding, if any.
std::optional<QuoteRow> findQuoteOfCoding(Database& db, std::int64_t codingId);
/// The quote already proposed for this span and code, if any.
std::optional<QuoteRow> findQuoteOfSpan(Database& db, std::int64_t sourceId, std::int64_t cpStart,
                                        std::int64_t cpEnd, std::int64_t codeId);

/// Records a reviewer's action on a quote: its new status (and, for an approval, the hash of the text
/// approved) and the event. `at` empty: now.
void recordReview(ProjectFile& project, Transaction& txn, const QuoteRow& quote, const ReviewerRow& reviewer,
                  const std::string& action, const std::string& comment, const std::string& textHash,
                  const std::string& at = {});

/// A quote's events, oldest first.
std::vector<QuoteEventRow> listQuoteEvents(Database& db, std::int64_t quoteId);

/// The cases a span of a source belongs to, by the rule of CodingFilter::caseId: the cases of linked
/// speakers whose turns it overlaps, or else the cases linked to the source. Sorted, unique.
std::vector<std::int64_t> spanCaseIds(Database& db, std::int64_t sourceId, std::int64_t cpStart,
                                      std::int64_t cpEnd);

} // namespace cairn::store
