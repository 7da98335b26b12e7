// Coding, retrieval of codings, memos on any target, and undo/redo: the Project operations a coder
// uses all day. Each change is one store::Edit.

#include "coding/code_path.h"
#include "coding/code_tree.h"
#include "common/error.h"
#include "project/project.h"
#include "project/user_input.h"
#include "store/code_store.h"
#include "store/edit_log.h"
#include "store/memo_store.h"
#include "store/sqlite.h"
#include "text/span.h"
#include "text/utf.h"

#include <algorithm>
#include <map>

namespace cairn::project {

namespace {

// Slices many spans of one source's text; the OffsetIndex makes each slice one block's scan, not a
// scan from the start (a long transcript with thousands of codings).
class SourceTexts {
public:
    explicit SourceTexts(store::Database& db) : m_db(db) {}
    const std::string& text(std::int64_t sourceId) {
        auto found = m_texts.find(sourceId);
        if (found == m_texts.end()) {
            auto entry = std::make_unique<Entry>();
            entry->text = store::sourceText(m_db, sourceId);
            entry->index = std::make_unique<text::OffsetIndex>(entry->text);
            found = m_texts.emplace(sourceId, std::move(entry)).first;
        }
        return found->second->text;
    }
    std::string slice(std::int64_t sourceId, std::int64_t start, std::int64_t end) {
        const auto& whole = text(sourceId);
        const auto& index = *m_texts.at(sourceId)->index;
        start = std::clamp<std::int64_t>(start, 0, index.codePoints());
        end = std::clamp<std::int64_t>(end, start, index.codePoints());
        const auto from = index.codePointToByte(start);
        return whole.substr(static_cast<std::size_t>(from),
                            static_cast<std::size_t>(index.codePointToByte(end) - from));
    }

private:
    struct Entry {
        std::string text;
        std::unique_ptr<text::OffsetIndex> index;
    };
    store::Database& m_db;
    std::map<std::int64_t, std::unique_ptr<Entry>> m_texts;
};

} // namespace

store::CodingFilter Project::codingFilter(const CodingQuery& query) {
    auto& db = m_file->db();
    store::CodingFilter filter;
    if (!query.code.empty()) {
        const auto tree = coding::CodeTree::load(db);
        const auto id = tree.resolve(query.code);
        filter.codeIds = query.withSubcodes ? tree.subtree(id) : std::vector<std::int64_t>{id};
    }
    if (!query.source.empty()) filter.sourceId = source(query.source).id;
    if (!query.coder.empty()) {
        const auto id = store::coderIdByName(db, query.coder);
        if (!id) throw NotFound("no coder named '" + query.coder + "' has worked on this project");
        filter.coderId = id;
    }
    if (!query.caseName.empty()) filter.caseId = requireCase(query.caseName).id;
    if (!query.attribute.empty()) {
        const auto attribute = store::findAttribute(db, query.attribute);
        if (!attribute) throw NotFound("no attribute named '" + query.attribute + "'");
        filter.attributeId = attribute->id;
        filter.attributeValue = store::typedValue(attribute->name, attribute->type, query.attributeValue);
    }
    if (!query.kind.empty()) {
        if (!store::isSourceKind(query.kind)) throw InvalidInput("'" + query.kind + "' is not a source kind");
        filter.sourceKind = query.kind;
    }
    filter.limit = query.limit;
    return filter;
}

CodingView Project::code(const CodingRequest& request) {
    return codeSpan(request, std::nullopt);
}

CodingView Project::codeInVivo(const CodingRequest& request, const std::string& parent) {
    return codeSpan(request, parent);
}

CodingView Project::codeSpan(const CodingRequest& request, const std::optional<std::string>& inVivoParent) {
    auto& db = m_file->db();
    const auto src = source(request.source);
    const auto text = store::sourceText(db, src.id);
    const text::OffsetIndex index(text); // one pass over a long transcript, for the span and its text
    const auto span = resolveSpan(src, text, request.start, request.end, request.unit, index);
    auto spanText = std::string(text::spanText(text, span, index));
    const auto tree = coding::CodeTree::load(db);
    std::optional<std::int64_t> codeId;
    std::string codePath;
    std::optional<std::int64_t> parentId;
    std::string name;
    if (inVivoParent) {
        name = inVivoCodeName(spanText);
        if (name.empty()) throw InvalidInput("the selection has no words to name an in-vivo code after");
        if (!inVivoParent->empty()) parentId = tree.resolve(*inVivoParent);
        auto names = parentId ? coding::splitCodePath(tree.path(*parentId)) : std::vector<std::string>{};
        names.push_back(name);
        codePath = coding::joinCodePath(names);
        codeId = tree.findPath(codePath);
    } else {
        codeId = tree.resolve(request.code);
        codePath = tree.path(*codeId);
    }
    store::Edit edit(*m_file,
                     (inVivoParent ? "code " + src.name + " in vivo as " : "code " + src.name + " with ") +
                         codePath);
    if (!codeId) {
        store::NewCode code;
        code.parentId = parentId;
        code.name = name;
        code.example = spanText;
        codeId = store::insertCode(*m_file, edit.txn(), code).id;
    }
    store::NewCoding coding;
    coding.codeId = *codeId;
    coding.sourceId = src.id;
    coding.start = span.cpStart;
    coding.end = span.cpEnd;
    coding.coderId =
        request.coder.empty() ? m_file->coderId(edit.txn()) : store::ensureCoder(edit.txn(), request.coder);
    coding.weight = request.weight;
    auto row = store::insertCoding(*m_file, edit.txn(), coding);
    if (!request.memo.empty()) {
        store::NewMemo memo;
        memo.text = request.memo;
        memo.codingId = row.id;
        memo.authorId = coding.coderId;
        store::addMemo(*m_file, edit.txn(), memo);
        row.memo = request.memo;
    }
    edit.commit();
    return {row, codePath, std::move(spanText), {}, {}};
}

store::CodingRow Project::uncode(const std::string& codingGuid) {
    const auto row = store::findCoding(m_file->db(), codingGuid);
    if (!row) throw NotFound("no coding with GUID " + codingGuid + "; `cairn codings P` lists them");
    store::Edit edit(*m_file, "remove a coding from " + row->sourceName);
    auto deleted = store::deleteCoding(*m_file, edit.txn(), codingGuid);
    edit.commit();
    return deleted;
}

std::vector<CodingView> Project::codings(const CodingQuery& query) {
    auto& db = m_file->db();
    auto rows = store::listCodings(db, codingFilter(query));
    const auto tree = coding::CodeTree::load(db);
    SourceTexts texts(db);
    std::map<std::int64_t, std::vector<store::PassageRow>> passagesBySource;
    std::vector<CodingView> out;
    out.reserve(rows.size());
    std::map<std::int64_t, std::string> paths;
    for (auto& row : rows) {
        auto& path = paths[row.codeId];
        if (path.empty()) path = tree.path(row.codeId);
        auto text = texts.slice(row.sourceId, row.start, row.end);
        CodingView view{std::move(row), path, std::move(text), {}, {}};
        if (query.context > 0) {
            // Context stays inside the passages the coding touches: the turn before belongs to someone else.
            auto& passages = passagesBySource[view.coding.sourceId];
            if (passages.empty()) passages = store::listPassages(db, view.coding.sourceId);
            // Passages are in text order: find the ones holding the span's ends by binary search.
            const auto holding = [&](std::int64_t at) {
                auto it = std::upper_bound(
                    passages.begin(), passages.end(), at,
                    [](std::int64_t cp, const store::PassageRow& p) { return cp < p.cpStart; });
                return it == passages.begin() ? passages.end() : std::prev(it);
            };
            const auto first = holding(view.coding.start);
            const auto last = holding(view.coding.end - 1);
            const std::int64_t low =
                first != passages.end() && view.coding.start < first->cpEnd ? first->cpStart : 0;
            const std::int64_t high =
                last != passages.end() && view.coding.end <= last->cpEnd ? last->cpEnd : view.coding.end;
            view.before = texts.slice(view.coding.sourceId, std::max(low, view.coding.start - query.context),
                                      view.coding.start);
            view.after = texts.slice(view.coding.sourceId, view.coding.end,
                                     std::min(high, view.coding.end + query.context));
        }
        out.push_back(std::move(view));
    }
    return out;
}

std::int64_t Project::countCodings(const CodingQuery& query) {
    return store::countCodings(m_file->db(), codingFilter(query));
}

store::MemoRow Project::addMemo(const std::string& title, const std::string& text, const MemoTarget& target) {
    auto& db = m_file->db();
    store::NewMemo memo;
    memo.title = title;
    memo.text = text;
    std::string about = "the journal";
    if (!target.source.empty()) {
        const auto src = source(target.source);
        memo.sourceId = src.id;
        about = src.name;
    }
    if (!target.caseName.empty()) {
        memo.caseId = requireCase(target.caseName).id;
        about = target.caseName;
    }
    if (!target.code.empty()) {
        const auto tree = coding::CodeTree::load(db);
        memo.codeId = tree.resolve(target.code);
        about = tree.path(*memo.codeId);
    }
    if (!target.coding.empty()) {
        const auto coding = store::findCoding(db, target.coding);
        if (!coding) throw NotFound("no coding with GUID " + target.coding);
        memo.codingId = coding->id;
        about = "a coding in " + coding->sourceName;
    }
    store::Edit edit(*m_file, "add a memo on " + about);
    auto row = store::addMemo(*m_file, edit.txn(), memo);
    edit.commit();
    return row;
}

store::MemoRow Project::editMemo(const std::string& guid, const std::optional<std::string>& title,
                                 const std::string& text) {
    const auto current = store::findMemo(m_file->db(), guid);
    if (!current) throw NotFound("no memo with GUID " + guid + "; `cairn memo P list` shows them");
    store::Edit edit(*m_file, "edit a memo");
    auto row = store::updateMemo(*m_file, edit.txn(), guid, title.value_or(current->title), text);
    edit.commit();
    return row;
}

void Project::deleteMemo(const std::string& guid) {
    store::Edit edit(*m_file, "delete a memo");
    store::deleteMemo(*m_file, edit.txn(), guid);
    edit.commit();
}

std::vector<store::MemoRow> Project::memos(const MemoTarget& target, bool journal) {
    auto& db = m_file->db();
    store::MemoFilter filter;
    filter.journalOnly = journal;
    if (!target.source.empty()) filter.sourceId = source(target.source).id;
    if (!target.caseName.empty()) filter.caseId = requireCase(target.caseName).id;
    if (!target.code.empty()) filter.codeId = coding::CodeTree::load(db).resolve(target.code);
    if (!target.coding.empty()) {
        const auto coding = store::findCoding(db, target.coding);
        if (!coding) throw NotFound("no coding with GUID " + target.coding);
        filter.codingId = coding->id;
    }
    return store::listMemos(db, filter);
}

std::optional<store::EditRow> Project::undo() {
    return store::undoLastEdit(*m_file);
}
std::optional<store::EditRow> Project::redo() {
    return store::redoNextEdit(*m_file);
}
std::optional<store::EditRow> Project::nextUndo() {
    return store::nextUndo(m_file->db());
}
std::optional<store::EditRow> Project::nextRedo() {
    return store::nextRedo(m_file->db());
}

} // namespace cairn::project
