#pragma once
// The Xapian document of one passage (internal to search/xapian_*): what it holds and how it is read
// from the project. Shared by the writer (xapian_index.cpp), the query builder and the check.
//
//   Terms     text::Analyser's terms of the passage text in its language, at position + 1 (Xapian
//             positions start at 1), expansions at their word's position.
//   Filters   boolean terms, none of which an analysed term can equal (analysed terms are folded to
//             lower case or start with "\x01"):
//               XK<kind>  XL<lang> (and XL<primary subtag>, lower case)  XS<source id>
//               XC<case id> (through the source or the speaker)  XP<speaker name, ASCII lower case>
//               XD<code id> (codings overlapping the passage)  XA<attribute id>:<value> (attrValueTerm)
//   Values    kSlotSource (source name, NUL, then source id and passage index as 8-byte big-endian
//             numbers: the source order), kSlotDate (the source's date, NUL, then the same), kSlotKind,
//             kSlotLang, kSlotCases and kSlotCodes (ids joined by kFacetSeparator), kSlotAttrBase +
//             attribute id (values joined).
//   Data      none (the docid is the passage id; hits are read from the project).

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <xapian.h>

namespace cairn::store {
class Database;
}

namespace cairn::search::xdoc {

inline constexpr Xapian::valueno kSlotSource = 0;
inline constexpr Xapian::valueno kSlotDate = 1;
inline constexpr Xapian::valueno kSlotKind = 2;
inline constexpr Xapian::valueno kSlotLang = 3;
inline constexpr Xapian::valueno kSlotCases = 4;
inline constexpr Xapian::valueno kSlotCodes = 5;
inline constexpr Xapian::valueno kSlotAttrBase = 100;
inline constexpr char kFacetSeparator = '\x1f';

inline constexpr std::string_view kKind = "XK";
inline constexpr std::string_view kLang = "XL";
inline constexpr std::string_view kSource = "XS";
inline constexpr std::string_view kCase = "XC";
inline constexpr std::string_view kSpeaker = "XP";
inline constexpr std::string_view kCode = "XD";
inline constexpr std::string_view kAttr = "XA";

/// True for a boolean filter term (never a word of the text).
bool isFilterTerm(std::string_view term);

/// True for a term that goes into the spelling dictionary: a word of the text as written (folded), not
/// a filter term, an expansion ("\x01" + lang + ":" + key) or a number.
bool isSpellingWord(std::string_view term);

std::string asciiLower(std::string_view text);

/// The term of an attribute value: numbers in their shortest round-trip form (2020 and 2020.0 are one
/// term), booleans 1/0, text in ASCII lower case (as SQLite's NOCASE compares), dates as written.
std::string attrValueTerm(std::int64_t attributeId, const std::string& type, const std::string& value);

/// Reads passages' documents from the project; statements are prepared once.
class DocumentReader {
public:
    explicit DocumentReader(store::Database& db);
    ~DocumentReader();
    DocumentReader(const DocumentReader&) = delete;
    DocumentReader& operator=(const DocumentReader&) = delete;

    /// The document of passage `id`; nullopt when there is no such passage.
    std::optional<Xapian::Document> read(std::int64_t id);

private:
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

} // namespace cairn::search::xdoc
