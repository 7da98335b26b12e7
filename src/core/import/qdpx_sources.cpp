// Text sources and their selections. The selections of one source are gathered first and their
// positions converted together: which unit the file counted in (code points, UTF-16 units, line ends
// as one or two) is decided per source from all its selections at once (refi_positions.h), because one
// selection alone cannot show it. A selection that does not fit its text is reported, never moved.

#include "common/error.h"
#include "common/guid.h"
#include "import/qdpx_parts.h"
#include "import/refi_positions.h"
#include "import/refi_xml.h"
#include "text/normalize.h"
#include "text/utf.h"

#include <array>
#include <charconv>
#include <utility>

namespace cairn::import::qdpx {

namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kOtherSources{
    {{"PDFSource", "PDF"}, {"PictureSource", "picture"}, {"AudioSource", "audio"}, {"VideoSource", "video"}}};

struct PendingSelection {
    RefiSelection selection;       // all but the positions
    std::optional<refi::Span> raw; // as the file counted; nullopt when they are not whole numbers
    std::string rawStart, rawEnd;  // as written, for messages
};

std::optional<std::int64_t> parsePosition(std::string_view raw) {
    raw = text::trim(raw);
    if (raw.starts_with('+')) raw.remove_prefix(1);
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
    if (error != std::errc() || end != raw.data() + raw.size() || raw.empty()) return std::nullopt;
    return value;
}

std::optional<RefiCoding> readCoding(const pugi::xml_node& element, const std::string& owner, Context& ctx) {
    RefiCoding coding;
    coding.guid = ctx.ids.idOf(element.hash_value());
    const auto target = refi::rawAttribute(refi::child(element, "CodeRef"), "targetGUID");
    const auto code = ctx.ids.find(refi::IdKind::Code, target);
    if (!code) {
        ctx.problem(owner + " is coded with a code that is not in the codebook (" +
                    refi::quoted(refi::printable(target), "no code named") + "); that coding was dropped");
        return std::nullopt;
    }
    coding.codeGuid = *code;
    coding.userGuid = ctx.userRef(refi::rawAttribute(element, "creatingUser"));
    coding.creationTime = refi::attribute(element, "creationDateTime", kWhat);
    coding.noteGuids = ctx.noteRefs(element, "a coding of " + owner);
    return coding;
}

std::vector<RefiCoding> readCodings(const pugi::xml_node& parent, const std::string& owner, Context& ctx) {
    std::vector<RefiCoding> codings;
    for (const auto& element : refi::children(parent, "Coding"))
        if (auto coding = readCoding(element, owner, ctx)) codings.push_back(std::move(*coding));
    return codings;
}

PendingSelection readSelection(const pugi::xml_node& element, const std::string& sourceOwner, Context& ctx) {
    PendingSelection pending;
    pending.rawStart = refi::printable(text::trim(refi::rawAttribute(element, "startPosition")));
    pending.rawEnd = refi::printable(text::trim(refi::rawAttribute(element, "endPosition")));
    const auto start = parsePosition(pending.rawStart), end = parsePosition(pending.rawEnd);
    if (start && end) pending.raw = refi::Span{*start, *end};
    const auto owner = "selection " + pending.rawStart + "–" + pending.rawEnd + " of " + sourceOwner;
    auto& s = pending.selection;
    s.guid = ctx.ids.idOf(element.hash_value());
    s.name = refi::attribute(element, "name", kWhat);
    s.userGuid = ctx.userRef(refi::rawAttribute(element, "creatingUser"));
    s.creationTime = refi::attribute(element, "creationDateTime", kWhat);
    s.description = refi::childText(element, "Description", kWhat);
    s.codings = readCodings(element, owner, ctx);
    s.noteGuids = ctx.noteRefs(element, owner);
    return pending;
}

// " (coded "Trust", "Fear")" for messages about a selection, so the user can find it in the other tool.
std::string whatItHeld(const RefiSelection& selection, const Context& ctx) {
    std::vector<std::string> names;
    for (const auto& coding : selection.codings)
        names.push_back(ctx.codeNames.count(coding.codeGuid) ? ctx.codeNames.at(coding.codeGuid)
                                                             : coding.codeGuid);
    if (!names.empty()) return " (coded " + refi::listSome(names) + ")";
    if (!selection.description.empty() || !selection.noteGuids.empty()) return " (with a memo)";
    return {};
}

// Converts the selections' positions with the reading that fits the text best, and keeps those that
// can be placed; each that cannot is a problem line quoting the text it pointed at.
void placeSelections(std::vector<PendingSelection>& pending, const refi::SourceText& text, RefiSource& source,
                     Context& ctx) {
    std::vector<refi::Span> raws;
    for (const auto& p : pending)
        if (p.raw) raws.push_back(*p.raw);
    const auto reading = refi::chooseReading(text, raws, ctx.writtenByCairn);
    const auto owner = "source " + refi::quoted(source.name);
    std::size_t next = 0, placed = 0;
    for (auto& p : pending) {
        const auto held = whatItHeld(p.selection, ctx);
        const auto at = " " + p.rawStart + "–" + p.rawEnd + held;
        if (!p.raw) {
            ctx.problem(owner + ": selection" + at +
                        " has positions that are not whole numbers; not imported");
            continue;
        }
        const auto span = reading.spans[next++];
        const auto quoted = [&] {
            const auto quote = text.quote(reading.unit, *p.raw);
            return quote.empty() ? std::string() : "; it would have held \"" + quote + "\"";
        };
        if (p.raw->start == p.raw->end) {
            ctx.problem(owner + ": selection at " + p.rawStart + held +
                        " is empty (zero length); not imported");
        } else if (p.raw->start > p.raw->end) {
            ctx.problem(owner + ": selection" + at + " ends before it starts; not imported" + quoted());
        } else if (!span) {
            ctx.problem(owner + ": selection" + at + " lies outside the text (" +
                        std::to_string(text.canonicalLength()) + " characters); not imported" + quoted());
        } else if (span->start >= span->end) {
            ctx.problem(owner + ": selection" + at +
                        " holds no character of the text once its line ends are converted; not imported");
        } else {
            p.selection.start = span->start;
            p.selection.end = span->end;
            source.selections.push_back(std::move(p.selection));
            ++placed;
        }
    }
    if (reading.unit != refi::PositionUnit::CodePoints && placed)
        ctx.repair(owner + ": positions were " + refi::describe(reading.unit) + "; " +
                   std::to_string(placed) + (placed == 1 ? " selection" : " selections") +
                   " converted to code points");
}

// The text as stored, from PlainTextContent or the file plainTextPath names; nullopt (with a problem
// line) when there is none Cairn can read.
std::optional<std::string> storedText(const pugi::xml_node& element, const std::string& owner, Context& ctx) {
    if (const auto content = refi::child(element, "PlainTextContent")) {
        auto text = refi::rawText(content);
        if (text::isValidUtf8(text)) return text;
        ctx.problem(owner + " was not imported: its text is not valid UTF-8");
        return std::nullopt;
    }
    if (const auto path = refi::rawAttribute(element, "plainTextPath"); !text::trim(path).empty())
        return ctx.readTextFile(text::trim(path), owner, "was not imported");
    if (!text::trim(refi::rawAttribute(element, "richTextPath")).empty())
        ctx.problem(owner +
                    " was not imported: it has only rich text (richTextPath), and Cairn reads plain text");
    else
        ctx.problem(owner + " was not imported: it has no text (neither PlainTextContent nor plainTextPath)");
    return std::nullopt;
}

std::string nameFor(const pugi::xml_node& element, std::size_t index, Context& ctx) {
    auto name = refi::attribute(element, "name", kWhat);
    if (!name.empty()) return name;
    auto path = refi::printable(text::trim(refi::rawAttribute(element, "plainTextPath")));
    path = path.substr(path.find_last_of("/\\") == std::string::npos ? 0 : path.find_last_of("/\\") + 1);
    name = path.empty() ? "Source " + std::to_string(index + 1) : path;
    ctx.repair("a source without a name was named " + refi::quoted(name));
    return name;
}

void readTextSource(const pugi::xml_node& element, std::size_t index, Context& ctx,
                    std::map<std::string, std::vector<RefiVariableValue>>& sourceValues) {
    RefiSource source;
    source.guid = ctx.ids.idOf(element.hash_value());
    source.name = nameFor(element, index, ctx);
    const auto owner = "source " + refi::quoted(source.name);
    source.description = refi::childText(element, "Description", kWhat);
    source.userGuid = ctx.userRef(refi::rawAttribute(element, "creatingUser"));
    source.creationTime = refi::attribute(element, "creationDateTime", kWhat);
    const auto selections = refi::children(element, "PlainTextSelection");
    const auto stored = storedText(element, owner, ctx);
    if (!stored) {
        if (!selections.empty())
            ctx.project.problems.back() += " (with its " + std::to_string(selections.size()) + " selections)";
        return;
    }
    const refi::SourceText text(*stored);
    source.text = text.canonical();

    std::vector<PendingSelection> pending;
    for (const auto& selection : selections)
        pending.push_back(readSelection(selection, owner, ctx));
    placeSelections(pending, text, source, ctx);

    // A Coding directly on a TextSource codes all of it: Cairn codes spans, so it becomes one span.
    if (auto whole = readCodings(element, owner, ctx); !whole.empty()) {
        if (text.canonicalLength() == 0) {
            ctx.problem(owner + " is coded as a whole but has no text; its " + std::to_string(whole.size()) +
                        " codings were not imported");
        } else {
            RefiSelection all;
            all.guid = newGuid();
            all.end = text.canonicalLength();
            all.codings = std::move(whole);
            ctx.repair(owner + " was coded as a whole; the codings became one selection of all its text");
            source.selections.push_back(std::move(all));
        }
    }
    source.noteGuids = ctx.noteRefs(element, owner);
    for (const auto& value : refi::children(element, "VariableValue"))
        if (auto v = readVariableValue(value, owner, ctx)) sourceValues[source.guid].push_back(std::move(*v));
    ctx.sourceIds.insert(source.guid);
    ctx.project.sources.push_back(std::move(source));
}

} // namespace

