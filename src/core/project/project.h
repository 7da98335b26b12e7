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
#include "project/indicator_requests.h"
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
    std::vector<privacy::IdentifierFinding> identifiers; // what looks like an NHS number, email… in the text
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

/// A survey export's columns as the import would see them, before anything is written.
struct SurveyPreview {
    std::int64_t rows = 0;
    std::vector<SurveyColumnReport> columns; // every column, in file order; openAnswer: looks like one
};

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

/// A bar or a cell of an analysis: the codings of `code` (with sub-codes unless `otherCode` is set, as
/// frequencies and crosstabs roll them up), in sources of `kind`, of cases with `attribute` = `value`;
/// with `otherCode`, the codings of either code in passages where both apply, as the co-occurrence
/// table counts them (codes as applied, no roll-up).
struct CellQuery {
    std::string code;
    std::string kind;
    std::string attribute;
    std::string value;
    std::string otherCode;
};

/// The numeric case attributes, in the project's order, and the two a paired comparison most likely
/// means (analysis::likelyPairedAttributes; empty when there are fewer than two).
struct PairedAttributes {
    std::vector<std::string> numeric;
    std::string before;
    std::string after;
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

/// What a REFI-QDA exchange carried, and what it could not.
struct ExchangeReport {
    std::int64_t sources = 0;
    std::int64_t codes = 0;
    std::int64_t codings = 0;
    std::int64_t cases = 0;
    std::int64_t memos = 0;
    std::int64_t users = 0;
    std::vector<std::string> repairs;  // what was changed to make the file fit (import)
    std::vector<std::string> problems; // what could not be carried, one line each
};

/// Which codings an analysis counts, by name; empty fields do not filter.
struct AnalysisScope {
    std::string kind;      // source kind
    std::string attribute; // with attributeValue: codings of cases with this value
    std::string attributeValue;
    std::string coder;
    std::string from;              // YYYY-MM-DD: codings made on or after this day
    std::string to;                // YYYY-MM-DD: codings made on or before this day
    bool excludeWithdrawn = false; // leave out participants who withdrew (as reports do)
};

struct CrosstabRequest {
    std::string attribute;
    bool bySource = false; // count sources instead of cases
    AnalysisScope scope;
};

struct CooccurrenceRequest {
    bool spans = false;   // count overlapping codings instead of passages
    bool jaccard = false; // passages only
    AnalysisScope scope;
};

struct MatrixRequest {
    bool text = false; // cells hold the coded text instead of counts
    std::int64_t maxChars = 200;
    AnalysisScope scope;
    bool includeIdentifying = false; // raw coded text: no consent, pseudonyms or redactions (logged)
};

struct SideBySideRequest {
    std::string indicator;   // KEY:IDENT, id or title; empty: every indicator with links or values
    std::int64_t quotes = 3; // per indicator
    std::int64_t quoteChars = 240;
    AnalysisScope scope;
    bool includeIdentifying = false; // raw quotes: no consent, pseudonyms or redactions (logged)
};

/// A candidate or accepted occurrence of a registered name, with the text it covers.
struct PseudonymMatchView {
    store::PseudonymMatchRow match;
    std::string text;
};

struct RedactionRequest {
    std::string source; // GUID or name
    std::int64_t start = 0;
    std::int64_t end = 0;
    SpanUnit unit = SpanUnit::CodePoints;
    std::string replacement; // shown in brackets in exports
};

/// Something that looks like a direct identifier: in a source's text, or in a case's attribute value.
struct IdentifierReport {
    privacy::IdentifierKind kind;
    std::string source; // source name; empty for an attribute value
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::string caseName; // for an attribute value
    std::string attribute;
    std::string masked; // the identifier with all but its last two characters masked
};

// One ring of the project's thesaurus: words or phrases a search treats as the same (search/thesaurus.h).
struct ThesaurusRing {
    std::int64_t ring = 0;
    std::vector<std::string> phrases; // in the order they were added
};

/// An evidence summary (cairn report): which codes are its themes and how its counts are broken down.
struct ReportRequest {
    std::vector<std::string> codes; // paths or GUIDs, one theme each, in this order
    std::string by = "kind";        // "kind", or a case attribute: cases with the theme per value too
    std::string title;              // default: "PROJECT: evidence summary"
    std::string date;               // YYYY-MM-DD; default: today (UTC)
    std::int64_t quotesPerTheme = 5;
    bool includeIdentifying = false; // raw quotes and names: no consent, pseudonyms or redactions (logged)
};

/// A report ready to write, with what privacy rules did to it (for the CLI to say before writing).
struct ReportPlan {
    exporting::Report report;
    privacy::PublicationTally tally; // over every candidate quote, published or withheld
    std::int64_t quotes = 0;         // quotes in the report
    bool reviewedQuotes = false;     // false: the quotes are coded passages, not yet reviewed
    std::int64_t sensitiveAttributes = 0;
};

struct SummaryRequest {
    std::string attribute; // numeric
    std::string by;        // optional: group by this attribute's values
    std::string paired;    // optional: the second measure; summarises paired − attribute
};

/// A quote as review and reports see it: the text as it may be published (privacy::publishSpan) and
/// the status that holds now. An approval holds only while the published text hashes as it did when it
/// was approved; otherwise `status` is "proposed" and `needsReviewReason` says why.
struct QuoteView {
    store::QuoteRow quote;
    std::string status;            // effective: proposed, approved, rejected, change-requested
    std::string needsReviewReason; // non-empty when an approval no longer holds
    std::string codePath;
    std::string source;                // the source's publishable label (privacy::publishableLabel)
    std::string caseLabel;             // the cases' pseudonyms or names, ", "-joined; empty when none
    std::vector<std::int64_t> caseIds; // the cases the span belongs to
    privacy::Disclosure disclosure = privacy::Disclosure::Anonymous;
    std::string withheldReason; // for Withheld
    std::string text;           // the published text; empty when withheld
    std::vector<std::string> attribution;
    std::string textHash;                       // SHA-256 of `text`
    std::vector<store::QuoteEventRow> comments; // reviewers' actions, oldest first (not the proposal)
};

/// "attributed", "anonymous" or "withheld" (a CLI contract).
std::string disclosureName(privacy::Disclosure disclosure);
/// Who a quote is attributed to as outputs print it: the case labels, "anonymous, KIND", or for a
/// withheld quote the reason.
std::string quoteAttribution(const QuoteView& quote);

/// A span proposed as a quote without a coding.
struct QuoteSpanRequest {
    std::string source; // GUID or name
    std::int64_t start = 0;
    std::int64_t end = 0;
    SpanUnit unit = SpanUnit::CodePoints;
    std::string code; // path or GUID
};

struct QuoteQuery {
    std::string status; // effective status; empty: any
    std::string code;   // path or GUID (with its sub-codes); empty: every code
};

struct ReviewPackRequest {
    std::string path;     // the .html file to write
    std::string reviewer; // filled in on the pack; empty: the reviewer types their name
    std::string status;   // effective status of the quotes to include; empty: all but rejected
};

struct ReviewPackResult {
    std::string packId;
    std::int64_t quotes = 0;
    std::int64_t withheld = 0; // listed without text
};

struct ReviewImportResult {
    std::string reviewer;
    std::int64_t decisions = 0; // in the file
    std::int64_t applied = 0;
    std::vector<std::string> refused; // one line per decision not applied, saying why
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
