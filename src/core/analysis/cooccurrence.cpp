// Co-occurrence by passage sets (intersections of sorted id sets) or by overlapping spans (a sweep
// over each source's codings in start order, so only codings that can overlap are compared).

#include "analysis/cooccurrence.h"

#include "common/error.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

namespace cairn::analysis {

namespace {

using Matrix = std::map<std::pair<std::int64_t, std::int64_t>, double>;

Matrix byPassages(const CodedEvidence& evidence, const std::vector<std::int64_t>& codes, bool jaccard) {
    std::map<std::int64_t, std::set<std::int64_t>> passages;
    for (const auto& c : evidence.codings)
        if (const auto found = evidence.passagesOf.find(c.id); found != evidence.passagesOf.end())
            passages[c.codeId].insert(found->second.begin(), found->second.end());
    Matrix m;
    for (const auto a : codes)
        for (const auto b : codes) {
            const auto& pa = passages[a];
            const auto& pb = passages[b];
            std::vector<std::int64_t> both;
            std::set_intersection(pa.begin(), pa.end(), pb.begin(), pb.end(), std::back_inserter(both));
            const auto common = static_cast<double>(both.size());
            const auto either = static_cast<double>(pa.size() + pb.size()) - common;
            m[{a, b}] = jaccard ? (either > 0 ? common / either : 0.0) : common;
        }
    return m;
}

Matrix bySpans(const CodedEvidence& evidence) {
    std::map<std::int64_t, std::vector<const store::CodingRow*>> bySource;
    Matrix m;
    for (const auto& c : evidence.codings) {
        bySource[c.sourceId].push_back(&c);
        m[{c.codeId, c.codeId}] += 1;
    }
    for (auto& [source, codings] : bySource) {
        std::sort(codings.begin(), codings.end(), [](auto* a, auto* b) { return a->start < b->start; });
        for (std::size_t i = 0; i < codings.size(); ++i)
            for (std::size_t j = i + 1; j < codings.size() && codings[j]->start < codings[i]->end; ++j) {
                const auto a = codings[i]->codeId, b = codings[j]->codeId;
                if (a == b) continue;
                m[{a, b}] += 1;
                m[{b, a}] += 1;
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

    const auto m = spans ? bySpans(evidence) : byPassages(evidence, codes, options.jaccard);
    Table table;
    table.title = std::string("Code co-occurrence (") +
                  (spans             ? "overlapping codings"
                   : options.jaccard ? "Jaccard index of passages"
                                     : "passages") +
                  ")";
    table.addColumn("code", ColumnKind::Text);
    for (const auto id : codes)
        table.addColumn(tree.path(id), options.jaccard ? ColumnKind::Decimal : ColumnKind::Integer);
    for (const auto a : codes) {
        std::vector<Cell> row{tree.path(a)};
        for (const auto b : codes) {
            const auto found = m.find({a, b});
            const double value = found == m.end() ? 0.0 : found->second;
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
