// The project's thesaurus (store/thesaurus_store.h, applied to queries by search/thesaurus.h): each
// change is one store::Edit, so one undo step.

#include "search/thesaurus.h"

#include "common/error.h"
#include "project/project.h"
#include "store/thesaurus_store.h"

#include <set>

namespace cairn::project {

namespace {

std::string requireKey(const std::string& phrase) {
    const auto key = search::thesaurusKey(phrase);
    if (key.empty()) throw InvalidInput("'" + phrase + "' holds no word the search could match");
    return key;
}

ThesaurusRing ringOf(store::Database& db, std::int64_t ring) {
    ThesaurusRing out{ring, {}};
    for (const auto& entry : store::listThesaurus(db))
        if (entry.ring == ring) out.phrases.push_back(entry.phrase);
    return out;
}

} // namespace

ThesaurusRing Project::addSynonyms(const std::string& term, const std::vector<std::string>& synonyms) {
    if (synonyms.empty())
        throw InvalidInput("a thesaurus entry needs at least one synonym for '" + term + "'");
    std::vector<std::pair<std::string, std::string>> phrases; // (as written, key), first of each key
    std::set<std::string> keys;
    auto addPhrase = [&](const std::string& phrase) {
        auto key = requireKey(phrase);
        if (keys.insert(key).second) phrases.emplace_back(phrase, std::move(key));
    };
    addPhrase(term);
    for (const auto& phrase : synonyms)
        addPhrase(phrase);
    if (phrases.size() < 2)
        throw InvalidInput("'" + term + "' and its synonyms are the same words once folded; nothing to add");

    auto& db = m_file->db();
    store::Edit edit(*m_file,
                     "thesaurus: " + term + " = " + phrases[1].first +
                         (phrases.size() > 2 ? " and " + std::to_string(phrases.size() - 2) + " more" : ""));
    std::set<std::int64_t> rings;
    for (const auto& [phrase, key] : phrases)
        if (const auto entry = store::findThesaurusEntry(edit.db(), key)) rings.insert(entry->ring);
    const std::int64_t ring = rings.empty() ? store::newThesaurusRing(edit.db()) : *rings.begin();
    for (const auto other : rings)
        if (other != ring) store::mergeThesaurusRings(*m_file, edit.txn(), other, ring);
    for (const auto& [phrase, key] : phrases)
        if (!store::findThesaurusEntry(edit.db(), key))
            store::addThesaurusEntry(*m_file, edit.txn(), ring, phrase, key);
    edit.commit();
    return ringOf(db, ring);
}

std::vector<std::string> Project::removeSynonym(const std::string& phrase) {
    const auto key = requireKey(phrase);
    auto& db = m_file->db();
    const auto entry = store::findThesaurusEntry(db, key);
    if (!entry) throw NotFound("the thesaurus holds no '" + phrase + "'");
    store::Edit edit(*m_file, "thesaurus: remove " + entry->phrase);
    std::vector<std::string> removed{entry->phrase};
    store::deleteThesaurusEntry(*m_file, edit.txn(), *entry);
    std::vector<store::ThesaurusEntry> left;
    for (auto& other : store::listThesaurus(edit.db()))
        if (other.ring == entry->ring) left.push_back(std::move(other));
    if (left.size() == 1) { // a ring of one word means nothing
        store::deleteThesaurusEntry(*m_file, edit.txn(), left.front());
        removed.push_back(left.front().phrase);
    }
    edit.commit();
    return removed;
}

std::vector<ThesaurusRing> Project::thesaurus() {
    std::vector<ThesaurusRing> rings;
    for (const auto& entry : store::listThesaurus(m_file->db())) {
        if (rings.empty() || rings.back().ring != entry.ring) rings.push_back({entry.ring, {}});
        rings.back().phrases.push_back(entry.phrase);
    }
    return rings;
}

} // namespace cairn::project
