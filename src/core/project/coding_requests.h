#pragma once
// What the codebook, coding, auto-coding and memo operations of Project take and return
// (project/codebook.cpp, project/coding.cpp, project/autocode.cpp).

#include "search/search.h"
#include "store/code_store.h"
#include "store/coding_store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::project {

/// The name an in-vivo code takes from the words it codes: whitespace collapsed, surrounding quotes
/// and punctuation dropped, cut at a word boundary after at most `maxChars` characters (with "…").
std::string inVivoCodeName(std::string_view text, std::size_t maxChars = 40);

/// The path of a code named `name` under `parentPath` (empty: the top level), escaping a "/" in the name.
std::string childCodePath(const std::string& parentPath, const std::string& name);

/// A code with what the codebook view shows beside it.
struct CodeInfo {
    store::CodeRow code;
    std::string path;               // "Barriers/Language/ESOL waiting list"
    int depth = 0;                  // 0 at the top level
    std::int64_t codings = 0;       // codings of this code
    std::int64_t codingsInTree = 0; // codings of this code and all its sub-codes
    std::int64_t sources = 0;       // sources with a coding of this code or a sub-code
};

/// Fields of a code to set; unset ones stay as they are (or take the default for a new code).
struct CodeFields {
    std::optional<std::string> color; // "#RRGGBB"; "" clears
    std::optional<std::string> definition;
    std::optional<std::string> inclusion;
    std::optional<std::string> exclusion;
    std::optional<std::string> example;
    std::optional<bool> codable;
};

struct CodebookLoadResult {
    std::string name; // the shipped codebook or file loaded
    std::int64_t added = 0;
    std::int64_t alreadyThere = 0;
    std::int64_t indicatorLinks = 0; // default links made to shipped frameworks already in the project
    std::vector<std::string> notes;
};

struct MergeResult {
    std::int64_t moved = 0;     // codings moved onto the target
    std::int64_t collapsed = 0; // codings dropped as duplicates of one the target already had
    std::int64_t subcodes = 0;  // direct sub-codes moved under the target
};

/// Where a span is, in which units.
enum class SpanUnit { CodePoints, Utf16 };

struct CodingRequest {
    std::string source; // GUID or name
    std::int64_t start = 0;
    std::int64_t end = 0;
    SpanUnit unit = SpanUnit::CodePoints;
    std::string code;  // path or GUID
    std::string coder; // empty: the project's current coder
    std::string memo;
    std::optional<double> weight;
};

/// A coding with its code's path and the text it covers.
struct CodingView {
    store::CodingRow coding;
    std::string codePath;
    std::string text;
    std::string before; // up to CodingQuery::context characters before the span, in the same passage
    std::string after;
};

struct CodingQuery {
    std::string code; // path or GUID; empty: every code
    bool withSubcodes = true;
    std::string source;
    std::string coder;
    std::string caseName;
    std::string attribute; // with attributeValue: codings of cases with this value
    std::string attributeValue;
    std::string kind;         // source kind
    std::int64_t context = 0; // characters of context each side
    std::int64_t limit = -1;
};

enum class AutocodeUnit { Passage, Sentence, Match };

struct AutocodeRequest {
    search::SearchRequest search; // query, exact; limit and offset are ignored (every hit is coded)
    std::string code;
    AutocodeUnit unit = AutocodeUnit::Passage;
    std::string coder;
    bool dryRun = false;
};

struct AutocodeResult {
    std::int64_t passages = 0; // passages the query found
    std::int64_t sources = 0;  // sources they are in
    std::int64_t spans = 0;    // spans to code (one per passage, sentence or match)
    std::int64_t added = 0;    // codings made (0 on a dry run)
    std::int64_t skipped = 0;  // spans the coder had already coded with the code
};

struct MemoTarget {
    std::string source;
    std::string caseName;
    std::string code;   // path or GUID
    std::string coding; // GUID
};

} // namespace cairn::project
