// Variables and cases. Tools disagree most here: MAXQDA writes a Case without a name for the variables
// of each document, others put VariableValues straight on a source, and some reuse a case's GUID for
// a code. Cairn's cases are named, one name each, holding whole sources and one value per variable,
// so every case leaves here with a unique name and the renaming is reported.

#include "common/guid.h"
#include "import/qdpx_parts.h"
#include "import/refi_xml.h"
#include "text/normalize.h"

#include <algorithm>
#include <cctype>

namespace cairn::import::qdpx {

namespace {

std::optional<RefiVariableType> parseType(std::string_view raw) {
    std::string lower(text::trim(raw));
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "text") return RefiVariableType::Text;
    if (lower == "boolean") return RefiVariableType::Boolean;
    if (lower == "integer") return RefiVariableType::Integer;
    if (lower == "float") return RefiVariableType::Float;
    if (lower == "date") return RefiVariableType::Date;
    if (lower == "datetime") return RefiVariableType::DateTime;
    return std::nullopt;
}

// `name`, or "name (2)", "name (3)"… whichever is not yet in `taken`; reported when changed.
std::string uniqueName(const std::string& name, std::set<std::string>& taken, std::string_view kind,
                       Context& ctx) {
    std::string candidate = name;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = name + " (" + std::to_string(n) + ")";
    if (candidate != name)
        ctx.repair("two " + std::string(kind) + "s are called " + refi::quoted(name) +
                   "; the later one was renamed " + refi::quoted(candidate));
    taken.insert(candidate);
    return candidate;
}

RefiCase readCase(const pugi::xml_node& element, Context& ctx) {
    RefiCase c;
    c.guid = ctx.ids.idOf(element.hash_value());
    c.name = refi::attribute(element, "name", kWhat);
    c.description = refi::childText(element, "Description", kWhat);
    const auto owner = "case " + refi::quoted(c.name, "(without a name)");
    for (const auto& ref : refi::children(element, "SourceRef")) {
        const auto source = ctx.ids.find(refi::IdKind::Source, refi::rawAttribute(ref, "targetGUID"));
        // A source that was not imported has been reported already; one not in the file is reported here.
        if (!source)
            ctx.problem(owner + " refers to a source that is not in the project; the reference was dropped");
        else if (ctx.sourceIds.contains(*source) &&
                 std::find(c.sourceGuids.begin(), c.sourceGuids.end(), *source) == c.sourceGuids.end())
            c.sourceGuids.push_back(*source);
    }
    for (const auto& value : refi::children(element, "VariableValue"))
        if (auto v = readVariableValue(value, owner, ctx)) c.values.push_back(std::move(*v));
    if (const auto codes = refi::children(element, "CodeRef").size())
        ctx.problem(owner + " is coded with " + std::to_string(codes) +
                    " code(s), which were not imported: Cairn codes text, not cases");
    if (const auto selections = refi::children(element, "SelectionRef").size())
        ctx.problem(owner + " refers to " + std::to_string(selections) +
                    " selection(s), which were not imported: Cairn's cases hold whole sources");
    return c;
}

// A case without a name gets its source's name (the usual meaning: the variables of one document).
void nameCase(RefiCase& c, std::size_t& unnamed, const std::map<std::string, std::string>& sourceNames,
              Context& ctx) {
    if (!c.name.empty()) return;
    const auto one = c.sourceGuids.size() == 1 ? sourceNames.find(c.sourceGuids.front()) : sourceNames.end();
    const auto source = one == sourceNames.end() ? std::string() : one->second;
    c.name = source.empty() ? "Unnamed case " + std::to_string(++unnamed) : source;
    ctx.repair("a case without a name was named " + refi::quoted(c.name) +
               (source.empty() ? std::string() : ", after its source"));
}

} // namespace

void defineVariables(const pugi::xml_node& variables, refi::IdRegistry& ids) {
    for (const auto& element : refi::children(variables, "Variable"))
        ids.define(refi::IdKind::Variable, element.hash_value(), refi::rawAttribute(element, "guid"),
                   refi::rawAttribute(element, "name"));
}

void defineCases(const pugi::xml_node& cases, refi::IdRegistry& ids) {
    for (const auto& element : refi::children(cases, "Case"))
        ids.define(refi::IdKind::Case, element.hash_value(), refi::rawAttribute(element, "guid"),
                   refi::rawAttribute(element, "name"));
}

void readVariables(const pugi::xml_node& variables, Context& ctx) {
    std::set<std::string> taken;
    for (const auto& element : refi::children(variables, "Variable")) {
        RefiVariable variable;
        variable.guid = ctx.ids.idOf(element.hash_value());
        variable.name = refi::attribute(element, "name", kWhat);
        if (variable.name.empty()) {
            variable.name = "Variable " + std::to_string(ctx.project.variables.size() + 1);
            ctx.repair("a variable without a name was named " + refi::quoted(variable.name));
        }
        variable.name = uniqueName(variable.name, taken, "variable", ctx);
        variable.description = refi::childText(element, "Description", kWhat);
        const auto type = refi::rawAttribute(element, "typeOfVariable");
        if (auto parsed = parseType(type)) {
            variable.type = *parsed;
        } else {
            ctx.repair("variable " + refi::quoted(variable.name) + " has the unknown type " +
                       refi::quoted(refi::printable(type), "(none)") + "; it was read as text");
        }
        ctx.project.variables.push_back(std::move(variable));
    }
}

std::optional<RefiVariableValue> readVariableValue(const pugi::xml_node& element, std::string_view owner,
                                                   Context& ctx) {
    const auto variable = ctx.ids.find(refi::IdKind::Variable,
                                       refi::rawAttribute(refi::child(element, "VariableRef"), "targetGUID"));
    if (!variable) {
        ctx.problem(std::string(owner) +
                    " has a value of a variable that is not in the project; it was dropped");
        return std::nullopt;
    }
    RefiVariableValue value{*variable, {}};
    // The typed child (TextValue, BooleanValue, …): its name says the type, which the Variable says too.
    for (const auto& c : element.children()) {
        const auto name = refi::localName(c);
        if (c.type() == pugi::node_element && name.size() > 5 && name.ends_with("Value")) {
            value.value = std::string(text::trim(refi::canonical(refi::rawText(c), kWhat)));
            break;
        }
    }
    return value;
}

void readCases(const pugi::xml_node& cases,
               const std::map<std::string, std::vector<RefiVariableValue>>& sourceValues, Context& ctx) {
    std::map<std::string, std::string> sourceNames;
    for (const auto& source : ctx.project.sources)
        sourceNames.emplace(source.guid, source.name);
    std::vector<RefiCase> read;
    std::size_t unnamed = 0;
    for (const auto& element : refi::children(cases, "Case")) {
        read.push_back(readCase(element, ctx));
        nameCase(read.back(), unnamed, sourceNames, ctx);
    }
    for (const auto& source : ctx.project.sources) {
        const auto values = sourceValues.find(source.guid);
        if (values == sourceValues.end()) continue;
        RefiCase c;
        c.guid = newGuid();
        c.name = source.name;
        c.values = values->second;
        c.sourceGuids = {source.guid};
        read.push_back(std::move(c));
        ctx.repair("the variable values of source " + refi::quoted(source.name) +
                   " were put on a new case of the same name, as Cairn keeps variables on cases");
    }
    std::set<std::string> taken;
    for (auto& c : read)
        c.name = uniqueName(c.name, taken, "case", ctx);
    ctx.project.cases = std::move(read);
}

} // namespace cairn::import::qdpx
