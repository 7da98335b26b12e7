// The codebook operations of Project: each is one store::Edit, so one undo step.

#include "coding/code_path.h"
#include "coding/code_tree.h"
#include "coding/codebook_exchange.h"
#include "common/error.h"
#include "common/file_io.h"
#include "export/qdc_writer.h"
#include "import/limits.h"
#include "import/qdc_reader.h"
#include "project/project.h"
#include "store/edit_log.h"
#include "store/sqlite.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>

namespace cairn::project {

namespace {

std::string normalColor(const std::string& color) {
    if (color.empty()) return color;
    std::string out = color.front() == '#' ? color : "#" + color;
    const bool hex = out.size() == 7 && std::all_of(out.begin() + 1, out.end(),
                                                    [](unsigned char c) { return std::isxdigit(c) != 0; });
    if (!hex) throw InvalidInput("'" + color + "' is not a colour; write it as #RRGGBB, for example #2E86AB");
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::toupper(c); });
    return out;
}

void applyFields(store::CodeRow& row, const CodeFields& fields) {
    if (fields.color) row.color = normalColor(*fields.color);
    if (fields.definition) row.definition = *fields.definition;
    if (fields.inclusion) row.inclusion = *fields.inclusion;
    if (fields.exclusion) row.exclusion = *fields.exclusion;
    if (fields.example) row.example = *fields.example;
    if (fields.codable) row.codable = *fields.codable;
}

} // namespace

CodeInfo Project::describeCode(std::int64_t id) {
    for (auto& info : codebook())
        if (info.code.id == id) return info;
    throw NotFound("no code with id " + std::to_string(id));
}

std::vector<CodeInfo> Project::codebook() {
    auto& db = m_file->db();
    const auto tree = coding::CodeTree::load(db);
    const auto counts = store::codingCountsByCode(db);
    // Sources per code sub-tree need the sub-tree's codings together: one pass over (code, source) pairs.
    std::map<std::int64_t, std::set<std::int64_t>> sourcesByCode;
    auto pairs = db.prepare("SELECT DISTINCT code_id, source_id FROM codings");
    while (pairs.step())
        sourcesByCode[pairs.getInt(0)].insert(pairs.getInt(1));

    std::vector<CodeInfo> out;
    out.reserve(tree.codes().size());
    std::map<std::int64_t, std::size_t> indexById;
    for (const auto& row : tree.codes()) {
        CodeInfo info;
        info.code = row;
        info.path = tree.path(row.id);
        info.depth = tree.depth(row.id);
        if (const auto found = counts.find(row.id); found != counts.end()) info.codings = found->second;
        indexById[row.id] = out.size();
        out.push_back(std::move(info));
    }
    // Children come after parents, so walking backwards adds each finished sub-tree to its parent.
    std::vector<std::set<std::int64_t>> treeSources(out.size());
    for (std::size_t i = out.size(); i-- > 0;) {
        auto& info = out[i];
        info.codingsInTree += info.codings;
        if (const auto found = sourcesByCode.find(info.code.id); found != sourcesByCode.end())
            treeSources[i].insert(found->second.begin(), found->second.end());
        info.sources = static_cast<std::int64_t>(treeSources[i].size());
        if (info.code.parentId) {
            const auto parent = indexById.at(*info.code.parentId);
            out[parent].codingsInTree += info.codingsInTree;
            treeSources[parent].insert(treeSources[i].begin(), treeSources[i].end());
        }
    }
    return out;
}

CodeInfo Project::codeInfo(const std::string& pathOrGuid) {
    return describeCode(coding::CodeTree::load(m_file->db()).resolve(pathOrGuid));
}

