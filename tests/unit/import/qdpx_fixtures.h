#pragma once
// Hand-made .qdpx archives for the reader's tests: a project.qde built from parts, selections at
// given positions, and the positions of a word counted each way tools count them.

#include "common/guid.h"
#include "import/refi_project.h"
#include "support/zip_writer.h"
#include "text/utf.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cairn::test::qdpx {

inline const std::string kUser = "aaaaaaaa-0000-4000-8000-000000000001";
inline const std::string kCodeA = "cccccccc-0000-4000-8000-00000000000a";
inline const std::string kCodeB = "cccccccc-0000-4000-8000-00000000000b";
inline const std::string kSource = "55555555-0000-4000-8000-000000000001";
inline const std::string kSource2 = "55555555-0000-4000-8000-000000000002";
inline const std::string kNote = "eeeeeeee-0000-4000-8000-000000000001";
inline const std::string kNote2 = "eeeeeeee-0000-4000-8000-000000000002";
inline const std::string kVariable = "77777777-0000-4000-8000-000000000001";
inline const std::string kCase = "99999999-0000-4000-8000-000000000001";

inline std::string project(const std::string& body, const std::string& ns = "urn:QDA-XML:project:1.0") {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"" + ns + "\" name=\"Study\">\n" +
           body + "\n</Project>";
}

inline std::string codebook() {
    return "<CodeBook><Codes><Code guid=\"" + kCodeA + "\" name=\"Trust\" isCodable=\"true\"/><Code guid=\"" +
           kCodeB + "\" name=\"Fear\" isCodable=\"true\"/></Codes></CodeBook>";
}

inline std::string selection(std::int64_t start, std::int64_t end, const std::string& code = kCodeA,
                             const std::string& inner = {}) {
    const auto guid = cairn::newGuid();
    return "<PlainTextSelection guid=\"" + guid + "\" startPosition=\"" + std::to_string(start) +
           "\" endPosition=\"" + std::to_string(end) + "\">" + inner +
           (code.empty() ? ""
                         : "<Coding guid=\"" + cairn::newGuid() + "\"><CodeRef targetGUID=\"" + code +
                               "\"/></Coding>") +
           "</PlainTextSelection>";
}

inline std::string textSource(const std::string& selections, const std::string& name = "Interview 1",
                              const std::string& path = "internal://" + kSource + ".txt",
                              const std::string& guid = kSource) {
    return "<TextSource guid=\"" + guid + "\" name=\"" + name + "\" plainTextPath=\"" + path + "\">" +
           selections + "</TextSource>";
}

// An archive of one project.qde and the given files.
inline std::string archive(const std::string& qde,
                           const std::vector<std::pair<std::string, std::string>>& files = {},
                           const std::string& qdeName = "project.qde") {
    ZipWriter zip;
    zip.add(qdeName, qde);
    for (const auto& [name, content] : files)
        zip.add(name, content);
    return zip.bytes();
}

inline std::vector<std::string> selectedTexts(const import::RefiSource& source) {
    std::vector<std::string> out;
    for (const auto& s : source.selections)
        out.emplace_back(cairn::text::sliceCodePoints(source.text, s.start, s.end));
    return out;
}

inline bool mentions(const std::vector<std::string>& lines, const std::string& text) {
    for (const auto& line : lines)
        if (line.find(text) != std::string::npos) return true;
    return false;
}

enum class Unit { CodePoints, Utf16 };

// Where `needle` lies in `stored` (the file's text without its BOM), counted in `unit`, with each CR LF
// counted as one when `crlfAsOne`: the positions a tool counting that way writes.
inline std::pair<std::int64_t, std::int64_t> positionsOf(std::string_view stored, std::string_view needle,
                                                         Unit unit, bool crlfAsOne) {
    const auto at = stored.find(needle);
    REQUIRE(at != std::string_view::npos);
    const auto count = [&](std::string_view prefix) {
        std::string text(prefix);
        if (crlfAsOne)
            for (auto crlf = text.find("\r\n"); crlf != std::string::npos; crlf = text.find("\r\n", crlf))
                text.erase(crlf, 1);
        return unit == Unit::CodePoints ? cairn::text::codePointCount(text) : cairn::text::utf16Length(text);
    };
    return {count(stored.substr(0, at)), count(stored.substr(0, at + needle.size()))};
}

} // namespace cairn::test::qdpx
