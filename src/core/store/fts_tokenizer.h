#pragma once
// The "cairn" FTS5 tokenizer: text::Analyser inside SQLite's full-text index, so the index in the
// project file sees exactly the terms the Xapian index and the highlighter see.
//
//   Documents (FTS5_TOKENIZE_DOCUMENT, AUX): a column value may start with a language prefix,
//     "\x02" + BCP 47 tag + "\x03" (the content views of 002_search.sql add it). FTS5 in SQLite 3.40
//     has no locale API, so the passage's language travels inside the value it indexes; the tokenizer
//     strips the prefix, analyses the rest with that language's expansions, and reports byte offsets
//     in the whole value (prefix included), as FTS5 expects. A value without the prefix is "und":
//     folded surface terms, no expansions (memos, which carry no language).
//   Queries (FTS5_TOKENIZE_QUERY): analyseQuery with this connection's query languages (set by the
//     search code before each MATCH); a word's expansions are FTS5_TOKEN_COLOCATED alternatives,
//     which FTS5 ORs at that position.
//   Prefix queries (FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX): no expansions, so "prac*" matches
//     surface terms only (a derived term starts with "\x01" and sorts before every surface prefix).
//
// Every connection gets the tokenizer when it opens (Database's constructor), because any statement
// that touches passages (an UPDATE through a trigger, a migration, 'rebuild') needs it; a connection
// without it could not write a passage at all.

#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace cairn::store {

class Database;

/// First and last bytes of the language prefix of an indexed column value.
inline constexpr char kFtsLanguageStart = '\x02';
inline constexpr char kFtsLanguageEnd = '\x03';
/// A prefix longer than this is not a prefix (BCP 47 tags are far shorter); the value is then "und".
inline constexpr std::size_t kFtsMaxLanguageBytes = 64;

/// Registers the tokenizer "cairn" on `db`, with its own query-language context. Returns an SQLite
/// result code (SQLITE_OK on success) and never throws: Database's constructor calls it.
int registerFtsTokenizer(sqlite3* db) noexcept;

/// Sets the languages (BCP 47 tags) whose expansions the words of this connection's MATCH queries
/// get. Empty: surface terms only. Throws Error when the connection has no "cairn" tokenizer.
void setQueryLanguages(Database& db, const std::vector<std::string>& languages);

/// The indexed value of a passage: the language prefix, then the text. The SQL views build the same.
std::string ftsColumnValue(std::string_view language, std::string_view text);

} // namespace cairn::store
