// Project::importQdpx: a REFI-QDA project (read leniently by import/qdpx_reader.h) becomes a new Cairn
// project in one transaction.
//   Users → coders · CodeBook → codes (code notes → memos on codes) · Variables → attributes ·
//   Cases → cases with values and sources · TextSources → sources, through the same builder as any
//   import, so passages, speakers and languages are derived as usual · selections → codings that keep
//   their selection's GUID · notes → memos on what refers to them (a coding, a source, a code), the
//   rest → journal · a selection's comment with no coding → a memo on its source quoting the text.
// Nothing is dropped silently: the reader's repairs and problems, and this mapping's own, are reported.

#include "coding/codebook_exchange.h"
#include "common/error.h"
#include "common/file_io.h"
#include "import/limits.h"
#include "import/qdpx_reader.h"
#include "project/interrupt_on_cancel.h"
#include "project/project.h"
#include "project/refi_descriptions.h"
#include "project/source_builder.h"
#include "store/edit_log.h"
#include "store/memo_store.h"
#include "store/sqlite.h"
#include "text/utf.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace cairn::project {

namespace {

namespace fs = std::filesystem;

std::string attributeType(import::RefiVariableType type) {
    switch (type) {
    case import::RefiVariableType::Boolean:
        return "boolean";
    case import::RefiVariableType::Integer:
        return "integer";
    case import::RefiVariableType::Float:
        return "decimal";
    case import::RefiVariableType::Date:
        return "date";
    case import::RefiVariableType::Text:
    case import::RefiVariableType::DateTime:
        break;
    }
    return "text";
}

void collectCodeNotes(const std::vector<import::RefiCode>& codes,
                      std::vector<std::pair<std::string, std::string>>& out) {
    for (const auto& code : codes) {
        for (const auto& note : code.noteGuids)
            out.emplace_back(code.guid, note);
        collectCodeNotes(code.children, out);
    }
}

std::string quoted(const std::string& text) {
    constexpr std::int64_t kMax = 60;
    if (text::codePointCount(text) <= kMax) return "\"" + text + "\"";
    return "\"" + std::string(text::sliceCodePoints(text, 0, kMax)) + "…\"";
}

// Removes a project file that was being created, with its sidecars, after a failed import.
void removeProjectFiles(const std::string& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        fs::remove(path + suffix, ignored);
}

class QdpxImporter {
public:
    QdpxImporter(store::ProjectFile& file, store::Transaction& txn, const import::RefiProject& refi,
                 ExchangeReport& report, const ProgressFn& progress, const CancelToken* cancel)
        : m_file(file), m_txn(txn), m_refi(refi), m_report(report), m_progress(progress), m_cancel(cancel) {}

    void run() {
        for (const auto& note : m_refi.notes)
            m_notes[note.guid] = &note;
        users();
        codes();
        cases();
        sources();
        remainingNotes();
    }

private:
    void users() {
        for (const auto& user : m_refi.users) {
            if (user.name.empty()) continue;
            m_coders[user.guid] = store::ensureCoder(m_txn, user.name, user.guid);
        }
        m_report.users = static_cast<std::int64_t>(m_coders.size());
    }

    std::optional<std::int64_t> coder(const std::string& userGuid) {
        const auto found = m_coders.find(userGuid);
        if (found == m_coders.end()) return std::nullopt;
        return found->second;
    }

    void codes() {
        const auto merged = coding::mergeCodebook(m_file, m_txn, m_refi.codebook);
        m_report.codes = merged.added;
        // A code other tools mark as a folder may still carry codings; Cairn makes it codable.
        std::set<std::string> used;
        for (const auto& source : m_refi.sources)
            for (const auto& selection : source.selections)
                for (const auto& coding : selection.codings)
                    used.insert(coding.codeGuid);
        for (const auto& guid : used) {
            auto code = store::findCodeByGuid(m_txn.db(), guid);
            if (!code || code->codable) continue;
            code->codable = true;
            store::updateCode(m_file, m_txn, *code);
            m_report.repairs.push_back("the code \"" + code->name +
                                       "\" was not codable but has codings; it was made codable");
        }
        std::vector<std::pair<std::string, std::string>> notes;
        collectCodeNotes(m_refi.codebook.codes, notes);
        for (const auto& [codeGuid, noteGuid] : notes) {
            const auto code = store::findCodeByGuid(m_txn.db(), codeGuid);
            if (!code) continue;
            store::NewMemo memo;
            memo.codeId = code->id;
            addNote(noteGuid, memo);
        }
    }

