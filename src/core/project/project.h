#pragma once
// The one entry point the CLI and the GUI use. A Project is an open project file plus the
// operations users perform on it; each operation is one transaction. Nothing above this layer
// touches SQL.

#include "common/progress.h"
#include "search/search.h"
#include "store/case_store.h"
#include "store/integrity.h"
#include "store/memo_store.h"
#include "store/ops_log.h"
#include "store/project_file.h"
#include "store/source_store.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cairn::project {

using store::OpenOptions;

struct ImportRequest {
    std::string path;
    std::string name; // source name; defaults to the file name without its folder
    std::string kind = "document";
    std::string caseName;        // link the source to this case (created if missing)
    std::string lang;            // BCP 47 tag forced on every passage; empty: detect per passage
    std::string encoding;        // forced text encoding; empty: detect
    std::string layout = "auto"; // transcript layout: auto, none, or a layout name
    bool allowDuplicate = false;
};

struct ImportResult {
    store::SourceRow source;
    std::string encoding;
    std::string layout;
    std::vector<std::string> warnings;
};

struct SurveyRequest {
    std::string path;
    std::string idColumn;
    std::vector<std::string> textColumns;                   // open answers: one source per non-empty answer
    std::vector<std::pair<std::string, std::string>> types; // column → type overrides
    std::string kind = "survey-response";
    std::string encoding;
    std::string caseKind = "participant";
    bool allowDuplicate = false;
};

struct SurveyColumnReport {
    std::string name;
    std::string type;
    std::int64_t missing = 0;
    bool openAnswer = false;
};

struct SurveyResult {
    std::int64_t cases = 0;
    std::int64_t sources = 0;
    std::int64_t values = 0;
    std::vector<SurveyColumnReport> columns;
    std::vector<std::string> warnings;
};

class Project {
public:
    static std::unique_ptr<Project> create(const std::string& path, const std::string& name,
                                           const OpenOptions& options = {});
    static std::unique_ptr<Project> open(const std::string& path, const OpenOptions& options = {});
    /// Opens a project; for writing, also rebuilds the full-text index when another analyser version
    /// built it (search/index_version.h), reporting that rebuild's progress to `indexProgress`.
    static std::unique_ptr<Project> open(const std::string& path, const OpenOptions& options,
                                         const ProgressFn& indexProgress);

    store::ProjectFile& file() { return *m_file; }
    std::string name() { return m_file->name(); }
    std::string guid() { return m_file->guid(); }

    /// Imports one file as a source in one transaction. Throws InvalidInput (nothing written) for
    /// unreadable or malformed input, DuplicateInput when the same bytes are already a source and
    /// `allowDuplicate` is false.
    ImportResult importFile(const ImportRequest& request, const CancelToken* cancel = nullptr);

    /// Imports a survey export: one case per row with typed attributes, one source per open answer.
    /// One transaction for the whole file.
    SurveyResult importSurvey(const SurveyRequest& request, const ProgressFn& progress = {},
                              const CancelToken* cancel = nullptr);

    std::vector<store::SourceRow> sources();
    store::SourceRow source(const std::string& guidOrName);
    std::vector<store::PassageRow> passages(const std::string& sourceGuidOrName);
    std::string sourceText(const std::string& sourceGuidOrName);

    std::vector<store::CaseRow> cases();
    std::vector<store::AttributeRow> attributes();
    /// Creates a case if needed (kind applies only then).
    store::CaseRow addCase(const std::string& name, const std::string& kind = "participant");
    /// Sets a case attribute from its text form. A new attribute takes `type` (default: inferred
    /// from the value: integer, decimal, boolean or date when it fits, else text).
    void setCaseAttribute(const std::string& caseName, const std::string& attribute, const std::string& value,
                          const std::optional<std::string>& type = std::nullopt);
    void setConsent(const std::string& caseName, const std::string& consent, const std::string& date = {},
                    const std::string& note = {});
    void linkSource(const std::string& caseName, const std::string& sourceGuidOrName);
    void linkSpeaker(const std::string& sourceGuidOrName, const std::string& speaker,
                     const std::string& caseName);

    store::MemoRow addMemo(const std::string& title, const std::string& text,
                           const std::string& sourceGuidOrName = {}, const std::string& caseName = {});
    std::vector<store::MemoRow> memos();

    /// Full-text search of the passages (search/search.h): ranked hits with snippets and highlights
    /// in code points of the sources' text. Throws search::QueryError for a bad query.
    std::vector<search::Hit> search(const search::SearchRequest& request);
    /// How many passages the query finds.
    std::int64_t searchCount(const search::SearchRequest& request);
    /// Memos whose title or text the query finds.
    std::vector<search::MemoHit> searchMemos(const std::string& query, std::int64_t limit = 20);
    /// False when the index was built by another analyser version: open for writing to rebuild it.
    bool searchIndexCurrent();

    std::vector<store::OpRow> history(std::int64_t limit);
    std::vector<store::Problem> check();

private:
    explicit Project(std::unique_ptr<store::ProjectFile> file);
    store::CaseRow requireCase(const std::string& name);
    std::unique_ptr<store::ProjectFile> m_file;
};

} // namespace cairn::project