CodeInfo Project::addCode(const std::string& path, const CodeFields& fields) {
    const auto names = coding::splitCodePath(path);
    const auto tree = coding::CodeTree::load(m_file->db());
    if (tree.findPath(path)) throw DuplicateInput("the code \"" + path + "\" already exists");
    store::Edit edit(*m_file, "add code " + path);
    std::optional<std::int64_t> parent;
    std::vector<std::string> along;
    std::int64_t id = 0;
    for (std::size_t i = 0; i < names.size(); ++i) {
        along.push_back(names[i]);
        if (i + 1 < names.size()) {
            if (const auto existing = tree.findPath(coding::joinCodePath(along))) {
                parent = *existing;
                continue;
            }
        }
        store::NewCode code;
        code.parentId = parent;
        code.name = names[i];
        if (i + 1 == names.size()) {
            if (fields.color) code.color = normalColor(*fields.color);
            code.definition = fields.definition.value_or("");
            code.inclusion = fields.inclusion.value_or("");
            code.exclusion = fields.exclusion.value_or("");
            code.example = fields.example.value_or("");
            code.codable = fields.codable.value_or(true);
        }
        id = store::insertCode(*m_file, edit.txn(), code).id;
        parent = id;
    }
    edit.commit();
    return describeCode(id);
}

CodeInfo Project::updateCode(const std::string& pathOrGuid, const CodeFields& fields) {
    const auto tree = coding::CodeTree::load(m_file->db());
    auto row = tree.code(tree.resolve(pathOrGuid));
    applyFields(row, fields);
    if (fields.codable && !*fields.codable) {
        store::CodingFilter filter;
        filter.codeIds = {row.id};
        if (const auto n = store::countCodings(m_file->db(), filter))
            throw InvalidInput(
                "\"" + tree.path(row.id) + "\" has " + std::to_string(n) +
                " codings; a code with codings cannot become a folder. Move them to a sub-code "
                "first (cairn codebook P merge)");
    }
    store::Edit edit(*m_file, "change code " + tree.path(row.id));
    store::updateCode(*m_file, edit.txn(), row);
    edit.commit();
    return describeCode(row.id);
}

CodeInfo Project::renameCode(const std::string& pathOrGuid, const std::string& newName) {
    const auto tree = coding::CodeTree::load(m_file->db());
    auto row = tree.code(tree.resolve(pathOrGuid));
    const auto oldPath = tree.path(row.id);
    if (newName.empty()) throw InvalidInput("a code needs a name");
    row.name = newName;
    store::Edit edit(*m_file, "rename " + oldPath + " to " + newName);
    store::updateCode(*m_file, edit.txn(), row);
    edit.commit();
    return describeCode(row.id);
}

CodeInfo Project::moveCode(const std::string& pathOrGuid, const std::string& newParent,
                           std::optional<std::int64_t> position) {
    const auto tree = coding::CodeTree::load(m_file->db());
    const auto id = tree.resolve(pathOrGuid);
    std::optional<std::int64_t> parent;
    if (!newParent.empty() && newParent != "/") parent = tree.resolve(newParent);
    store::Edit edit(*m_file,
                     "move " + tree.path(id) + " to " + (parent ? tree.path(*parent) : "the top level"));
    store::placeCode(*m_file, edit.txn(), id, parent, position);
    edit.commit();
    return describeCode(id);
}

MergeResult Project::mergeCodes(const std::string& from, const std::string& into) {
    const auto tree = coding::CodeTree::load(m_file->db());
    const auto fromId = tree.resolve(from);
    const auto intoId = tree.resolve(into);
    if (fromId == intoId) throw InvalidInput("a code cannot be merged into itself");
    const auto within = tree.subtree(fromId);
    if (std::find(within.begin(), within.end(), intoId) != within.end())
        throw InvalidInput("\"" + tree.path(intoId) + "\" is inside \"" + tree.path(fromId) +
                           "\"; move it out before merging");
    if (!tree.code(intoId).codable && store::codingCountsByCode(m_file->db()).count(fromId))
        throw InvalidInput("\"" + tree.path(intoId) + "\" is a folder code and cannot take codings");
    MergeResult result;
    store::Edit edit(*m_file, "merge " + tree.path(fromId) + " into " + tree.path(intoId));
    // Codings move; sub-codes follow, and one whose name the target already has is merged into that one
    // in the same way, all the way down.
    std::function<void(std::int64_t, std::int64_t, bool)> merge = [&](std::int64_t source,
                                                                      std::int64_t target, bool top) {
        const auto [moved, collapsed] = store::moveCodings(*m_file, edit.txn(), source, target);
        result.moved += moved;
        result.collapsed += collapsed;
        for (const auto child : tree.children(source)) {
            std::optional<std::int64_t> twin;
            for (const auto other : tree.children(target))
                if (tree.code(other).name == tree.code(child).name) twin = other;
            if (twin)
                merge(child, *twin, false);
            else
                store::placeCode(*m_file, edit.txn(), child, target, std::nullopt);
            if (top) ++result.subcodes;
        }
        // Memos on the merged code stay with the codings' new home.
        edit.db()
            .prepare("UPDATE memos SET code_id = ? WHERE code_id = ?")
            .bind(1, target)
            .bind(2, source)
            .run();
        store::deleteCode(*m_file, edit.txn(), source);
    };
    merge(fromId, intoId, true);
    edit.commit();
    return result;
}