    void cases() {
        std::map<std::string, const import::RefiVariable*> variables;
        for (const auto& variable : m_refi.variables) {
            if (variable.type == import::RefiVariableType::DateTime)
                m_report.repairs.push_back("the variable \"" + variable.name +
                                           "\" holds dates with times; Cairn keeps them as text");
            const auto type = attributeType(variable.type);
            store::defineAttribute(m_file, m_txn, variable.name, type, variable.guid);
            variables[variable.guid] = &variable;
        }
        std::set<std::string> names;
        for (const auto& refi : m_refi.cases) {
            auto carried = readCarriedFields(refi.description);
            auto name = refi.name;
            for (int n = 2; !names.insert(name).second; ++n)
                name = refi.name + " (" + std::to_string(n) + ")";
            if (name != refi.name)
                m_report.repairs.push_back("two cases are named \"" + refi.name + "\"; the second is \"" +
                                           name + "\"");
            const auto& kinds = store::caseKinds();
            const auto kind = std::find(kinds.begin(), kinds.end(), carried.kind) != kinds.end()
                                  ? carried.kind
                                  : std::string("participant");
            const auto caseId = store::ensureCase(m_file, m_txn, name, kind, refi.guid);
            if (!carried.description.empty())
                m_txn.db()
                    .prepare("UPDATE cases SET description = ? WHERE id = ?")
                    .bind(1, carried.description)
                    .bind(2, caseId)
                    .run();
            if (!carried.consent.empty())
                store::setConsent(m_file, m_txn, caseId, carried.consent, carried.consentDate,
                                  carried.consentNote);
            for (const auto& value : refi.values) {
                const auto variable = variables.find(value.variableGuid);
                if (variable == variables.end() || value.value.empty()) continue;
                const auto attribute = store::findAttribute(m_txn.db(), variable->second->name);
                try {
                    store::setCaseValue(m_file, m_txn, caseId, *attribute,
                                        store::typedValue(attribute->name, attribute->type, value.value));
                } catch (const InvalidInput&) {
                    m_report.problems.push_back("case \"" + name + "\": \"" + value.value + "\" is not a " +
                                                attribute->type + " value for \"" + attribute->name +
                                                "\"; left out");
                }
            }
            m_caseIds[refi.guid] = caseId;
        }
        m_report.cases = static_cast<std::int64_t>(m_caseIds.size());
    }

    void sources() {
        const auto total = static_cast<std::int64_t>(m_refi.sources.size());
        for (const auto& refi : m_refi.sources) {
            // Sources are the bulk of the work: Cancel is checked, and progress told, once a source.
            if (m_cancel) m_cancel->throwIfCancelled();
            if (m_progress) m_progress(m_report.sources, total, refi.name);
            const auto carried = readCarriedFields(refi.description);
            ImportRequest request;
            request.name = refi.name.empty() ? "Source " + std::to_string(m_report.sources + 1) : refi.name;
            request.kind = store::isSourceKind(carried.kind) ? carried.kind : "document";
            auto built = buildSource(refi.text, request.name + ".txt", request);
            if (built.source.text != refi.text) {
                // Selections count code points of the file's text: it must be stored exactly as it came.
                m_report.problems.push_back("\"" + request.name +
                                            "\": its text changed on reading, so it is " +
                                            "kept whole as one passage");
                built.source.text = refi.text;
                built.source.passages.clear();
                store::NewPassage whole;
                whole.cpEnd = text::codePointCount(refi.text);
                whole.text = refi.text;
                whole.lang = built.source.lang;
                if (whole.cpEnd > 0) built.source.passages.push_back(std::move(whole));
            }
            built.source.guid = refi.guid;
            const auto row = store::insertSource(m_file, m_txn, built.source);
            ++m_report.sources;
            for (const auto& c : m_refi.cases)
                for (const auto& guid : c.sourceGuids)
                    if (guid == refi.guid && m_caseIds.count(c.guid))
                        store::linkCaseSource(m_file, m_txn, m_caseIds.at(c.guid), row.id);
            for (const auto& noteGuid : refi.noteGuids) {
                store::NewMemo memo;
                memo.sourceId = row.id;
                addNote(noteGuid, memo);
            }
            for (const auto& selection : refi.selections)
                place(refi, row.id, selection);
        }
    }

