// Writes project.qde in the schema's element order and collects, as it goes, what had to be left out;
// the warnings are summarised per kind at the end so a large project gives a short list.

#include "export/qdpx_writer.h"

#include "common/error.h"
#include "common/guid.h"
#include "export/qdpx_writer_parts.h"
#include "export/refi_xml_writer.h"
#include "export/xsd_values.h"
#include "export/zip_builder.h"

#include <set>

namespace cairn::exporting {

namespace qdpx {

using import::RefiVariableType;

namespace {

const char* typeName(RefiVariableType type) {
    switch (type) {
    case RefiVariableType::Text:
        return "Text";
    case RefiVariableType::Boolean:
        return "Boolean";
    case RefiVariableType::Integer:
        return "Integer";
    case RefiVariableType::Float:
        return "Float";
    case RefiVariableType::Date:
        return "Date";
    case RefiVariableType::DateTime:
        return "DateTime";
    }
    return "Text";
}

// The typed element for `value` of a variable of `type` and the value as written there; TextValue when
// the value does not fit the type (the schema lets any typed element follow any variable).
std::pair<const char*, std::string> typedValue(RefiVariableType type, const std::string& value) {
    switch (type) {
    case RefiVariableType::Text:
        return {"TextValue", value};
    case RefiVariableType::Boolean:
        if (auto boolean = xsd::toBoolean(value)) return {"BooleanValue", *boolean};
        break;
    case RefiVariableType::Integer:
        if (xsd::isInteger(value)) return {"IntegerValue", value};
        break;
    case RefiVariableType::Float:
        if (xsd::isDecimal(value)) return {"FloatValue", value};
        break;
    case RefiVariableType::Date:
        if (xsd::isDate(value)) return {"DateValue", value};
        break;
    case RefiVariableType::DateTime:
        if (xsd::isDateTime(value)) return {"DateTimeValue", value};
        break;
    }
    return {nullptr, value};
}

void writeUsers(pugi::xml_node root, Writer& w) {
    if (w.project.users.empty()) return;
    auto users = root.append_child("Users");
    for (const auto& user : w.project.users) {
        auto element = users.append_child("User");
        w.text.attribute(element, "guid", user.guid);
        if (!user.name.empty()) w.text.attribute(element, "name", user.name);
    }
}

void writeVariables(pugi::xml_node root, Writer& w) {
    if (w.project.variables.empty()) return;
    auto variables = root.append_child("Variables");
    for (const auto& variable : w.project.variables) {
        auto element = variables.append_child("Variable");
        w.text.attribute(element, "guid", variable.guid);
        w.text.attribute(element, "name", variable.name);
        w.text.attribute(element, "typeOfVariable", typeName(variable.type));
        if (!variable.description.empty()) w.text.element(element, "Description", variable.description);
    }
}

void writeCases(pugi::xml_node root, Writer& w) {
    if (w.project.cases.empty()) return;
    auto cases = root.append_child("Cases");
    for (const auto& c : w.project.cases) {
        auto element = cases.append_child("Case");
        w.text.attribute(element, "guid", c.guid);
        if (!c.name.empty()) w.text.attribute(element, "name", c.name);
        if (!c.description.empty()) w.text.element(element, "Description", c.description);
        for (const auto& value : c.values) {
            const auto variable = w.variables.find(value.variableGuid);
            if (variable == w.variables.end()) {
                ++w.count.droppedValues;
                continue;
            }
            auto valueElement = element.append_child("VariableValue");
            valueElement.append_child("VariableRef")
                .append_attribute("targetGUID")
                .set_value(value.variableGuid.c_str());
            if (value.value.empty()) continue; // the schema allows a VariableRef alone: no value
            const auto type = variable->second->type;
            auto [typed, written] = typedValue(type, value.value);
            if (!typed) {
                w.retyped.push_back("the value \"" + value.value + "\" of variable \"" +
                                    variable->second->name + "\" for case \"" + c.name + "\" is not a " +
                                    typeName(type) + "; it was written as text");
                typed = "TextValue";
            }
            w.text.element(valueElement, typed, written);
        }
        for (const auto& source : c.sourceGuids) {
            if (w.sources.contains(source))
                element.append_child("SourceRef").append_attribute("targetGUID").set_value(source.c_str());
            else
                ++w.count.droppedSourceRefs;
        }
    }
}

void writeNotes(pugi::xml_node root, Writer& w) {
    if (w.project.notes.empty()) return;
    auto notes = root.append_child("Notes");
    for (const auto& note : w.project.notes) {
        auto element = notes.append_child("Note");
        w.text.attribute(element, "guid", note.guid);
        if (!note.name.empty()) w.text.attribute(element, "name", note.name);
        w.userAttribute(element, "creatingUser", note.userGuid);
        w.timeAttribute(element, "creationDateTime", note.creationTime);
        w.timeAttribute(element, "modifiedDateTime", note.modifiedTime);
        w.text.element(element, "PlainTextContent", note.text);
    }
}

// One line per kind of loss, with counts, so a user reads a short list rather than thousands of lines.
void addWarnings(const Writer& w, std::vector<std::string>& out) {
    const auto line = [&](std::size_t n, const std::string& what) {
        if (n) out.push_back(std::to_string(n) + " " + what);
    };
    line(w.count.weights,
         "coding(s) have weights, which REFI-QDA cannot hold; they were exported without them");
    line(w.count.droppedCodings, "coding(s) refer to codes that are not in the codebook and were left out");
    out.insert(out.end(), w.droppedSelections.begin(), w.droppedSelections.end());
    out.insert(out.end(), w.retyped.begin(), w.retyped.end());
    line(w.count.droppedNotes, "reference(s) to notes that are not in the project were left out");
    line(w.count.droppedUsers, "reference(s) to users who are not in the project's user list were left out");
    line(w.count.badTimes, "date(s) that are not valid date-times (xsd:dateTime) were left out");
    line(w.count.droppedValues, "value(s) of variables that are not in the project were left out");
    line(w.count.droppedSourceRefs, "case reference(s) to sources that are not in the project were left out");
    line(w.text.replaced(),
         "character(s) that XML cannot hold (control characters) were replaced with U+FFFD");
}

// Every id the file will carry, once each: GUIDs are how a project exported and re-imported merges
// with itself, so the writer refuses rather than invents or repeats them.
class IdCheck {
public:
    void claim(const std::string& guid, const char* kind, const std::string& name) {
        if (!isGuid(guid))
            throw InvalidInput(std::string("the ") + kind + " \"" + name + "\" has the id \"" + guid +
                               "\", which is not a GUID; REFI-QDA needs one");
        std::string key = guid.front() == '{' ? guid.substr(1, guid.size() - 2) : guid;
        for (auto& c : key)
            c = static_cast<char>(c >= 'A' && c <= 'F' ? c + 32 : c);
        if (!m_seen.insert(key).second)
            throw InvalidInput("two elements of the project have the GUID " + guid + " (one is the " + kind +
                               " \"" + name + "\")");
    }
    void claimCodes(const std::vector<import::RefiCode>& codes, std::set<std::string>& out) {
        for (const auto& code : codes) {
            claim(code.guid, "code", code.name);
            out.insert(code.guid);
            claimCodes(code.children, out);
        }
    }

private:
    std::set<std::string> m_seen;
};

} // namespace

Writer::Writer(const import::RefiProject& p) : project(p) {
    IdCheck ids;
    for (const auto& user : p.users) {
        ids.claim(user.guid, "user", user.name);
        users.insert(user.guid);
    }
    ids.claimCodes(p.codebook.codes, codes);
    for (const auto& variable : p.variables) {
        ids.claim(variable.guid, "variable", variable.name);
        variables.emplace(variable.guid, &variable);
    }
    for (const auto& c : p.cases)
        ids.claim(c.guid, "case", c.name);
    for (const auto& source : p.sources) {
        ids.claim(source.guid, "source", source.name);
        sources.insert(source.guid);
        for (const auto& selection : source.selections) {
            if (!selection.guid.empty()) ids.claim(selection.guid, "selection in source", source.name);
            for (const auto& coding : selection.codings)
                if (!coding.guid.empty()) ids.claim(coding.guid, "coding in source", source.name);
        }
    }
    for (const auto& note : p.notes) {
        ids.claim(note.guid, "note", note.name);
        notes.insert(note.guid);
    }
}

std::string Writer::idFor(const std::string& guid) {
    return guid.empty() ? newGuid() : guid;
}

void Writer::userAttribute(pugi::xml_node element, const char* name, const std::string& user) {
    if (user.empty()) return;
    if (users.contains(user))
        text.attribute(element, name, user);
    else
        ++count.droppedUsers;
}

void Writer::timeAttribute(pugi::xml_node element, const char* name, const std::string& time) {
    if (time.empty()) return;
    if (xsd::isDateTime(time))
        text.attribute(element, name, time);
    else
        ++count.badTimes;
}

void Writer::noteRefs(pugi::xml_node element, const std::vector<std::string>& targets) {
    for (const auto& note : targets) {
        if (notes.contains(note))
            element.append_child("NoteRef").append_attribute("targetGUID").set_value(note.c_str());
        else
            ++count.droppedNotes;
    }
}

} // namespace qdpx

std::string writeQdpx(const import::RefiProject& project, std::vector<std::string>* warnings) {
    qdpx::Writer w(project);
    pugi::xml_document doc;
    auto root = refi::startDocument(doc, "Project", "urn:QDA-XML:project:1.0");
    w.text.attribute(root, "name", project.name);
    if (!project.origin.empty()) w.text.attribute(root, "origin", project.origin);
    w.timeAttribute(root, "creationDateTime", project.creationTime);

    qdpx::writeUsers(root, w);
    if (!project.codebook.codes.empty())
        refi::writeCodes(
            root.append_child("CodeBook").append_child("Codes"), project.codebook.codes, w.text,
            [&](const std::string& note) { return w.notes.contains(note); }, w.count.droppedNotes);
    qdpx::writeVariables(root, w);
    qdpx::writeCases(root, w);
    ZipBuilder zip;
    auto files = qdpx::writeSources(root, w);
    qdpx::writeNotes(root, w);
    if (!project.description.empty()) w.text.element(root, "Description", project.description);
    w.noteRefs(root, project.projectNoteGuids);

    zip.add("project.qde", refi::serialize(doc));
    for (auto& [name, content] : files)
        zip.add(std::move(name), std::move(content));
    if (warnings) qdpx::addWarnings(w, *warnings);
    return zip.bytes();
}

} // namespace cairn::exporting
