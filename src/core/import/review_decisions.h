#pragma once
// The decisions file a reviewer saves from an HTML review pack (export/review_pack.h), and the digests
// both sides compute. The file comes back from outside the project, possibly edited, cut short or from
// another project's pack, so it is read as hostile input: every field is checked here, and the project
// layer checks what only it can know (the project's GUID, the quotes' current text).
//
// Format, version 1: a JSON object
//   {"format": "cairn-review-decisions", "version": 1, "checksum": "sha256:<hex>", "content": "<text>"}
// where `content` is itself JSON text and the checksum is the SHA-256 of its UTF-8 bytes. Checksumming
// the text as written, rather than a re-serialisation of parsed JSON, needs no canonical form that a
// browser's JSON.stringify and the C++ side would have to agree on. `content` holds
//   {"format", "version" (again, so they are covered by the checksum), "pack": pack id,
//    "project": project GUID, "reviewer": name, "saved_at": time,
//    "quotes": [{"guid", "text_hash"}] (every quote in the pack, in pack order, with the SHA-256 of
//      its published text then), "digest": reviewPackDigest(quotes),
//    "decisions": [{"quote": GUID, "action": approve|reject|request-change, "comment", "at"}]}

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::import {

inline constexpr std::string_view kReviewDecisionsFormat = "cairn-review-decisions";
inline constexpr int kReviewDecisionsVersion = 1;
/// A decisions file larger than this is refused unread (a pack of thousands of quotes stays far below).
inline constexpr std::size_t kMaxReviewDecisionsBytes = std::size_t{16} << 20;

struct PackedQuote {
    std::string guid;
    std::string textHash; // SHA-256 (hex) of the published text in the pack
};

struct ReviewDecision {
    std::string quote;  // GUID
    std::string action; // approve | reject | request-change
    std::string comment;
    std::string at;       // when the reviewer decided (the browser's clock, ISO 8601)
    std::string textHash; // of the quote as the pack showed it (from `quotes`)
};

struct ReviewDecisions {
    std::string packId;
    std::string projectGuid;
    std::string reviewer;
    std::string savedAt;
    std::string digest;
    std::vector<PackedQuote> quotes;
    std::vector<ReviewDecision> decisions;
};

/// SHA-256 (hex) over each quote's "guid\ttext_hash\n", in order: what the pack showed.
std::string reviewPackDigest(const std::vector<PackedQuote>& quotes);

/// Reads a decisions file. Throws InvalidInput, saying what is wrong, for anything but an intact
/// version-1 file: not JSON or cut short, another format or version, a checksum that does not match
/// the content, a digest that does not match the quotes, missing or mistyped fields, a decision on a
/// quote not in the pack or with an unknown action.
ReviewDecisions parseReviewDecisions(std::string_view bytes);

} // namespace cairn::import
