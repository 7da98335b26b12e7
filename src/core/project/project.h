#pragma once
// The one entry point the CLI and the GUI use. A Project is an open project file plus the
// operations users perform on it; each operation is one transaction. Nothing above this layer
// touches SQL.

#include "analysis/coded_evidence.h"
#include "analysis/table.h"
#include "coding/shipped_codebooks.h"
#include "common/progress.h"
#include "export/report.h"
#include "export/report_writers.h"
#include "privacy/identifier_detectors.h"
#include "project/analysis_requests.h"
#include "project/coding_requests.h"
#include "project/import_requests.h"
#include "project/indicator_requests.h"
#include "project/privacy_requests.h"
#include "project/review_requests.h"
#include "search/ranked_search.h"
#include "search/search.h"
#include "store/case_store.h"
#include "store/code_store.h"
#include "store/coding_store.h"
#include "store/edit_log.h"
#include "store/integrity.h"
#include "store/memo_store.h"
#include "store/ops_log.h"
#include "store/privacy_store.h"
#include "store/project_file.h"
#include "store/quote_store.h"
#include "store/source_store.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cairn::project {

using store::OpenOptions;

// One ring of the project's thesaurus: words or phrases a search treats as the same (search/thesaurus.h).
struct ThesaurusRing {
    std::int64_t ring = 0;
    std::vector<std::string> phrases; // in the order they were added
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

    /// Creates a project at `projectPath` from a REFI-QDA project file (.qdpx), leniently (see
    /// import/qdpx_reader.h): sources, codes, users as coders, variables and cases, selections and
    /// codings, notes as memos. All in one transaction: on any error, or a cancel (checked once a source,
    /// and interrupting a running statement), no project file is left behind.
    static std::unique_ptr<Project> importQdpx(const std::string& qdpxPath, const std::string& projectPath,
                                               ExchangeReport& report, const OpenOptions& options = {},
                                               const ProgressFn& progress = {},
                                               const CancelToken* cancel = nullptr);

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
    /// Reads a survey export and infers each column's type as importSurvey would; writes nothing.
    /// `cancel` is checked between reading, decoding, parsing and inferring.
    static SurveyPreview previewSurvey(const std::string& path, const std::string& encoding = {},
                                       const CancelToken* cancel = nullptr);

    /// The names of the shipped codebooks loadCodebook accepts.
    static std::vector<std::string> shippedCodebookNames();
    /// Consent states (unknown, quote, anonymous, none) and attribute types, as the core names them.
    static const std::vector<std::string>& consentStates();
    static const std::vector<std::string>& attributeTypes();

    std::vector<store::SourceRow> sources();
    store::SourceRow source(const std::string& guidOrName);
    std::vector<store::PassageRow> passages(const std::string& sourceGuidOrName);
    std::string sourceText(const std::string& sourceGuidOrName);

    std::vector<store::CaseRow> cases();
    std::vector<store::AttributeRow> attributes();
    /// (case id, source id) for every source linked to a case, directly or through a speaker linked to
    /// it; the ids are CaseRow::id and SourceRow::id. The GUI groups its source tree by case with it.
    std::vector<std::pair<std::int64_t, std::int64_t>> caseSources();
    /// Creates a case if needed (kind applies only then).
    store::CaseRow addCase(const std::string& name, const std::string& kind = "participant");
    /// Sets a case attribute from its text form. A new attribute takes `type` (default: inferred
    /// from the value: integer, decimal, boolean or date when it fits, else text).
    void setCaseAttribute(const std::string& caseName, const std::string& attribute, const std::string& value,
                          const std::optional<std::string>& type = std::nullopt);
    void setConsent(const std::string& caseName, const std::string& consent, const std::string& date = {},
                    const std::string& note = {});
    void linkSource(const std::string& caseName, const std::string& sourceGuidOrName);
    /// Deletes a case with its attribute values, links and memos, in one edit; its sources stay.
    void deleteCase(const std::string& caseName);
    void linkSpeaker(const std::string& sourceGuidOrName, const std::string& speaker,
                     const std::string& caseName);

    store::MemoRow addMemo(const std::string& title, const std::string& text,
                           const std::string& sourceGuidOrName = {}, const std::string& caseName = {});
    /// A memo on any target (all empty: a journal entry).
    store::MemoRow addMemo(const std::string& title, const std::string& text, const MemoTarget& target);
    /// Replaces a memo's text, and its title when `title` is given.
    store::MemoRow editMemo(const std::string& guid, const std::optional<std::string>& title,
                            const std::string& text);
    void deleteMemo(const std::string& guid);
    std::vector<store::MemoRow> memos();
    /// Memos about one target; `journal` lists only memos about nothing.
    std::vector<store::MemoRow> memos(const MemoTarget& target, bool journal = false);

