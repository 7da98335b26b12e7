#include "project/project.h"

#include "common/error.h"
#include "search/index_version.h"
#include "search/xapian_index.h"
#include "store/edit_log.h"
#include "store/sqlite.h"

namespace cairn::project {

Project::Project(std::unique_ptr<store::ProjectFile> file) : m_file(std::move(file)) {}

std::unique_ptr<Project> Project::create(const std::string& path, const std::string& name,
                                         const OpenOptions& options) {
    auto project = std::unique_ptr<Project>(new Project(store::ProjectFile::create(path, name, options)));
    search::updateIndex(*project->m_file); // records the analyser version of the (empty) index
    return project;
}

namespace {

// Outbox rows the ranked-search index has applied are derived data: pruned when the project is opened
// for writing (search/xapian_index.h says which rows are safe to delete), never as part of an edit.
void pruneSearchOutbox(store::ProjectFile& file) {
    try {
        store::Transaction txn(file.db());
        search::pruneSearchOutbox(file.db(), file.guid());
        txn.commit();
    } catch (const std::exception&) {
        // Best effort: an unreadable cache directory or a busy file only means nothing is pruned now.
    }
}

} // namespace

std::unique_ptr<Project> Project::open(const std::string& path, const OpenOptions& options) {
    return open(path, options, ProgressFn{});
}

std::unique_ptr<Project> Project::open(const std::string& path, const OpenOptions& options,
                                       const ProgressFn& indexProgress) {
    auto project = std::unique_ptr<Project>(new Project(store::ProjectFile::open(path, options)));
    if (!options.readOnly) {
        search::updateIndex(*project->m_file, indexProgress);
        pruneSearchOutbox(*project->m_file);
    }
    return project;
}

std::vector<store::SourceRow> Project::sources() {
    return store::listSources(m_file->db());
}

store::SourceRow Project::source(const std::string& guidOrName) {
    return store::findSource(m_file->db(), guidOrName);
}

std::vector<store::PassageRow> Project::passages(const std::string& sourceGuidOrName) {
    return store::listPassages(m_file->db(), source(sourceGuidOrName).id);
}

std::string Project::sourceText(const std::string& sourceGuidOrName) {
    return store::sourceText(m_file->db(), source(sourceGuidOrName).id);
}

std::vector<store::CaseRow> Project::cases() {
    return store::listCases(m_file->db());
}
std::vector<store::AttributeRow> Project::attributes() {
    return store::listAttributes(m_file->db());
}
std::vector<std::pair<std::int64_t, std::int64_t>> Project::caseSources() {
    return store::caseSourceLinks(m_file->db());
}

store::CaseRow Project::requireCase(const std::string& name) {
    auto row = store::findCase(m_file->db(), name);
    if (!row) throw NotFound("no case named '" + name + "'; create it with `cairn case P add NAME`");
    return *row;
}

store::CaseRow Project::addCase(const std::string& name, const std::string& kind) {
    store::Edit edit(*m_file, "add case " + name);
    auto& txn = edit.txn();
    store::ensureCase(*m_file, txn, name, kind);
    edit.commit();
    return requireCase(name);
}

namespace {
std::string inferType(const std::string& value) {
    for (const char* type : {"integer", "decimal", "date"}) {
        try {
            store::typedValue("", type, value);
            return type;
        } catch (const InvalidInput&) {
        }
    }
    if (value == "true" || value == "false") return "boolean";
    return "text";
}
} // namespace

void Project::setCaseAttribute(const std::string& caseName, const std::string& attribute,
                               const std::string& value, const std::optional<std::string>& type) {
    store::Edit edit(*m_file, "set " + attribute + " of " + caseName);
    auto& txn = edit.txn();
    const auto caseId = store::ensureCase(*m_file, txn, caseName);
    auto existing = store::findAttribute(m_file->db(), attribute);
    if (!existing) {
        store::defineAttribute(*m_file, txn, attribute, type.value_or(inferType(value)));
        existing = store::findAttribute(m_file->db(), attribute);
    } else if (type && *type != existing->type) {
        throw InvalidInput("attribute '" + attribute + "' is already defined as " + existing->type +
                           ", not " + *type);
    }
    std::optional<store::SqlValue> typed;
    if (!value.empty()) typed = store::typedValue(attribute, existing->type, value);
    store::setCaseValue(*m_file, txn, caseId, *existing, typed);
    edit.commit();
}

void Project::setConsent(const std::string& caseName, const std::string& consent, const std::string& date,
                         const std::string& note) {
    const auto row = requireCase(caseName);
    store::Edit edit(*m_file, "set consent of " + caseName);
    auto& txn = edit.txn();
    store::setConsent(*m_file, txn, row.id, consent, date, note);
    edit.commit();
}

void Project::deleteCase(const std::string& caseName) {
    const auto row = requireCase(caseName);
    store::Edit edit(*m_file, "delete case " + row.name);
    store::deleteCase(*m_file, edit.txn(), row.id);
    edit.commit();
}

const std::vector<std::string>& Project::consentStates() {
    return store::consentStates();
}

const std::vector<std::string>& Project::attributeTypes() {
    return store::attributeTypes();
}

void Project::linkSource(const std::string& caseName, const std::string& sourceGuidOrName) {
    const auto src = source(sourceGuidOrName);
    store::Edit edit(*m_file, "link " + src.name + " to " + caseName);
    auto& txn = edit.txn();
    const auto caseId = store::ensureCase(*m_file, txn, caseName);
    store::linkCaseSource(*m_file, txn, caseId, src.id);
    edit.commit();
}

void Project::linkSpeaker(const std::string& sourceGuidOrName, const std::string& speaker,
                          const std::string& caseName) {
    const auto src = source(sourceGuidOrName);
    std::optional<std::int64_t> speakerId;
    for (const auto& s : store::listSpeakers(m_file->db(), src.id))
        if (s.name == speaker) speakerId = s.id;
    if (!speakerId) throw NotFound("source '" + src.name + "' has no speaker named '" + speaker + "'");
    store::Edit edit(*m_file, "link speaker " + speaker + " in " + src.name + " to " + caseName);
    auto& txn = edit.txn();
    const auto caseId = store::ensureCase(*m_file, txn, caseName);
    store::linkSpeakerCase(*m_file, txn, *speakerId, caseId);
    store::linkCaseSource(*m_file, txn, caseId, src.id);
    edit.commit();
}

store::MemoRow Project::addMemo(const std::string& title, const std::string& text,
                                const std::string& sourceGuidOrName, const std::string& caseName) {
    store::NewMemo memo;
    memo.title = title;
    memo.text = text;
    if (!sourceGuidOrName.empty()) memo.sourceId = source(sourceGuidOrName).id;
    if (!caseName.empty()) memo.caseId = requireCase(caseName).id;
    store::Edit edit(*m_file, title.empty() ? std::string("add memo") : "add memo " + title);
    auto& txn = edit.txn();
    auto row = store::addMemo(*m_file, txn, memo);
    edit.commit();
    return row;
}

std::vector<store::MemoRow> Project::memos() {
    return store::listMemos(m_file->db());
}

std::vector<search::Hit> Project::search(const search::SearchRequest& request) {
    return search::searchPassages(m_file->db(), request);
}

std::int64_t Project::searchCount(const search::SearchRequest& request) {
    return search::countPassages(m_file->db(), request);
}

std::vector<search::MemoHit> Project::searchMemos(const std::string& query, std::int64_t limit) {
    return search::searchMemos(m_file->db(), query, limit);
}

bool Project::searchIndexCurrent() {
    return search::indexIsCurrent(m_file->db());
}

void Project::rebuildSearchIndex(const ProgressFn& progress) {
    search::rebuildIndex(*m_file, progress);
    search::rebuildXapianIndex(m_file->db(), m_file->guid(), progress);
}

search::RankedResult Project::rankedSearch(const search::RankedRequest& request,
                                           const ProgressFn& indexProgress) {
    return search::rankedSearch(m_file->db(), m_file->guid(), request, indexProgress);
}

search::RankedResult Project::rankedSearchAcross(const search::RankedRequest& request,
                                                 const std::vector<Project*>& others,
                                                 const ProgressFn& indexProgress) {
    std::vector<search::SearchShard> shards{{&m_file->db(), m_file->guid(), m_file->name()}};
    for (auto* other : others)
        shards.push_back({&other->m_file->db(), other->m_file->guid(), other->m_file->name()});
    return search::rankedSearchAcross(shards, request, indexProgress);
}

std::vector<search::Hit> Project::similarPassages(const std::string& passageGuid, std::int64_t limit) {
    return search::similarPassages(m_file->db(), m_file->guid(), passageGuid, limit);
}

search::Suggestion Project::suggestQuery(const std::string& query) {
    return search::suggestSpelling(m_file->db(), m_file->guid(), query);
}

std::vector<store::OpRow> Project::history(std::int64_t limit) {
    return store::recentOps(*m_file, limit);
}

std::vector<store::Problem> Project::check() {
    auto problems = store::checkProject(*m_file);
    // The index is derived from the project: compared only with a sound one.
    if (!problems.empty()) return problems;
    for (auto& detail : search::checkXapianIndex(m_file->db(), m_file->guid()))
        problems.push_back({"search-index", std::move(detail),
                            "run `cairn reindex` to rebuild the search indexes from the project"});
    return problems;
}

} // namespace cairn::project
