// Auto-coding from a search: every hit of a query coded with one code, by one coder, as one edit, so
// one undo takes it all back. The unit is the user's choice: the whole passage (a turn, a paragraph),
// the sentences holding the matched words, or the matched words alone.

#include "coding/code_tree.h"
#include "common/error.h"
#include "project/project.h"
#include "store/edit_log.h"
#include "store/sqlite.h"
#include "text/sentences.h"
#include "text/utf.h"

#include <set>
#include <tuple>

namespace cairn::project {

namespace {

std::vector<text::Span> spansOfHit(const search::Hit& hit, AutocodeUnit unit, store::Database& db) {
    if (unit == AutocodeUnit::Passage) return {{hit.start, hit.end}};
    std::vector<text::Span> spans;
    if (unit == AutocodeUnit::Match) {
        for (const auto& h : hit.highlights)
            spans.push_back({h.start, h.end});
        return spans;
    }
    auto stmt = db.prepare("SELECT text FROM passages WHERE guid = ?");
    stmt.bind(1, hit.passageGuid);
    if (!stmt.step()) return {{hit.start, hit.end}};
    const auto sentences = text::sentenceSpans(stmt.getTextView(0));
    std::set<std::pair<std::int64_t, std::int64_t>> chosen;
    for (const auto& h : hit.highlights)
        for (const auto& s : sentences)
            if (hit.start + s.cpStart < h.end && h.start < hit.start + s.cpEnd)
                chosen.insert({hit.start + s.cpStart, hit.start + s.cpEnd});
    // A query of filters alone highlights nothing: the passage is the unit then.
    if (chosen.empty()) return {{hit.start, hit.end}};
    for (const auto& [start, end] : chosen)
        spans.push_back({start, end});
    return spans;
}

} // namespace

AutocodeResult Project::autocode(const AutocodeRequest& request) {
    auto& db = m_file->db();
    const auto tree = coding::CodeTree::load(db);
    const auto codeId = tree.resolve(request.code);
    if (!tree.code(codeId).codable)
        throw InvalidInput("\"" + tree.path(codeId) + "\" is a folder code and cannot be applied to text");
    auto search = request.search;
    search.limit = 0;
    search.offset = 0;
    const auto hits = searchPassages(db, search);

    AutocodeResult result;
    result.passages = static_cast<std::int64_t>(hits.size());
    std::set<std::string> sources;
    std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t>> spans; // source id, start, end
    std::map<std::string, std::int64_t> sourceIds;
    for (const auto& hit : hits) {
        sources.insert(hit.sourceGuid);
        auto& sourceId = sourceIds[hit.sourceGuid];
        if (!sourceId) sourceId = source(hit.sourceGuid).id;
        for (const auto& span : spansOfHit(hit, request.unit, db))
            if (!span.empty()) spans.emplace_back(sourceId, span.cpStart, span.cpEnd);
    }
    result.sources = static_cast<std::int64_t>(sources.size());
    result.spans = static_cast<std::int64_t>(spans.size());

    const auto coderName = request.coder.empty() ? m_file->coderName() : request.coder;
    // What the coder has already coded with this code is not coded twice (running a search again after
    // importing more sources codes only the new hits).
    std::set<std::tuple<std::int64_t, std::int64_t, std::int64_t>> existing;
    if (const auto coderId = store::coderIdByName(db, coderName)) {
        auto stmt =
            db.prepare("SELECT source_id, cp_start, cp_end FROM codings WHERE code_id = ? AND coder_id = ?");
        stmt.bind(1, codeId).bind(2, coderId);
        while (stmt.step())
            existing.emplace(stmt.getInt(0), stmt.getInt(1), stmt.getInt(2));
    }
    std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t>> fresh;
    for (const auto& span : spans) {
        if (existing.insert(span).second)
            fresh.push_back(span);
        else
            ++result.skipped;
    }
    if (request.dryRun || fresh.empty()) return result;

    store::Edit edit(*m_file, "autocode \"" + request.search.query + "\" with " + tree.path(codeId));
    const auto coderId = store::ensureCoder(edit.txn(), coderName);
    for (const auto& [sourceId, start, end] : fresh) {
        store::NewCoding coding;
        coding.codeId = codeId;
        coding.sourceId = sourceId;
        coding.start = start;
        coding.end = end;
        coding.coderId = coderId;
        store::insertCoding(*m_file, edit.txn(), coding);
        ++result.added;
    }
    edit.commit();
    return result;
}

} // namespace cairn::project