    // The codebook. Paths name codes ("Barriers/Language"); a GUID works wherever a path does.
    std::vector<CodeInfo> codebook();
    CodeInfo codeInfo(const std::string& pathOrGuid);
    /// Adds a code; missing parents along the path are added too (as codable codes).
    CodeInfo addCode(const std::string& path, const CodeFields& fields = {});
    CodeInfo updateCode(const std::string& pathOrGuid, const CodeFields& fields);
    CodeInfo renameCode(const std::string& pathOrGuid, const std::string& newName);
    /// Moves a code (with its sub-codes) under `newParent` (empty: the top level), at `position` among
    /// its new siblings (nullopt: last).
    CodeInfo moveCode(const std::string& pathOrGuid, const std::string& newParent,
                      std::optional<std::int64_t> position = std::nullopt);
    /// Moves `from`'s codings and sub-codes to `into` and deletes `from`; a coding that would duplicate
    /// one `into` has (same source, span and coder) is dropped.
    MergeResult mergeCodes(const std::string& from, const std::string& into);
    /// Deletes a code, its sub-codes and all their codings. When they have codings, `confirmCodings`
    /// must equal their number (what the user was shown); otherwise InvalidInput says how many.
    std::int64_t deleteCode(const std::string& pathOrGuid, std::optional<std::int64_t> confirmCodings);
    /// Loads a .qdc file or a shipped codebook by name (coding/shipped_codebooks.h).
    CodebookLoadResult loadCodebook(const std::string& fileOrShippedName);
    /// Writes the codebook as a .qdc file (atomically: a temporary file renamed over `path`).
    void exportCodebook(const std::string& path);
    std::vector<search::CodeHit> searchCodes(const std::string& query, std::int64_t limit = 20);

    // Coding.
    CodingView code(const CodingRequest& request);
    /// Codes a span with a code named after the words it covers (inVivoCodeName), under `parent`
    /// (a path; empty: the top level). The code is made if no code has that path. One edit.
    CodingView codeInVivo(const CodingRequest& request, const std::string& parent = {});
    store::CodingRow uncode(const std::string& codingGuid);
    std::vector<CodingView> codings(const CodingQuery& query);
    std::int64_t countCodings(const CodingQuery& query);
    /// Codes every hit of a search with one code, as one edit (one undo step).
    AutocodeResult autocode(const AutocodeRequest& request);

    /// Writes the project as a REFI-QDA project (.qdpx), atomically. `problems` lists what REFI-QDA
    /// cannot hold (passages and speakers, languages, case kinds and consent are carried in descriptions).
    /// A cancel (checked once a source) throws Cancelled and leaves no file at `path`.
    ExchangeReport exportQdpx(const std::string& path, const ProgressFn& progress = {},
                              const CancelToken* cancel = nullptr);

    // Undo and redo of every edit, across restarts (store/edit_log.h).
    std::optional<store::EditRow> undo();
    std::optional<store::EditRow> redo();
    std::optional<store::EditRow> nextUndo();
    std::optional<store::EditRow> nextRedo();

    /// Full-text search of the passages (search/search.h): ranked hits with snippets and highlights
    /// in code points of the sources' text. Throws search::QueryError for a bad query.
    std::vector<search::Hit> search(const search::SearchRequest& request);
    /// How many passages the query finds.
    std::int64_t searchCount(const search::SearchRequest& request);
    /// Memos whose title or text the query finds.
    std::vector<search::MemoHit> searchMemos(const std::string& query, std::int64_t limit = 20);
    /// False when the index was built by another analyser version: open for writing to rebuild it.
    bool searchIndexCurrent();
    /// Rebuilds the full-text indexes (passages, memos, code names) from the data, in one transaction,
    /// and the ranked-search index in the cache directory (search/xapian_index.h).
    void rebuildSearchIndex(const ProgressFn& progress = {});
    /// Ranked search (search/ranked_search.h): Xapian when its index is current (brought up to date
    /// first unless the request says not to, reporting a rebuild to `indexProgress`), else FTS5.
    search::RankedResult rankedSearch(const search::RankedRequest& request,
                                      const ProgressFn& indexProgress = {});
    /// Ranked search over this project and `others` at once (one Xapian search over their indexes);
    /// each hit names the project it comes from (Hit::project: the project's name).
    search::RankedResult rankedSearchAcross(const search::RankedRequest& request,
                                            const std::vector<Project*>& others,
                                            const ProgressFn& indexProgress = {});
    /// Passages like the one with `passageGuid` (more like this), best first, without it.
    std::vector<search::Hit> similarPassages(const std::string& passageGuid, std::int64_t limit = 10);
    /// A query with its misspelt words replaced by the nearest words of the project's own vocabulary
    /// (search/spelling.h); empty when every word is known or nothing near enough is.
    search::Suggestion suggestQuery(const std::string& query);

