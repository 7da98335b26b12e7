// The archive, the order of the passes over Project.qde (define every id, then read), and the parts that
// link others together: users, notes, links. Sources and cases have their own files.

#include "import/qdpx_reader.h"

#include "common/error.h"
#include "import/limits.h"
#include "import/qdpx_parts.h"
#include "import/refi_codes.h"
#include "import/refi_xml.h"
#include "text/charset.h"

#include <algorithm>

namespace cairn::import {

namespace qdpx {

namespace {

std::string lowerPath(std::string_view name) {
    std::string out(name);
    for (auto& c : out) {
        if (c == '\\') c = '/';
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    return out;
}

bool startsWithIgnoringCase(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && lowerPath(text.substr(0, prefix.size())) == prefix;
}

} // namespace

Context::Context(const ZipArchive& archive, std::string qdeFolder, RefiProject& out)
    : zip(archive), folder(std::move(qdeFolder)), project(out) {
    for (const auto& name : zip.entryNames())
        entries.emplace(lowerPath(name), name);
}

std::string Context::userRef(std::string_view raw) const {
    if (auto user = ids.find(refi::IdKind::User, raw)) return *user;
    return refi::IdRegistry::normalizeGuid(raw).value_or(std::string());
}

std::vector<std::string> Context::noteRefs(const pugi::xml_node& element, std::string_view owner) {
    std::vector<std::string> notes;
    for (const auto& ref : refi::children(element, "NoteRef")) {
        const auto target = refi::rawAttribute(ref, "targetGUID");
        if (auto note = ids.find(refi::IdKind::Note, target)) {
            if (std::find(notes.begin(), notes.end(), *note) == notes.end()) notes.push_back(*note);
        } else {
            problem(std::string(owner) +
                    " refers to a note that is not in the project; the reference was dropped");
        }
    }
    return notes;
}

std::optional<std::string> Context::readTextFile(std::string_view path, std::string_view owner,
                                                 std::string_view lost) {
    std::string_view name = path;
    if (startsWithIgnoringCase(path, "relative://") || startsWithIgnoringCase(path, "absolute://") ||
        startsWithIgnoringCase(path, "file:")) {
        problem(std::string(owner) + " " + std::string(lost) + ": its text is a file outside the project (" +
                refi::printable(path) + "); export the project with its sources included");
        return std::nullopt;
    }
    if (startsWithIgnoringCase(path, "internal://"))
        name.remove_prefix(std::string_view("internal://").size());
    const auto file = lowerPath(name);
    for (const auto& candidate : {folder + "sources/" + file, folder + file, file}) {
        const auto entry = entries.find(lowerPath(candidate));
        if (entry == entries.end()) continue;
        const auto bytes =
            zip.read(entry->second, ZipArchive::NameMatch::Exact, kMaxSourceBytes).value_or("");
        const std::string_view bom = "\xEF\xBB\xBF";
        if (bytes.empty() || bytes == bom) return std::string();
        try {
            auto decoded = text::decodeBytes(bytes, "", entry->second);
            if (decoded.encoding != "UTF-8")
                repair(std::string(owner) + ": its text file was in " + decoded.encoding +
                       ", not UTF-8; it was converted");
            return std::move(decoded.utf8);
        } catch (const InvalidInput& e) {
            problem(std::string(owner) + " " + std::string(lost) + ": its text file " + entry->second + " " +
                    e.what());
            return std::nullopt;
        }
    }
    problem(std::string(owner) + " " + std::string(lost) + ": the archive has no file " +
            refi::printable(name));
    return std::nullopt;
}

namespace {

void readUsers(const pugi::xml_node& users, Context& ctx) {
    for (const auto& element : refi::children(users, "User")) {
        RefiUser user{ctx.ids.idOf(element.hash_value()), refi::attribute(element, "name", kWhat)};
        if (user.name.empty()) user.name = refi::attribute(element, "id", kWhat);
        ctx.project.users.push_back(std::move(user));
    }
}

void readNotes(const pugi::xml_node& notes, Context& ctx) {
    for (const auto& element : refi::children(notes, "Note")) {
        RefiNote note;
        note.guid = ctx.ids.idOf(element.hash_value());
        note.name = refi::attribute(element, "name", kWhat);
        note.userGuid = ctx.userRef(refi::rawAttribute(element, "creatingUser"));
        note.creationTime = refi::attribute(element, "creationDateTime", kWhat);
        note.modifiedTime = refi::attribute(element, "modifiedDateTime", kWhat);
        const auto owner = "note " + refi::quoted(note.name);
        if (const auto content = refi::child(element, "PlainTextContent")) {
            note.text = refi::canonical(refi::rawText(content), kWhat);
        } else if (const auto path = refi::rawAttribute(element, "plainTextPath"); !path.empty()) {
            note.text = refi::canonical(
                ctx.readTextFile(path, owner, "was imported without its text").value_or(""), kWhat);
        }
        if (const auto coded = refi::children(element, "PlainTextSelection").size())
            ctx.problem(owner + " has " + std::to_string(coded) +
                        " coded selections, which were not imported: Cairn does not code memos");
        ctx.project.notes.push_back(std::move(note));
    }
}

// The memo lists of everything a Link may annotate (sources, selections, codes), by id. Ids are unique
// across kinds once defined, so one map serves.
using MemoLists = std::map<std::string, std::vector<std::string>*>;

void addCodeMemos(std::vector<RefiCode>& codes, MemoLists& lists) {
    for (auto& code : codes) {
        lists.emplace(code.guid, &code.noteGuids);
        addCodeMemos(code.children, lists);
    }
}

MemoLists memoLists(RefiProject& project) {
    MemoLists lists;
    for (auto& source : project.sources) {
        lists.emplace(source.guid, &source.noteGuids);
        for (auto& selection : source.selections)
            lists.emplace(selection.guid, &selection.noteGuids);
    }
    addCodeMemos(project.codebook.codes, lists);
    return lists;
}

// The memo list of what `raw` names, when it is something Cairn keeps memos on.
std::vector<std::string>* memoListOf(const Context& ctx, const MemoLists& lists, std::string_view raw) {
    for (const auto kind : {refi::IdKind::Selection, refi::IdKind::Source, refi::IdKind::Code}) {
        if (const auto id = ctx.ids.find(kind, raw)) {
            const auto list = lists.find(*id);
            return list == lists.end() ? nullptr : list->second;
        }
    }
    return nullptr;
}

// A Link joining a note to a selection (or source, or code) is how some tools write an annotation;
// Cairn keeps it as a memo on that selection, as it does a link from a selection to nothing that
// carries NoteRefs. Links of other kinds have no place in Cairn.
void readLinks(const pugi::xml_node& links, Context& ctx) {
    const auto lists = memoLists(ctx.project);
    std::vector<std::string> dropped;
    for (const auto& element : refi::children(links, "Link")) {
        const auto name = refi::attribute(element, "name", kWhat);
        const auto originRaw = refi::rawAttribute(element, "originGUID");
        const auto targetRaw = refi::rawAttribute(element, "targetGUID");
        const auto originNote = ctx.ids.find(refi::IdKind::Note, originRaw);
        const auto targetNote = ctx.ids.find(refi::IdKind::Note, targetRaw);
        auto notes = ctx.noteRefs(element, "link " + refi::quoted(name));
        std::vector<std::string>* anchor = nullptr;
        if (originNote && !targetNote) {
            anchor = memoListOf(ctx, lists, targetRaw);
            notes.push_back(*originNote);
        } else if (targetNote && !originNote) {
            anchor = memoListOf(ctx, lists, originRaw);
            notes.push_back(*targetNote);
        } else if (!originNote && !targetNote && (originRaw.empty() || targetRaw.empty())) {
            anchor = memoListOf(ctx, lists, originRaw.empty() ? targetRaw : originRaw);
        }
        if (!anchor || notes.empty()) {
            dropped.push_back(name);
            continue;
        }
        for (const auto& note : notes)
            if (std::find(anchor->begin(), anchor->end(), note) == anchor->end()) anchor->push_back(note);
    }
    if (!dropped.empty())
        ctx.problem(std::to_string(dropped.size()) + (dropped.size() == 1 ? " link (" : " links (") +
                    refi::listSome(dropped) +
                    ") could not be imported: Cairn keeps only links between a note "
                    "and a selection, source or code, as memos");
}

void reportDropped(const pugi::xml_node& root, std::string_view container, std::string_view element,
                   std::string_view what, Context& ctx) {
    const auto count = refi::children(refi::child(root, container), element).size();
    if (count)
        ctx.problem(std::to_string(count) + " " + std::string(what) +
                    " could not be imported: Cairn has none");
}

void defineAll(const pugi::xml_node& root, refi::IdRegistry& ids) {
    for (const auto& user : refi::children(refi::child(root, "Users"), "User"))
        ids.define(refi::IdKind::User, user.hash_value(), refi::rawAttribute(user, "guid"),
                   refi::rawAttribute(user, "name"));
    refi::defineCodes(refi::child(refi::child(root, "CodeBook"), "Codes"), ids, kWhat);
    defineVariables(refi::child(root, "Variables"), ids);
    defineSources(refi::child(root, "Sources"), ids);
    for (const auto& note : refi::children(refi::child(root, "Notes"), "Note"))
        ids.define(refi::IdKind::Note, note.hash_value(), refi::rawAttribute(note, "guid"),
                   refi::rawAttribute(note, "name"));
    // Cases last: when a case reuses another element's GUID, the case is the one given a new GUID, as
    // nothing in the file refers to a case by its id.
    defineCases(refi::child(root, "Cases"), ids);
}

void collectCodeNames(const std::vector<RefiCode>& codes, std::map<std::string, std::string>& names) {
    for (const auto& code : codes) {
        names.emplace(code.guid, code.name);
        collectCodeNames(code.children, names);
    }
}

// The one .qde: at the root, else (a project zipped inside its folder) one folder down.
std::string findQde(const ZipArchive& zip) {
    std::vector<std::string> atRoot, inFolder;
    for (const auto& name : zip.entryNames()) {
        const auto lower = lowerPath(name);
        if (!lower.ends_with(".qde")) continue;
        const auto slashes = std::count(lower.begin(), lower.end(), '/');
        (slashes == 0 ? atRoot : inFolder).push_back(name);
        if (slashes > 1) inFolder.pop_back();
    }
    const auto& found = atRoot.empty() ? inFolder : atRoot;
    if (found.size() == 1) return found.front();
    if (found.empty())
        throw InvalidInput("not a REFI-QDA project: the .qdpx archive holds no project file (.qde)");
    throw InvalidInput("not a REFI-QDA project that can be read: the .qdpx archive holds " +
                       std::to_string(found.size()) + " project files (" + refi::listSome(found) +
                       ") where there should be one");
}

} // namespace

} // namespace qdpx

RefiProject readQdpx(std::string_view zipBytes) {
    const ZipArchive zip(zipBytes, "REFI-QDA project (.qdpx)");
    const auto qdeName = qdpx::findQde(zip);
    const auto slash = qdeName.find_last_of("/\\");
    const auto xml = zip.read(qdeName, ZipArchive::NameMatch::Exact, kMaxArchivePartBytes).value_or("");
    pugi::xml_document doc;
    refi::parseXml(doc, xml, qdpx::kWhat);
    const auto root = doc.document_element();
    if (!refi::isElement(root, "Project"))
        throw InvalidInput("not a REFI-QDA project: the root element of " + qdeName + " is <" +
                           refi::printable(root.name()) + ">, not <Project>");

    RefiProject project;
    qdpx::Context ctx(zip, slash == std::string::npos ? std::string() : qdeName.substr(0, slash + 1),
                      project);
    if (!ctx.folder.empty())
        ctx.repair("the project file was inside the folder " + ctx.folder +
                   " of the archive, not at its top");
    qdpx::defineAll(root, ctx.ids);

    project.name = refi::attribute(root, "name", qdpx::kWhat);
    project.origin = refi::attribute(root, "origin", qdpx::kWhat);
    ctx.writtenByCairn = project.origin.starts_with("Cairn");
    project.creationTime = refi::attribute(root, "creationDateTime", qdpx::kWhat);
    project.description = refi::childText(root, "Description", qdpx::kWhat);
    qdpx::readUsers(refi::child(root, "Users"), ctx);
    project.codebook.codes = refi::readCodes(refi::child(refi::child(root, "CodeBook"), "Codes"), ctx.ids,
                                             project.repairs, project.problems, qdpx::kWhat);
    qdpx::collectCodeNames(project.codebook.codes, ctx.codeNames);
    qdpx::readVariables(refi::child(root, "Variables"), ctx);
    const auto sourceValues = qdpx::readSources(refi::child(root, "Sources"), ctx);
    qdpx::readNotes(refi::child(root, "Notes"), ctx);
    qdpx::readCases(refi::child(root, "Cases"), sourceValues, ctx);
    qdpx::readLinks(refi::child(root, "Links"), ctx);
    project.projectNoteGuids = ctx.noteRefs(root, "the project");
    qdpx::reportDropped(root, "Sets", "Set", "set(s) of codes or sources", ctx);
    qdpx::reportDropped(root, "Graphs", "Graph", "graph(s) (concept maps)", ctx);

    auto idRepairs = ctx.ids.repairLines();
    project.repairs.insert(project.repairs.begin(), idRepairs.begin(), idRepairs.end());
    return project;
}

} // namespace cairn::import