void defineSources(const pugi::xml_node& sources, refi::IdRegistry& ids) {
    for (const auto& element : sources.children()) {
        if (element.type() != pugi::node_element) continue;
        const auto name = refi::rawAttribute(element, "name");
        ids.define(refi::IdKind::Source, element.hash_value(), refi::rawAttribute(element, "guid"), name);
        for (const auto& coding : refi::children(element, "Coding"))
            ids.define(refi::IdKind::Coding, coding.hash_value(), refi::rawAttribute(coding, "guid"), name);
        for (const auto& selection : refi::children(element, "PlainTextSelection")) {
            ids.define(refi::IdKind::Selection, selection.hash_value(), refi::rawAttribute(selection, "guid"),
                       refi::rawAttribute(selection, "name"));
            for (const auto& coding : refi::children(selection, "Coding"))
                ids.define(refi::IdKind::Coding, coding.hash_value(), refi::rawAttribute(coding, "guid"),
                           name);
        }
    }
}

std::map<std::string, std::vector<RefiVariableValue>> readSources(const pugi::xml_node& sources,
                                                                  Context& ctx) {
    std::map<std::string, std::vector<RefiVariableValue>> sourceValues;
    std::map<std::string_view, std::vector<std::string>> others;
    std::size_t index = 0;
    for (const auto& element : sources.children()) {
        if (element.type() != pugi::node_element) continue;
        if (refi::isElement(element, "TextSource")) {
            readTextSource(element, index++, ctx, sourceValues);
            continue;
        }
        std::string_view kind = "unknown";
        for (const auto& [elementName, kindName] : kOtherSources)
            if (refi::isElement(element, elementName)) kind = kindName;
        others[kind].push_back(refi::attribute(element, "name", kWhat));
        ++index;
    }
    for (const auto& [kind, names] : others)
        ctx.problem(std::to_string(names.size()) + " " + std::string(kind) +
                    (names.size() == 1 ? " source (" : " sources (") + refi::listSome(names) +
                    (names.size() == 1 ? ") was" : ") were") +
                    " not imported: Cairn imports text sources only");
    return sourceValues;
}

} // namespace cairn::import::qdpx
