#include "store/integrity.h"

#include "common/error.h"
#include "store/project_file.h"
#include "store/source_store.h"
#include "text/utf.h"

namespace cairn::store {

namespace {

constexpr const char* kRestore =
    "restore the project from a backup; if none, keep this file and copy what `cairn sources` still lists";

void sqliteChecks(Database& db, std::vector<Problem>& problems) {
    auto integrity = db.prepare("PRAGMA integrity_check");
    while (integrity.step()) {
        const auto line = integrity.getText(0);
        if (line != "ok") problems.push_back({"integrity_check", line, kRestore});
    }
    auto fk = db.prepare("PRAGMA foreign_key_check");
    while (fk.step())
        problems.push_back({"foreign_key_check",
                            "row " + std::to_string(fk.getInt(1)) + " of " + fk.getText(0) +
                                " points to a missing " + fk.getText(2) + " row",
                            kRestore});
}

void passageChecks(Database& db, std::vector<Problem>& problems) {
    for (const auto& source : listSources(db)) {
        const auto text = sourceText(db, source.id);
        if (!text::isValidUtf8(text)) {
            problems.push_back({"source-text", "source '" + source.name + "' holds invalid UTF-8", kRestore});
            continue;
        }
        const text::OffsetIndex index(text);
        if (index.codePoints() != source.chars)
            problems.push_back({"source-length",
                                "source '" + source.name + "' has " + std::to_string(index.codePoints()) +
                                    " characters but records " + std::to_string(source.chars),
                                kRestore});
        std::int64_t expectedIndex = 0;
        for (const auto& p : listPassages(db, source.id)) {
            const auto where = "passage " + std::to_string(p.index) + " of source '" + source.name + "'";
            if (p.index != expectedIndex++)
                problems.push_back(
                    {"passage-order", where + " breaks the sequence of passage numbers", kRestore});
            if (p.cpStart < 0 || p.cpEnd < p.cpStart || p.cpEnd > index.codePoints()) {
                problems.push_back({"passage-span",
                                    where + " spans [" + std::to_string(p.cpStart) + ", " +
                                        std::to_string(p.cpEnd) + ") outside the text's " +
                                        std::to_string(index.codePoints()) + " characters",
                                    kRestore});
                continue;
            }
            const auto begin = index.codePointToByte(p.cpStart);
            const auto end = index.codePointToByte(p.cpEnd);
            if (std::string_view(text).substr(static_cast<std::size_t>(begin),
                                              static_cast<std::size_t>(end - begin)) != p.text)
                problems.push_back(
                    {"passage-text", where + " no longer matches the source text at its span", kRestore});
        }
    }
}

void opsChecks(Database& db, std::vector<Problem>& problems) {
    auto stmt = db.prepare("SELECT COUNT(*), IFNULL(MIN(seq), 1), IFNULL(MAX(seq), 0) FROM ops");
    stmt.step();
    const auto count = stmt.getInt(0), first = stmt.getInt(1), last = stmt.getInt(2);
    if (count != 0 && (first != 1 || last != count))
        problems.push_back(
            {"ops-sequence",
             "the operations log has " + std::to_string(count) + " entries numbered " +
                 std::to_string(first) + " to " + std::to_string(last) + " (a gap)",
             "the audit trail is incomplete; keep the file for inspection and restore from a backup "
             "if undo history matters"});
}

void codingChecks(Database& db, std::vector<Problem>& problems) {
    auto stmt =
        db.prepare("SELECT g.guid, s.name, g.cp_start, g.cp_end, s.char_count FROM codings g JOIN sources s "
                   "ON s.id = g.source_id WHERE g.cp_end > s.char_count");
    while (stmt.step())
        problems.push_back({"coding-span",
                            "coding " + stmt.getText(0) + " in '" + stmt.getText(1) + "' spans [" +
                                std::to_string(stmt.getInt(2)) + ", " + std::to_string(stmt.getInt(3)) +
                                ") but the source has " + std::to_string(stmt.getInt(4)) + " characters",
                            "remove the coding with `cairn uncode` and code the passage again"});
}

// FTS5 compares each index with the rows it indexes ('integrity-check' with rank 1 reads the content
// too). The check is an INSERT, so it needs a writable connection: `cairn check` on a read-only
// project skips it and says so.
void indexChecks(ProjectFile& project, std::vector<Problem>& problems) {
    if (project.readOnly()) return;
    for (const char* table : {"passages_fts", "memos_fts", "codes_fts"}) {
        try {
            project.db().exec(std::string("INSERT INTO ") + table + "(" + table +
                              ", rank) VALUES ('integrity-check', 1)");
        } catch (const Corrupt&) {
            problems.push_back(
                {"search-index",
                 std::string("the full-text index ") + table + " does not match the data it indexes",
                 "rebuild it with `cairn reindex`; the data itself is unaffected"});
        }
    }
}

} // namespace

std::vector<Problem> checkProject(ProjectFile& project) {
    std::vector<Problem> problems;
    auto& db = project.db();
    sqliteChecks(db, problems);
    // Cairn's own invariants only make sense on a structurally sound file.
    if (!problems.empty()) return problems;
    passageChecks(db, problems);
    codingChecks(db, problems);
    opsChecks(db, problems);
    indexChecks(project, problems);
    return problems;
}

} // namespace cairn::store