std::int64_t Project::deleteCode(const std::string& pathOrGuid, std::optional<std::int64_t> confirmCodings) {
    const auto tree = coding::CodeTree::load(m_file->db());
    const auto id = tree.resolve(pathOrGuid);
    store::CodingFilter filter;
    filter.codeIds = tree.subtree(id);
    const auto codings = store::countCodings(m_file->db(), filter);
    if (codings > 0 && confirmCodings != codings)
        throw InvalidInput(
            "deleting \"" + tree.path(id) + "\" deletes " + std::to_string(codings) + " codings with it" +
            (filter.codeIds.size() > 1
                 ? " (its own and its " + std::to_string(filter.codeIds.size() - 1) + " sub-codes')"
                 : std::string()) +
            "; confirm that number to go ahead (--confirm " + std::to_string(codings) + ")");
    store::Edit edit(*m_file, "delete code " + tree.path(id));
    const auto deleted = store::deleteCode(*m_file, edit.txn(), id);
    edit.commit();
    return deleted;
}

std::string childCodePath(const std::string& parentPath, const std::string& name) {
    auto names = parentPath.empty() ? std::vector<std::string>{} : coding::splitCodePath(parentPath);
    names.push_back(name);
    return coding::joinCodePath(names);
}

std::vector<std::string> Project::shippedCodebookNames() {
    std::vector<std::string> names;
    for (const auto& codebook : coding::shippedCodebooks())
        names.push_back(codebook.name);
    return names;
}

CodebookLoadResult Project::loadCodebook(const std::string& fileOrShippedName) {
    std::string path = fileOrShippedName;
    std::string shipped;
    if (const auto found = coding::findShippedCodebook(fileOrShippedName)) {
        path = found->path;
        shipped = found->name;
    } else if (fileOrShippedName.find('/') == std::string::npos && !fileOrShippedName.ends_with(".qdc")) {
        std::string names;
        for (const auto& codebook : coding::shippedCodebooks())
            names += (names.empty() ? "" : ", ") + codebook.name;
        throw NotFound("no shipped codebook is named \"" + fileOrShippedName +
                       "\" (the shipped ones are: " + (names.empty() ? std::string("none found") : names) +
                       "); give a .qdc file's path instead");
    }
    const auto codebook = import::readQdc(readInputFile(path, import::kMaxSourceBytes));
    CodebookLoadResult result;
    result.name = shipped.empty() ? path : shipped;
    store::Edit edit(*m_file, "load codebook " + result.name);
    const auto report = coding::mergeCodebook(*m_file, edit.txn(), codebook, shipped);
    result.indicatorLinks = applyDefaultLinks(edit);
    edit.commit();
    result.added = report.added;
    result.alreadyThere = report.matchedByGuid + report.matchedByName;
    result.notes = report.notes;
    for (const auto& repair : codebook.repairs)
        result.notes.push_back(repair);
    if (report.matchedByName > 0)
        result.notes.push_back(std::to_string(report.matchedByName) +
                               " codes matched existing codes by name, not GUID; they were kept as they are");
    return result;
}

void Project::exportCodebook(const std::string& path) {
    writeFileAtomically(path, exporting::writeQdc(coding::codebookForExport(m_file->db())));
}

std::vector<search::CodeHit> Project::searchCodes(const std::string& query, std::int64_t limit) {
    return search::searchCodes(m_file->db(), query, limit);
}

} // namespace cairn::project
