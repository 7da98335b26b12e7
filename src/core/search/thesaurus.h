#pragma once
// The project's thesaurus applied to a parsed query, before either engine compiles it, so FTS5 and
// Xapian expand a query the same way and highlights show the synonyms that matched.
//
//   A Term (a bare word or a "quoted phrase", not a prefix*) whose key is in a ring becomes the OR of
//   itself and every other entry of the ring, each a Term (a phrase when it has several words). Terms
//   inside NEAR are left as written: NEAR takes single words, not alternatives. `ESOL` then finds
//   "English classes" as a phrase; an unquoted `English classes` is two words, and a ring entry of two
//   words is matched by the quoted phrase.
//
//   Keys are the analyser's folded surface words (no expansions) joined by one space, so case, accents
//   and Arabic-script variants do not separate entries, and an entry means the same whatever the
//   languages of the project.

#include "search/query_ast.h"

#include <string>
#include <string_view>

namespace cairn::store {
class Database;
}

namespace cairn::search {

/// The key of a word or phrase; empty when it holds no word.
std::string thesaurusKey(std::string_view phrase);

/// `root` with the thesaurus of `db` applied (unchanged when the project has none).
Node applyThesaurus(store::Database& db, Node root);

} // namespace cairn::search
