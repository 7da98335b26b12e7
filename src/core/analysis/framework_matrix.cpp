// The framework matrix. Each source's text is read once; every coded piece of a text cell goes through
// privacy::publishSpan, the one way quote text leaves the project.

#include "analysis/framework_matrix.h"

#include "analysis/publication_notes.h"
#include "store/case_store.h"
#include "store/privacy_store.h"
#include "store/source_store.h"
#include "text/span.h"
#include "text/utf.h"

#include <map>
#include <memory>
#include <set>

namespace cairn::analysis {

namespace {

class SourceTexts {
public:
    explicit SourceTexts(store::Database& db) : m_db(db) {}
    const std::string& text(std::int64_t sourceId) {
        auto [entry, fresh] = m_texts.try_emplace(sourceId);
        if (fresh) entry->second = store::sourceText(m_db, sourceId);
        return entry->second;
    }

private:
    store::Database& m_db;
    std::map<std::int64_t, std::string> m_texts;
};

std::string truncated(const std::string& text, std::int64_t maxChars) {
    if (maxChars <= 0 || text::codePointCount(text) <= maxChars) return text;
    return std::string(text::sliceCodePoints(text, 0, maxChars)) + "…";
}

} // namespace

Table frameworkMatrix(store::Database& db, const MatrixOptions& options) {
    const auto tree = coding::CodeTree::load(db);
    const auto evidence = loadEvidence(db, options.scope, false);
    const bool asText = options.cell == MatrixCell::Text;
    SourceTexts texts(db);
    const auto rules = store::loadPrivacyRules(db);
    privacy::PublicationTally tally;

    std::set<std::int64_t> used;
    std::map<std::pair<std::int64_t, std::int64_t>, std::int64_t> counts; // (case, code) → codings
    struct Quotation {
        std::string text;
        std::int64_t chars = 0; // code points in text
    };
    std::map<std::pair<std::int64_t, std::int64_t>, Quotation> quotations; // (case, code) → text
    for (std::size_t i = 0; i < evidence.codings.size(); ++i) {            // in source and text order
        const auto& c = evidence.codings[i];
        used.insert(c.codeId);
        for (const auto caseId : evidence.casesOf[i]) {
            ++counts[{caseId, c.codeId}];
            if (!asText) continue;
            auto& cell = quotations[{caseId, c.codeId}];
            // Past the limit the cell shows its first maxChars characters and "…" whatever follows, so
            // later pieces need not be sliced or joined (a case's cell can gather hundreds of them).
            if (options.maxChars > 0 && cell.chars > options.maxChars) continue;
            const auto published = privacy::publishSpan(
                rules, {c.sourceId, texts.text(c.sourceId), c.start, c.end, evidence.casesOf[i]},
                options.includeIdentifying, tally);
            if (published.decision.disclosure == privacy::Disclosure::Withheld) continue;
            const auto sourceLabel = options.includeIdentifying
                                         ? c.sourceName
                                         : privacy::publishableLabel(rules, c.sourceName, c.sourceKind);
            const auto piece = (cell.text.empty() ? "[" : " | [") + sourceLabel + "] " + published.text;
            cell.chars += text::codePointCount(piece);
            cell.text += piece;
        }
    }
    std::vector<std::int64_t> codes;
    for (const auto& code : tree.codes())
        if (used.count(code.id)) codes.push_back(code.id);

    Table table;
    table.title = asText ? "Framework matrix (coded text)" : "Framework matrix (codings)";
    table.addColumn("case", ColumnKind::Text);
    for (const auto id : codes)
        table.addColumn(tree.path(id), asText ? ColumnKind::Text : ColumnKind::Integer);
    for (const auto& c : store::listCases(db)) {
        std::vector<Cell> row{asText && !options.includeIdentifying ? privacy::caseLabel(rules, c.id)
                                                                    : c.name};
        for (const auto code : codes) {
            if (asText) {
                const auto found = quotations.find({c.id, code});
                row.emplace_back(found == quotations.end() ? std::string()
                                                           : truncated(found->second.text, options.maxChars));
            } else {
                const auto found = counts.find({c.id, code});
                row.emplace_back(found == counts.end() ? std::int64_t{0} : found->second);
            }
        }
        table.rows.push_back(std::move(row));
    }
    table.notes.push_back("Codes are counted as applied: sub-codes do not roll up.");
    if (asText) {
        table.notes.push_back("Each cell is cut at " + std::to_string(options.maxChars) + " characters.");
        addPublicationNotes(table, tally, options.includeIdentifying);
        if (options.tally) options.tally->add(tally);
    }
    return table;
}

} // namespace cairn::analysis
