// Project::exportQdpx: the project as REFI-QDA data (import/refi_project.h), written by export/.
//   coders → Users · codebook → CodeBook (code memos as NoteRefs) · attributes → Variables ·
//   cases → Cases (values, sources; kind and consent in the description) · sources → TextSources with
//   their codings grouped into PlainTextSelections by selection GUID · memos → Notes, referenced from
//   what they are about; journal and case memos from the project.
// REFI-QDA has no passages, speakers, languages, case kinds or consent: what is lost is said, and the
// descriptions carry what Cairn needs to read its own export back.

#include "coding/codebook_exchange.h"
#include "common/file_io.h"
#include "common/guid.h"
#include "export/qdpx_writer.h"
#include "project/interrupt_on_cancel.h"
#include "project/project.h"
#include "project/refi_descriptions.h"
#include "store/sqlite.h"
#include "store/thesaurus_store.h"

#include <algorithm>
#include <functional>
#include <map>

namespace cairn::project {

namespace {

import::RefiVariableType variableType(const std::string& type){
    if (type == "integer") return import::RefiVariableType::Integer;
if (type == "decimal") return import::RefiVariableType::Float;
if (type == "boolean") return import::RefiVariableType::Boolean;
if (type == "date") return import::RefiVariableType::Date;
return import::RefiVariableType::Text;
} // namespace

void attachCodeNotes(std::vector<import::RefiCode>& codes,
                     const std::map<std::string, std::vector<std::string>>& notes) {
    for (auto& code : codes) {
        if (const auto found = notes.find(code.guid); found != notes.end()) code.noteGuids = found->second;
        attachCodeNotes(code.children, notes);
    }
}

} // namespace cairn::project

ExchangeReport Project::exportQdpx(const std::string& path, const ProgressFn& progress,
                                   const CancelToken* cancel) {
    const InterruptOnCancel interrupt(*this, cancel);
    auto& db = m_file->db();
    import::RefiProject out;
    ExchangeReport report;
    out.name = name();
    out.origin = "Cairn";

    std::map<std::string, std::string> userGuidByName;
    auto users = db.prepare("SELECT guid, name FROM coders ORDER BY id");
    while (users.step()) {
        out.users.push_back({users.getText(0), users.getText(1)});
        userGuidByName[users.getText(1)] = users.getText(0);
    }
    const auto userGuid = [&](const std::string& coder) {
        const auto found = userGuidByName.find(coder);
        return found == userGuidByName.end() ? std::string() : found->second;
    };

    // Memos first: everything else refers to them.
    std::map<std::string, std::vector<std::string>> notesBySource, notesByCode, notesByCoding;
    std::int64_t caseMemos = 0;
    std::map<std::string, std::string> caseNames;
    for (const auto& c : store::listCases(db))
        caseNames[c.guid] = c.name;
    for (const auto& memo : store::listMemos(db)) {
        import::RefiNote note;
        note.guid = memo.guid;
        note.name = memo.title;
        note.text = memo.text;
        note.userGuid = userGuid(memo.author);
        note.creationTime = memo.createdAt;
        note.modifiedTime = memo.modifiedAt;
        if (!memo.codingGuid.empty()) {
            notesByCoding[memo.codingGuid].push_back(memo.guid);
        } else if (!memo.codeGuid.empty()) {
            notesByCode[memo.codeGuid].push_back(memo.guid);
        } else if (!memo.sourceGuid.empty()) {
            notesBySource[memo.sourceGuid].push_back(memo.guid);
        } else {
            if (!memo.caseGuid.empty()) {
                ++caseMemos;
                note.name = caseMemoTitle(caseNames[memo.caseGuid], memo.title);
            }
            out.projectNoteGuids.push_back(memo.guid);
        }
        out.notes.push_back(std::move(note));
    }
    report.memos = static_cast<std::int64_t>(out.notes.size());

    out.codebook = coding::codebookForExport(db);
    attachCodeNotes(out.codebook.codes, notesByCode);
    report.codes = static_cast<std::int64_t>(codebook().size());

    const auto attributes = store::listAttributes(db);
    const auto sensitive = store::sensitiveAttributeIds(db);
    std::map<std::string, const store::AttributeRow*> attributeByName;
    for (const auto& a : attributes) {
        if (std::find(sensitive.begin(), sensitive.end(), a.id) != sensitive.end())
            continue; // never exported
        out.variables.push_back({a.guid, a.name, variableType(a.type), a.description});
        attributeByName[a.name] = &a;
    }
    auto caseSources = db.prepare("SELECT s.guid FROM case_sources cs JOIN sources s ON s.id = cs.source_id "
                                  "WHERE cs.case_id = ? ORDER BY s.id");
    for (const auto& c : store::listCases(db)) {
        import::RefiCase refi;
        refi.guid = c.guid;
        refi.name = c.name;
        refi.description = caseDescription(c);
        for (const auto& [attribute, value] : c.attributes) {
            const auto found = attributeByName.find(attribute);
            if (found == attributeByName.end()) continue;
            const auto* a = found->second;
            refi.values.push_back({a->guid, store::valueText(a->type, value)});
        }
        caseSources.bind(1, c.id);
        while (caseSources.step())
            refi.sourceGuids.push_back(caseSources.getText(0));
        caseSources.reset();
        out.cases.push_back(std::move(refi));
    }
    report.cases = static_cast<std::int64_t>(out.cases.size());

    const auto sources = store::listSources(db);
    for (const auto& s : sources) {
        if (cancel) cancel->throwIfCancelled();
        if (progress)
            progress(static_cast<std::int64_t>(out.sources.size()), static_cast<std::int64_t>(sources.size()),
                     s.name);
        import::RefiSource source;
        source.guid = s.guid;
        source.name = s.name;
        source.text = store::sourceText(db, s.id);
        source.description = sourceDescription(s);
        source.creationTime = s.createdAt;
        if (const auto found = notesBySource.find(s.guid); found != notesBySource.end())
            source.noteGuids = found->second;
        store::CodingFilter filter;
        filter.sourceId = s.id;
        std::map<std::string, std::size_t> selectionIndex; // selection GUID → index in source.selections
        for (const auto& c : store::listCodings(db, filter)) {
            auto found = selectionIndex.find(c.selectionGuid);
            const bool sameSpan = found != selectionIndex.end() &&
                                  source.selections[found->second].start == c.start &&
                                  source.selections[found->second].end == c.end;
            if (!sameSpan) {
                // A selection is one span: a coding sharing a selection GUID on another span gets a
                // selection of its own, with a GUID derived from both (stable across exports).
                import::RefiSelection selection;
                selection.guid =
                    found == selectionIndex.end() ? c.selectionGuid : guidFromName(c.selectionGuid, c.guid);
                selection.start = c.start;
                selection.end = c.end;
                selection.userGuid = userGuid(c.coder);
                selection.creationTime = c.createdAt;
                found = selectionIndex.insert_or_assign(selection.guid, source.selections.size()).first;
                source.selections.push_back(std::move(selection));
            }
            import::RefiCoding coding;
            coding.guid = c.guid;
            coding.codeGuid = c.codeGuid;
            coding.userGuid = userGuid(c.coder);
            coding.creationTime = c.createdAt;
            coding.weight = c.weight;
            if (const auto notes = notesByCoding.find(c.guid); notes != notesByCoding.end())
                coding.noteGuids = notes->second;
            source.selections[found->second].codings.push_back(std::move(coding));
            ++report.codings;
        }
        out.sources.push_back(std::move(source));
    }
    report.sources = static_cast<std::int64_t>(out.sources.size());
    report.users = static_cast<std::int64_t>(out.users.size());

    std::vector<std::string> warnings;
    const auto bytes = exporting::writeQdpx(out, &warnings);
    // Written to a temporary name and renamed: a cancel or a failure leaves no half-written file.
    if (cancel) cancel->throwIfCancelled();
    writeFileAtomically(path, bytes);

    if (report.sources > 0)
        report.problems.push_back("passages, speaker turns and languages are not part of REFI-QDA; Cairn "
                                  "derives them again from the text when the file is imported");
    if (report.cases > 0)
        report.problems.push_back("case kinds and consent are not part of REFI-QDA; they are written in each "
                                  "case's description, which Cairn reads back");
    if (caseMemos > 0)
        report.problems.push_back(std::to_string(caseMemos) +
                                  " memos on cases became project notes (REFI-QDA cases take no notes); "
                                  "their titles name the case");
    const auto frameworks = m_file->db().queryInt("SELECT COUNT(*) FROM frameworks");
    if (frameworks > 0)
        report.problems.push_back(
            std::to_string(frameworks) +
            " indicator frameworks, their values and their links to codes are not part "
            "of REFI-QDA; write them with `cairn indicators P export` and `cairn values P "
            "export`");
    const auto thesaurus = store::listThesaurus(m_file->db()).size();
    if (thesaurus > 0)
        report.problems.push_back(
            std::to_string(thesaurus) +
            " thesaurus entries are not part of REFI-QDA; they stay in the .cairn file, "
            "and `cairn thesaurus P list --json` writes them out");
    if (!sensitive.empty())
        report.problems.push_back(std::to_string(sensitive.size()) +
                                  " attributes marked sensitive were left out, with their values");
    if (!store::listPseudonyms(db).empty() || !store::listRedactions(db).empty())
        report.problems.push_back(
            "a REFI-QDA project carries the sources' original text: pseudonyms, redactions "
            "and consent are not applied to it, so share it only as identifying data");
    for (auto& warning : warnings)
        report.problems.push_back(std::move(warning));
    return report;
}

} // namespace cairn::project
