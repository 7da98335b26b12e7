// Privacy operations: the pseudonym registry and its matches, redactions, sensitive attributes, the
// identifier scan and the anonymisation log. Each change is one store::Edit (one undo step); the log
// entries it writes stay when it is undone (the log is an audit trail, and ops records the undo).

#include "common/csv_writer.h"
#include "common/error.h"
#include "common/file_io.h"
#include "privacy/name_matcher.h"
#include "project/project.h"
#include "project/user_input.h"
#include "store/case_store.h"
#include "store/source_store.h"
#include "text/utf.h"

#include <algorithm>
#include <set>

namespace cairn::project {

namespace {

std::vector<PseudonymMatchView> withText(store::Database& db, std::vector<store::PseudonymMatchRow> rows) {
    std::vector<PseudonymMatchView> out;
    std::int64_t cachedSource = -1;
    std::string text;
    for (auto& m : rows) {
        if (m.sourceId != cachedSource) {
            text = store::sourceText(db, m.sourceId);
            cachedSource = m.sourceId;
        }
        out.push_back({std::move(m), {}});
        out.back().text =
            std::string(text::sliceCodePoints(text, out.back().match.cpStart, out.back().match.cpEnd));
    }
    return out;
}

bool hasSpeaker(store::Database& db, const std::string& name) {
    for (const auto& source : store::listSources(db))
        for (const auto& speaker : store::listSpeakers(db, source.id))
            if (speaker.name == name) return true;
    return false;
}

} // namespace

store::PseudonymRow Project::addPseudonym(const std::string& realText, const std::string& replacement,
                                          const std::string& kind) {
    auto& db = m_file->db();
    if (kind == "case") requireCase(realText);
    if (kind == "speaker" && !hasSpeaker(db, realText))
        throw NotFound("no source has a speaker named '" + realText + "'");
    store::Edit edit(*m_file, "add pseudonym " + privacy::bracketed(replacement));
    auto row = store::addPseudonym(*m_file, edit.txn(), kind, realText, replacement);
    edit.commit();
    return row;
}

std::vector<store::PseudonymRow> Project::pseudonyms() {
    return store::listPseudonyms(m_file->db());
}

void Project::removePseudonym(const std::string& key) {
    const auto row = store::findPseudonym(m_file->db(), key);
    if (!row) throw NotFound("no pseudonym registered for '" + key + "'");
    store::Edit edit(*m_file, "remove pseudonym " + privacy::bracketed(row->replacement));
    store::removePseudonym(*m_file, edit.txn(), *row);
    edit.commit();
}

std::vector<PseudonymMatchView> Project::suggestPseudonyms() {
    auto& db = m_file->db();
    const auto registry = store::listPseudonyms(db);
    std::vector<std::string> names;
    for (const auto& p : registry)
        names.push_back(p.realText);
    // Every language a passage is in, so a name's Welsh radicals are known when Welsh text is searched.
    std::vector<std::pair<store::SourceRow, std::vector<store::PassageRow>>> sources;
    std::set<std::string> languages;
    for (auto& source : store::listSources(db)) {
        auto passages = store::listPassages(db, source.id);
        for (const auto& p : passages)
            languages.insert(p.lang);
        sources.emplace_back(std::move(source), std::move(passages));
    }
    const privacy::NameMatcher matcher(names, {languages.begin(), languages.end()});
    std::set<std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t>> applied;
    for (const auto& m : store::listPseudonymMatches(db, "applied"))
        applied.insert({m.pseudonymId, m.sourceId, m.cpStart, m.cpEnd});
    std::vector<store::PseudonymMatchRow> found;
    for (const auto& [source, passages] : sources)
        for (const auto& passage : passages)
            for (const auto& hit : matcher.find(passage.text, passage.lang)) {
                store::PseudonymMatchRow row;
                row.pseudonymId = registry[hit.name].id;
                row.sourceId = source.id;
                row.cpStart = passage.cpStart + hit.cpStart;
                row.cpEnd = passage.cpStart + hit.cpEnd;
                if (!applied.contains({row.pseudonymId, row.sourceId, row.cpStart, row.cpEnd}))
                    found.push_back(row);
            }
    store::Edit edit(*m_file, "suggest pseudonym matches");
    store::replaceSuggestions(*m_file, edit.txn(), found);
    edit.commit();
    return pseudonymMatches("suggested");
}

std::vector<PseudonymMatchView> Project::pseudonymMatches(const std::string& status) {
    if (!status.empty() && status != "suggested" && status != "applied")
        throw InvalidInput("match status is 'suggested' or 'applied', not '" + status + "'");
    auto& db = m_file->db();
    return withText(db, store::listPseudonymMatches(db, status));
}

std::int64_t Project::applyPseudonyms(const std::vector<std::int64_t>& ids) {
    store::Edit edit(*m_file, "apply pseudonym matches");
    const auto count = store::applyPseudonymMatches(*m_file, edit.txn(), ids);
    edit.commit();
    return count;
}

void Project::exportPseudonyms(const std::string& path) {
    std::string csv = csvRecord({"kind", "real", "replacement", "applied", "suggested"});
    for (const auto& p : pseudonyms())
        csv += csvRecord({p.kind, p.realText, privacy::bracketed(p.replacement), std::to_string(p.applied),
                          std::to_string(p.suggested)});
    writeFileAtomically(path, csv);
}

store::RedactionRow Project::redact(const RedactionRequest& request) {
    auto& db = m_file->db();
    const auto src = source(request.source);
    const auto text = store::sourceText(db, src.id);
    const text::OffsetIndex index(text);
    const auto span = resolveSpan(src, text, request.start, request.end, request.unit, index);
    store::Edit edit(*m_file, "redact " + src.name + " " + std::to_string(span.cpStart) + "–" +
                                  std::to_string(span.cpEnd));
    auto row =
        store::addRedaction(*m_file, edit.txn(), src.id, span.cpStart, span.cpEnd, request.replacement);
    edit.commit();
    return row;
}

std::vector<store::RedactionRow> Project::redactions(const std::string& sourceName) {
    auto& db = m_file->db();
    if (sourceName.empty()) return store::listRedactions(db);
    return store::listRedactions(db, source(sourceName).id);
}

void Project::removeRedaction(const std::string& guid) {
    const auto row = store::findRedaction(m_file->db(), guid);
    if (!row) throw NotFound("no redaction with GUID " + guid);
    store::Edit edit(*m_file, "remove redaction in " + row->sourceName);
    store::removeRedaction(*m_file, edit.txn(), *row);
    edit.commit();
}

void Project::setAttributeSensitive(const std::string& attribute, bool sensitive) {
    const auto row = requireAttribute(m_file->db(), attribute);
    store::Edit edit(*m_file, std::string(sensitive ? "mark " : "unmark ") + attribute + " sensitive");
    store::setAttributeSensitive(*m_file, edit.txn(), row.id, row.guid, sensitive);
    edit.commit();
}

std::vector<store::AttributeRow> Project::sensitiveAttributes() {
    auto& db = m_file->db();
    const auto ids = store::sensitiveAttributeIds(db);
    std::vector<store::AttributeRow> out;
    for (auto& a : store::listAttributes(db))
        if (std::find(ids.begin(), ids.end(), a.id) != ids.end()) out.push_back(std::move(a));
    return out;
}

std::vector<IdentifierReport> Project::scanIdentifiers() {
    auto& db = m_file->db();
    std::vector<IdentifierReport> out;
    for (const auto& source : store::listSources(db)) {
        const auto text = store::sourceText(db, source.id);
        for (const auto& f : privacy::findIdentifiers(text))
            out.push_back({f.kind,
                           source.name,
                           f.cpStart,
                           f.cpEnd,
                           {},
                           {},
                           privacy::maskedIdentifier(text::sliceCodePoints(text, f.cpStart, f.cpEnd))});
    }
    for (const auto& c : store::listCases(db))
        for (const auto& [name, value] : c.attributes) {
            const auto* textValue = std::get_if<std::string>(&value);
            if (!textValue) continue;
            for (const auto& f : privacy::findIdentifiers(*textValue))
                out.push_back(
                    {f.kind,
                     {},
                     f.cpStart,
                     f.cpEnd,
                     c.name,
                     name,
                     privacy::maskedIdentifier(text::sliceCodePoints(*textValue, f.cpStart, f.cpEnd))});
        }
    return out;
}

std::vector<store::PrivacyLogRow> Project::privacyLog() {
    return store::listPrivacyLog(m_file->db());
}

void Project::logRawOutput(const std::string& what) {
    if (m_file->db().readOnly())
        throw InvalidInput("identifying output is logged, so it needs the project open for writing");
    store::Transaction txn(m_file->db());
    store::logPrivacy(*m_file, txn, "raw-output", what,
                      "output with --include-identifying: no consent, "
                      "pseudonyms or redactions applied");
    txn.commit();
}

} // namespace cairn::project
