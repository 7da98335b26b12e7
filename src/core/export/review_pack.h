#pragma once
// The HTML review pack: one self-contained file (inline CSS and script, nothing fetched, works opened
// from disk) that a reviewer without Cairn reads and fills in, then saves as a decisions file
// (import/review_decisions.h) for `cairn review P import`. Quote text in it is only ever published
// text (the caller passes what privacy::publishSpan gave), and it is placed in the page by the script as
// text, never as markup, so nothing in a quote can run or restyle the page.

#include "import/review_decisions.h"

#include <string>
#include <vector>

namespace cairn::exporting {

struct ReviewPackQuote {
    std::string guid;
    std::string status;            // effective status when the pack was made
    std::string needsReviewReason; // why an approval no longer holds, if so
    std::string code;              // the code's path
    std::string source;            // publishable label
    std::string caseLabel;
    std::string disclosure;  // attributed | anonymous | withheld
    std::string attribution; // as a report would print it; for withheld, the reason
    std::string text;        // published text; empty when withheld
    std::string before;      // published text of the passage before and after the quote
    std::string after;
    std::string textHash;             // SHA-256 of `text`
    std::vector<std::string> history; // earlier review actions, one line each
};

struct ReviewPack {
    std::string packId;
    std::string projectGuid;
    std::string projectName;
    std::string reviewer; // pre-filled; the reviewer may type it instead
    std::string createdAt;
    std::vector<ReviewPackQuote> quotes;
};

/// The pack as one HTML document (UTF-8).
std::string reviewPackHtml(const ReviewPack& pack);

/// The script's own SHA-256, exposed so a test can run it in a browser against known digests.
/// (The pack computes its checksum in the page: a file:// page has no guarantee of crypto.subtle.)
const char* reviewPackScript();

} // namespace cairn::exporting