    // The thesaurus (search/thesaurus.h), one undo step per change.
    /// Puts `term` and `synonyms` in one ring (joining the rings any of them is in already); returns it.
    ThesaurusRing addSynonyms(const std::string& term, const std::vector<std::string>& synonyms);
    /// Takes `phrase` out of its ring (a ring left with one entry goes too); returns what was removed.
    /// Throws NotFound when the thesaurus does not hold it.
    std::vector<std::string> removeSynonym(const std::string& phrase);
    std::vector<ThesaurusRing> thesaurus();

    // Analyses (analysis/): each returns a table for the CLI or GUI to show; names are resolved here.
    /// Per code (sub-codes rolled up): sources by kind, cases, passages and coders, each out of its total.
    analysis::Table frequencies(const AnalysisScope& scope);
    /// Codes × the values of a case attribute, with column percentages.
    analysis::Table crosstab(const CrosstabRequest& request);
    /// Codes × codes: passages (or overlapping codings) where both apply, or the Jaccard index.
    analysis::Table cooccurrence(const CooccurrenceRequest& request);
    /// Cases × codes: codings, or the coded text with each source's name.
    analysis::Table frameworkMatrix(const MatrixRequest& request);
    /// A numeric attribute's statistics and distribution, or a paired difference with its t-test.
    analysis::Table surveySummary(const SummaryRequest& request);
    /// The codings behind a bar or cell (project/cell_evidence.cpp), by source name and position.
    std::vector<CodingView> codingsBehind(const CellQuery& query);
    /// The numeric attributes and the likely before/after pair, for the paired comparison.
    PairedAttributes pairedAttributes();
    /// Each indicator's coded evidence (linked codes: sources, cases, passages, top quotes consent
    /// allows) next to its values by scope and period and the change between periods.
    analysis::Table sideBySide(const SideBySideRequest& request);
    /// One indicator's value series point by point (analysis::indicatorSeries), for a chart.
    analysis::Table indicatorSeries(const std::string& indicator);

    /// An evidence summary of the codes in `request` (project/report.cpp): per theme the sources of each
    /// kind (and, with `by` an attribute, the cases with each value) where it is coded, quotes through
    /// the privacy rules, linked indicators side by side, and a methods note. With includeIdentifying the
    /// anonymisation log records it, so the project must be open for writing.
    ReportPlan buildReport(const ReportRequest& request);
    /// Writes a report in `format`, atomically.
    static void writeReport(const exporting::Report& report, exporting::ReportFormat format,
                            const std::string& path);

    // Indicator frameworks, values and links (project/indicators.cpp). Indicators are named "KEY:IDENT"
    // ("wales-nwi-2021:16"), or by id or title alone when only one framework has it.
    /// Loads a framework CSV or a shipped framework by name, adding or updating its nodes (by key and
    /// id), then makes the default links to codes of shipped codebooks already in the project.
    FrameworkLoadResult loadFrameworks(const std::string& fileOrShippedName);
    std::vector<store::FrameworkRow> frameworks();
    /// The nodes of one framework (key) or of all, parents first, with their links and value counts.
    std::vector<IndicatorInfo> indicators(const std::string& framework = {});
    /// Writes frameworks (one, or all when `framework` is empty) as a framework CSV, atomically.
    void exportFrameworks(const std::string& path, const std::string& framework = {});
    /// Deletes a framework with its values and links. When it has values, `confirmValues` must equal
    /// their number; otherwise InvalidInput says how many.
    std::int64_t deleteFramework(const std::string& key, std::optional<std::int64_t> confirmValues);
    IndicatorLinkInfo linkIndicator(const std::string& code, const std::string& indicator,
                                    const std::string& rationale = {});
    /// False when there was no such link.
    bool unlinkIndicator(const std::string& code, const std::string& indicator);
    std::vector<IndicatorLinkInfo> indicatorLinks();
    /// Records that `to` (a later set's indicator) continues `from`.
    IndicatorMappingInfo mapIndicators(const std::string& from, const std::string& to,
                                       const std::string& relation = "same", const std::string& note = {});
    std::vector<IndicatorMappingInfo> indicatorMappings();
    /// Imports values from CSV (indicators/values_csv.h) in one edit. A file with problems imports
    /// nothing unless `skipBadRows`; the result lists every problem with its line either way.
    ValuesImportResult importValues(const ValuesImportRequest& request);
    /// One value per case with a numeric value of the attribute, in one edit.
    ValuesImportResult valuesFromAttribute(const FromAttributeRequest& request);
    ValueInfo setValue(const ValueEntry& entry);
    std::vector<ValueInfo> indicatorValues(const ValueQuery& query);
    /// Writes values as CSV, long or wide (periods as columns), atomically.
    void exportValues(const std::string& path, indicators::ValuesFormat format, const ValueQuery& query);
    std::int64_t deleteValues(const ValueQuery& query);

