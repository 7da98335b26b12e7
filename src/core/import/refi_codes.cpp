// One reader of the Code tree for .qdc and .qdpx, so a codebook and a project's codebook can never be
// repaired differently.

#include "import/refi_codes.h"

#include "import/refi_xml.h"
#include "text/normalize.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace cairn::import::refi {

namespace {

struct CodeReader {
    const IdRegistry& ids;
    std::vector<std::string>& repairs;
    std::vector<std::string>& problems;
    std::string_view what;

    // `path` names the parent for messages ("Attitudes/Trust"); empty at the top.
    std::vector<RefiCode> readLevel(const pugi::xml_node& parent, const std::string& path, int depth) {
        checkDepth(depth, what);
        std::vector<RefiCode> level;
        std::set<std::string> taken;
        for (const auto& element : children(parent, "Code")) {
            auto code = readOne(element, path);
            makeUnique(code.name, taken, path);
            taken.insert(code.name);
            code.children = readLevel(element, path.empty() ? code.name : path + "/" + code.name, depth + 1);
            level.push_back(std::move(code));
        }
        return level;
    }

    RefiCode readOne(const pugi::xml_node& element, const std::string& path) {
        RefiCode code;
        code.guid = ids.idOf(element.hash_value());
        code.name = attribute(element, "name", what);
        if (code.name.empty()) {
            code.name = "(unnamed code)";
            repairs.push_back("a code without a name" + where(path) + " was named \"(unnamed code)\"");
        }
        code.description = childText(element, "Description", what);
        code.codable = readCodable(element, code.name);
        code.color = readColor(element, code.name);
        for (const auto& ref : children(element, "NoteRef")) {
            const auto target = rawAttribute(ref, "targetGUID");
            if (auto note = ids.find(IdKind::Note, target))
                code.noteGuids.push_back(*note);
            else
                problems.push_back("code " + quoted(code.name) +
                                   " refers to a note that is not in the file (" +
                                   quoted(printable(target), "no id") + "); the reference was dropped");
        }
        return code;
    }

    bool readCodable(const pugi::xml_node& element, const std::string& name) {
        if (!hasAttribute(element, "isCodable")) return true;
        std::string value(text::trim(rawAttribute(element, "isCodable")));
        std::transform(value.begin(), value.end(), value.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (value == "true" || value == "1") return true;
        if (value == "false" || value == "0") return false;
        repairs.push_back("code " + quoted(name) + ": isCodable=" + quoted(printable(value), "\"\"") +
                          " is not true or false; the code was made codable");
        return true;
    }

    std::string readColor(const pugi::xml_node& element, const std::string& name) {
        const auto raw = text::trim(rawAttribute(element, "color"));
        if (raw.empty()) return {};
        if (auto color = normalizeColor(raw)) return *color;
        repairs.push_back("code " + quoted(name) + ": colour " + quoted(printable(raw)) +
                          " is not #RRGGBB; the colour was dropped");
        return {};
    }

    void makeUnique(std::string& name, const std::set<std::string>& taken, const std::string& path) {
        if (!taken.contains(name)) return;
        std::string candidate;
        for (int n = 2; candidate.empty() || taken.contains(candidate); ++n)
            candidate = name + " (" + std::to_string(n) + ")";
        repairs.push_back("two codes" + where(path) + " are called " + quoted(name) +
                          "; the later one was renamed " + quoted(candidate));
        name = std::move(candidate);
    }

    static std::string where(const std::string& path) {
        return path.empty() ? std::string(" at the top of the codebook") : " under " + quoted(path);
    }
};

void defineLevel(const pugi::xml_node& parent, IdRegistry& ids, std::string_view what, int depth) {
    checkDepth(depth, what);
    for (const auto& element : children(parent, "Code")) {
        ids.define(IdKind::Code, element.hash_value(), rawAttribute(element, "guid"),
                   text::trim(rawAttribute(element, "name")));
        defineLevel(element, ids, what, depth + 1);
    }
}

} // namespace

std::optional<std::string> normalizeColor(std::string_view raw) {
    raw = text::trim(raw);
    if (raw.starts_with('#')) raw.remove_prefix(1);
    const bool hex = std::all_of(raw.begin(), raw.end(),
                                 [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
    if (!hex || (raw.size() != 6 && raw.size() != 3)) return std::nullopt;
    std::string out = "#";
    for (const char c : raw) {
        const auto upper = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        out += upper;
        if (raw.size() == 3) out += upper; // "#abc" is "#AABBCC"
    }
    return out;
}

void defineCodes(const pugi::xml_node& codes, IdRegistry& ids, std::string_view what) {
    defineLevel(codes, ids, what, 1);
}

std::vector<RefiCode> readCodes(const pugi::xml_node& codes, const IdRegistry& ids,
                                std::vector<std::string>& repairs, std::vector<std::string>& problems,
                                std::string_view what) {
    CodeReader reader{ids, repairs, problems, what};
    return reader.readLevel(codes, {}, 1);
}

} // namespace cairn::import::refi
