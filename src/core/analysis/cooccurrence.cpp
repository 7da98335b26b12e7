// Co-occurrence by passages (the codes of each passage, counted in pairs) or by overlapping spans (a
// sweep over each source's codings in start order, so only codings that can overlap are compared).

#include "analysis/cooccurrence.h"

#include "common/error.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace cairn::analysis {

namespace {

// Cells by the codes' positions in `codes`: a dense k × k array, where a map of pairs was slow to fill.
class Matrix {
public:
    explicit Matrix(const std::vector<std::int64_t>& codes) : m_size(codes.size()), m_cells(m_size * m_size) {
        for (std::size_t i = 0; i < codes.size(); ++i)
            m_position.emplace(codes[i], i);
    }
    std::size_t position(std::int64_t code) const { return m_position.at(code); }
    double& at(std::size_t a, std::size_t b) { return m_cells[a * m_size + b]; }
    double at(std::size_t a, std::size_t b) const { return m_cells[a * m_size + b]; }

private:
    std::size_t m_size;
    std::vector<double> m_cells;
    std::unordered_map<std::int64_t, std::size_t> m_position;
};

// Each passage's codes, then every pair of them: work in proportion to the codes per passage squared,
// not to the number of codes squared times their passages (one set intersection per pair of codes).
Matrix byPassages(const CodedEvidence& evidence, const std::vector<std::int64_t>& codes, bool jaccard) {
    Matrix m(codes);
    std::vector<std::pair<std::int64_t, std::size_t>> applied; // (passage, code position)
    for (std::size_t i = 0; i < evidence.codings.size(); ++i) {
        const auto code = m.position(evidence.codings[i].codeId);
        for (const auto passage : evidence.passagesOf[i])
            applied.emplace_back(passage, code);
    }
    std::sort(applied.begin(), applied.end());
    applied.erase(std::unique(applied.begin(), applied.end()), applied.end());
    for (std::size_t first = 0; first < applied.size();) {
        auto last = first;
        while (last < applied.size() && applied[last].first == applied[first].first)
            ++last;
        for (auto a = first; a < last; ++a)
            for (auto b = first; b < last; ++b)
                m.at(applied[a].second, applied[b].second) += 1; // a == b: the code's own passages
        first = last;
    }
    if (jaccard) {
        const auto common = m; // |A ∩ B|, with |A| on the diagonal
        for (std::size_t a = 0; a < codes.size(); ++a)
            for (std::size_t b = 0; b < codes.size(); ++b) {
                const auto both = common.at(a, b);
                const auto either = (common.at(a, a) + common.at(b, b)) - both;
                m.at(a, b) = either > 0 ? both / either : 0.0;
            }
    }
    return m;
}

Matrix bySpans(const CodedEvidence& evidence, const std::vector<std::int64_t>& codes) {
    std::unordered_map<std::int64_t, std::vector<const store::CodedSpan*>> bySource;
    Matrix m(codes);
    for (const auto& c : evidence.codings) {
        bySource[c.sourceId].push_back(&c);
        const auto p = m.position(c.codeId);
        m.at(p, p) += 1;
    }
    for (auto& [source, codings] : bySource) {
        std::sort(codings.begin(), codings.end(), [](auto* a, auto* b) { return a->start < b->start; });
        for (std::size_t i = 0; i < codings.size(); ++i)
            for (std::size_t j = i + 1; j < codings.size() && codings[j]->start < codings[i]->end; ++j) {
                const auto a = codings[i]->codeId, b = codings[j]->codeId;
                if (a == b) continue;
                const auto pa = m.position(a), pb = m.position(b);
                m.at(pa, pb) += 1;
                m.at(pb, pa) += 1;
            }
    }
    return m;
}

} // namespace

Table cooccurrence(store::Database& db, const CooccurrenceOptions& options) {
    const bool spans = options.unit == CooccurrenceUnit::Spans;
    if (spans && options.jaccard)
        throw InvalidInput("Jaccard compares the sets of passages two codes apply to; it cannot be used with "
                           "overlapping spans");
    const auto tree = coding::CodeTree::load(db);
    const auto evidence = loadEvidence(db, options.scope, !spans);
    std::set<std::int64_t> used;
    for (const auto& c : evidence.codings)
        used.insert(c.codeId);
    std::vector<std::int64_t> codes;
    for (const auto& code : tree.codes())
        if (used.count(code.id)) codes.push_back(code.id);

    const auto m = spans ? bySpans(evidence, codes) : byPassages(evidence, codes, options.jaccard);
    Table table;
    table.title = std::string("Code co-occurrence (") +
                  (spans             ? "overlapping codings"
                   : options.jaccard ? "Jaccard index of passages"
                                     : "passages") +
                  ")";
    table.addColumn("code", ColumnKind::Text);
    for (const auto id : codes)
        table.addColumn(tree.path(id), options.jaccard ? ColumnKind::Decimal : ColumnKind::Integer);
    for (std::size_t a = 0; a < codes.size(); ++a) {
        std::vector<Cell> row{tree.path(codes[a])};
        for (std::size_t b = 0; b < codes.size(); ++b) {
            const double value = m.at(a, b);
            if (options.jaccard)
                row.push_back(decimal(value));
            else
                row.emplace_back(static_cast<std::int64_t>(value));
        }
        table.rows.push_back(std::move(row));
    }
    table.notes.push_back(spans ? "A cell counts pairs of overlapping codings of the two codes; the diagonal "
                                  "counts the code's codings."
                                : "A cell counts passages overlapped by codings of both codes; the diagonal "
                                  "counts the code's passages.");
    table.notes.push_back("Codes are counted as applied: sub-codes do not roll up.");
    return table;
}

} // namespace cairn::analysis