    // Privacy (project/privacy.cpp): nothing here changes a source's text; exports apply it.
    /// Registers a real name or identifying term with its replacement. `kind` "case" needs an existing
    /// case of that name; "speaker" a speaker of that name in some source.
    store::PseudonymRow addPseudonym(const std::string& realText, const std::string& replacement,
                                     const std::string& kind = "term");
    std::vector<store::PseudonymRow> pseudonyms();
    /// By GUID, real text or replacement; its matches go with it.
    void removePseudonym(const std::string& key);
    /// Finds every registered name in every passage with the search analyser and stores the matches not
    /// yet accepted as suggestions (replacing earlier suggestions), in one edit; returns the suggestions.
    std::vector<PseudonymMatchView> suggestPseudonyms();
    /// Matches by status ("suggested", "applied", or empty for both), with the text each covers.
    std::vector<PseudonymMatchView> pseudonymMatches(const std::string& status = {});
    /// Accepts suggestions (by id; all when `ids` is empty) in one edit; returns how many.
    std::int64_t applyPseudonyms(const std::vector<std::int64_t>& ids = {});
    /// Writes the registry (kind, real text, replacement, matches) as CSV, atomically. The registry is
    /// the key to the pseudonyms: it is only ever written on its own.
    void exportPseudonyms(const std::string& path);

    store::RedactionRow redact(const RedactionRequest& request);
    std::vector<store::RedactionRow> redactions(const std::string& source = {});
    void removeRedaction(const std::string& guid);

    /// Marks a case attribute sensitive (its values are never exported) or not.
    void setAttributeSensitive(const std::string& attribute, bool sensitive);
    std::vector<store::AttributeRow> sensitiveAttributes();
    /// Every identifier-like value in sources and text attribute values (privacy/identifier_detectors.h).
    std::vector<IdentifierReport> scanIdentifiers();
    std::vector<store::PrivacyLogRow> privacyLog();
    /// Records in the anonymisation log that `what` was output without privacy rules.
    void logRawOutput(const std::string& what);

    // Quote review (project/quotes.cpp, project/review_pack.cpp). Each action is one edit (one undo step).
    /// Proposes the span of a coding, with its code, as a quote. Throws InvalidInput when the coding is
    /// already proposed.
    QuoteView proposeQuote(const std::string& codingGuid);
    /// Proposes a span with a code as a quote.
    QuoteView proposeQuote(const QuoteSpanRequest& request);
    std::vector<QuoteView> quotes(const QuoteQuery& query = {});
    /// By GUID or a unique GUID prefix (8+ characters). Throws NotFound.
    QuoteView quote(const std::string& guid);
    /// Records `reviewer`'s action (approve, reject, request-change) on a quote, with a comment.
    /// Throws NotFound for an unknown reviewer (naming the command that adds one) and InvalidInput for
    /// approving a quote consent withholds.
    QuoteView reviewQuote(const std::string& guid, const std::string& action, const std::string& reviewer,
                          const std::string& comment = {});
    store::ReviewerRow addReviewer(const std::string& name, const std::string& role);
    std::vector<store::ReviewerRow> reviewers();
    /// Quotes whose approval holds now, of the given codes (ids as in CodeRow::id; empty: every code),
    /// with their published text: what reports may print.
    std::vector<QuoteView> approvedQuotes(const std::vector<std::int64_t>& codeIds = {});
    /// Writes a self-contained HTML review pack (export/review_pack.h), atomically.
    ReviewPackResult writeReviewPack(const ReviewPackRequest& request);
    /// Reads a decisions file saved from a review pack and applies the decisions that still fit, as one
    /// edit. Throws InvalidInput (nothing written) for a damaged or altered file or another project's.
    ReviewImportResult importReviewDecisions(const std::string& path);

    std::vector<store::OpRow> history(std::int64_t limit);
    std::vector<store::Problem> check();

private:
    explicit Project(std::unique_ptr<store::ProjectFile> file);
    store::CaseRow requireCase(const std::string& name);
    store::CodingFilter codingFilter(const CodingQuery& query);
    CodeInfo describeCode(std::int64_t id);
    /// code() and codeInVivo(): `inVivoParent` set means the code is named from the span's text.
    CodingView codeSpan(const CodingRequest& request, const std::optional<std::string>& inVivoParent);
    std::int64_t applyDefaultLinks(store::Edit& edit);
    analysis::CodingScope resolveAnalysisScope(const AnalysisScope& scope);
    std::vector<QuoteView> describeQuotes(std::vector<store::QuoteRow> rows);
    QuoteView proposeSpan(const std::string& label, store::NewQuote quote);
    store::ReviewerRow requireReviewer(const std::string& name);
    std::unique_ptr<store::ProjectFile> m_file;
};

} // namespace cairn::project
