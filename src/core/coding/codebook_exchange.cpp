#include "coding/codebook_exchange.h"

#include "coding/code_description.h"
#include "coding/code_tree.h"
#include "store/code_store.h"
#include "store/project_file.h"
#include "store/sqlite.h"

#include <functional>

namespace cairn::coding {

namespace {

void mergeCode(store::ProjectFile& project, store::Transaction& txn, const import::RefiCode& code,
               std::optional<std::int64_t> parentId, const std::string& shippedName,
               CodebookMergeReport& report) {
    auto& db = txn.db();
    std::optional<std::int64_t> id;
    if (const auto existing = store::findCodeByGuid(db, code.guid)) {
        id = existing->id;
        ++report.matchedByGuid;
    } else {
        auto sibling = db.prepare("SELECT id FROM codes WHERE IFNULL(parent_id, 0) = ? AND name = ?");
        sibling.bind(1, parentId.value_or(0)).bind(2, code.name);
        if (sibling.step()) {
            id = sibling.getInt(0);
            ++report.matchedByName;
        }
    }
    if (!id) {
        const auto description = unpackDescription(code.description);
        store::NewCode row;
        row.guid = code.guid;
        row.parentId = parentId;
        row.name = code.name;
        row.color = code.color;
        row.definition = description.definition;
        row.inclusion = description.inclusion;
        row.exclusion = description.exclusion;
        row.example = description.example;
        row.codable = code.codable;
        row.codebook = shippedName;
        id = store::insertCode(project, txn, row).id;
        ++report.added;
    }
    for (const auto& child : code.children)
        mergeCode(project, txn, child, id, shippedName, report);
}

} // namespace

CodebookMergeReport mergeCodebook(store::ProjectFile& project, store::Transaction& txn,
                                  const import::RefiCodebook& codebook, const std::string& shippedName) {
    CodebookMergeReport report;
    for (const auto& code : codebook.codes)
        mergeCode(project, txn, code, std::nullopt, shippedName, report);
    return report;
}

import::RefiCodebook codebookForExport(store::Database& db){const auto tree = CodeTree::load(db);
import::RefiCodebook out;
out.origin = "Cairn";
std::function<import::RefiCode(std::int64_t)> build = [&](std::int64_t id) {
    const auto& row = tree.code(id);
    import::RefiCode code;
    code.guid = row.guid;
    code.name = row.name;
    code.color = row.color;
    code.codable = row.codable;
    code.description = packDescription({row.definition, row.inclusion, row.exclusion, row.example});
    for (const auto child : tree.children(id))
        code.children.push_back(build(child));
    return code;
};
for (const auto id : tree.children(std::nullopt))
    out.codes.push_back(build(id));
return out;
} // namespace cairn::coding

} // namespace cairn::coding