    void place(const import::RefiSource& source, std::int64_t sourceId,
               const import::RefiSelection& selection) {
        std::optional<std::int64_t> firstCoding;
        for (const auto& refi : selection.codings) {
            const auto code = store::findCodeByGuid(m_txn.db(), refi.codeGuid);
            if (!code) {
                m_report.problems.push_back(
                    "a coding in \"" + source.name +
                    "\" names a code that is not in the "
                    "codebook; left out: " +
                    quoted(std::string(text::sliceCodePoints(source.text, selection.start, selection.end))));
                continue;
            }
            store::NewCoding coding;
            coding.guid = store::findCoding(m_txn.db(), refi.guid) ? std::string() : refi.guid;
            coding.codeId = code->id;
            coding.sourceId = sourceId;
            coding.start = selection.start;
            coding.end = selection.end;
            coding.coderId =
                coder(refi.userGuid).value_or(coder(selection.userGuid).value_or(m_file.coderId(m_txn)));
            coding.weight = refi.weight;
            coding.selectionGuid = selection.guid;
            coding.createdAt = !refi.creationTime.empty() ? refi.creationTime : selection.creationTime;
            const auto row = store::insertCoding(m_file, m_txn, coding);
            if (!firstCoding) firstCoding = row.id;
            ++m_report.codings;
            for (const auto& noteGuid : refi.noteGuids) {
                store::NewMemo memo;
                memo.codingId = row.id;
                addNote(noteGuid, memo);
            }
        }
        // Notes and a comment on the selection itself go on its first coding; with no coding, on the
        // source, quoting what they are about.
        const auto about =
            quoted(std::string(text::sliceCodePoints(source.text, selection.start, selection.end)));
        const auto attach = [&](store::NewMemo& memo) {
            if (firstCoding) {
                memo.codingId = firstCoding;
            } else {
                memo.sourceId = sourceIdOf(source.guid);
                if (memo.title.empty()) memo.title = "On " + about;
            }
        };
        for (const auto& noteGuid : selection.noteGuids) {
            store::NewMemo memo;
            attach(memo);
            addNote(noteGuid, memo);
        }
        if (!selection.description.empty()) {
            store::NewMemo memo;
            memo.text = selection.description;
            memo.authorId = coder(selection.userGuid);
            attach(memo);
            store::addMemo(m_file, m_txn, memo);
            ++m_report.memos;
            if (!firstCoding)
                m_report.repairs.push_back("a comment on " + about + " in \"" + source.name +
                                           "\" had no coding; it is a memo on the source");
        }
    }

    std::int64_t sourceIdOf(const std::string& guid) {
        auto stmt = m_txn.db().prepare("SELECT id FROM sources WHERE guid = ?");
        stmt.bind(1, guid);
        stmt.step();
        return stmt.getInt(0);
    }

    void addNote(const std::string& guid, store::NewMemo& memo) {
        const auto found = m_notes.find(guid);
        if (found == m_notes.end() || m_usedNotes.count(guid)) return;
        const auto& note = *found->second;
        if (note.text.empty() && note.name.empty()) return;
        if (memo.title.empty()) memo.title = note.name;
        memo.text = note.text;
        memo.authorId = coder(note.userGuid);
        memo.createdAt = note.creationTime;
        store::addMemo(m_file, m_txn, memo);
        m_usedNotes.insert(guid);
        ++m_report.memos;
    }

    void remainingNotes() {
        std::int64_t unreferenced = 0;
        for (const auto& note : m_refi.notes) {
            if (m_usedNotes.count(note.guid)) continue;
            const bool journal = std::find(m_refi.projectNoteGuids.begin(), m_refi.projectNoteGuids.end(),
                                           note.guid) != m_refi.projectNoteGuids.end();
            store::NewMemo memo;
            addNote(note.guid, memo);
            if (!journal) ++unreferenced;
        }
        if (unreferenced > 0)
            m_report.repairs.push_back(std::to_string(unreferenced) +
                                       " notes were not attached to anything; they are journal memos");
    }

    store::ProjectFile& m_file;
    store::Transaction& m_txn;
    const import::RefiProject& m_refi;
    ExchangeReport& m_report;
    const ProgressFn& m_progress;
    const CancelToken* m_cancel;
    std::map<std::string, std::int64_t> m_coders;
    std::map<std::string, std::int64_t> m_caseIds;
    std::map<std::string, const import::RefiNote*> m_notes;
    std::set<std::string> m_usedNotes;
};

} // namespace

std::unique_ptr<Project> Project::importQdpx(const std::string& qdpxPath, const std::string& projectPath,
                                             ExchangeReport& report, const OpenOptions& options,
                                             const ProgressFn& progress, const CancelToken* cancel) {
    const auto refi = import::readQdpx(readInputFile(qdpxPath, import::kMaxArchivePartBytes));
    if (cancel) cancel->throwIfCancelled();
    report.repairs = refi.repairs;
    report.problems = refi.problems;
    const auto name = refi.name.empty() ? fs::path(projectPath).stem().string() : refi.name;
    auto project = create(projectPath, name, options);
    try {
        const InterruptOnCancel interrupt(*project, cancel);
        store::Edit edit(*project->m_file, "import " + fs::path(qdpxPath).filename().string());
        QdpxImporter(*project->m_file, edit.txn(), refi, report, progress, cancel).run();
        if (cancel) cancel->throwIfCancelled(); // a cancel after the last source still leaves no file
        edit.commit();
    } catch (...) {
        project.reset();
        removeProjectFiles(projectPath);
        throw;
    }
    return project;
}

} // namespace cairn::project
