#pragma once
// What quote review takes and returns: quotes as reviewers and reports see them, review packs and
// imported decisions (project/quotes.cpp, project/review_pack.cpp).

#include "privacy/publication.h"
#include "project/coding_requests.h"
#include "store/quote_store.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cairn::project {

/// A quote as review and reports see it: the text as it may be published (privacy::publishSpan) and
/// the status that holds now. An approval holds only while the published text hashes as it did when it
/// was approved; otherwise `status` is "proposed" and `needsReviewReason` says why.
struct QuoteView {
    store::QuoteRow quote;
    std::string status;            // effective: proposed, approved, rejected, change-requested
    std::string needsReviewReason; // non-empty when an approval no longer holds
    std::string codePath;
    std::string source;                // the source's publishable label (privacy::publishableLabel)
    std::string caseLabel;             // the cases' pseudonyms or names, ", "-joined; empty when none
    std::vector<std::int64_t> caseIds; // the cases the span belongs to
    privacy::Disclosure disclosure = privacy::Disclosure::Anonymous;
    std::string withheldReason; // for Withheld
    std::string text;           // the published text; empty when withheld
    std::vector<std::string> attribution;
    std::string textHash;                       // SHA-256 of `text`
    std::vector<store::QuoteEventRow> comments; // reviewers' actions, oldest first (not the proposal)
};

/// "attributed", "anonymous" or "withheld" (a CLI contract).
std::string disclosureName(privacy::Disclosure disclosure);
/// Who a quote is attributed to as outputs print it: the case labels, "anonymous, KIND", or for a
/// withheld quote the reason.
std::string quoteAttribution(const QuoteView& quote);

/// A span proposed as a quote without a coding.
struct QuoteSpanRequest {
    std::string source; // GUID or name
    std::int64_t start = 0;
    std::int64_t end = 0;
    SpanUnit unit = SpanUnit::CodePoints;
    std::string code; // path or GUID
};

struct QuoteQuery {
    std::string status; // effective status; empty: any
    std::string code;   // path or GUID (with its sub-codes); empty: every code
};

struct ReviewPackRequest {
    std::string path;     // the .html file to write
    std::string reviewer; // filled in on the pack; empty: the reviewer types their name
    std::string status;   // effective status of the quotes to include; empty: all but rejected
};

struct ReviewPackResult {
    std::string packId;
    std::int64_t quotes = 0;
    std::int64_t withheld = 0; // listed without text
};

struct ReviewImportResult {
    std::string reviewer;
    std::int64_t decisions = 0; // in the file
    std::int64_t applied = 0;
    std::vector<std::string> refused; // one line per decision not applied, saying why
};

} // namespace cairn::project
