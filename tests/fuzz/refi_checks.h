#pragma once
// Invariants the REFI-QDA fuzz targets check on what readQdc and readQdpx return: whatever the file
// held, the model must be something Cairn can store and write back. A violation aborts, which
// libFuzzer reports as a crash with the input that caused it.

#include "common/guid.h"
#include "fuzz/fuzz_checks.h"
#include "import/refi_project.h"
#include "text/normalize.h"
#include "text/utf.h"

#include <set>
#include <string>
#include <vector>

namespace cairn::fuzz {

/// Valid UTF-8, NFC, and no CR: how every string in the model is held.
inline void checkCanonical(const std::string& s) {
    require(text::isValidUtf8(s));
    require(s.find('\r') == std::string::npos);
    require(text::isNfc(s));
}

/// Every code has a GUID of its own, a name, and a colour that is "#RRGGBB" or none.
inline void checkCodes(const std::vector<import::RefiCode>& codes, std::set<std::string>& ids) {
    for (const auto& code : codes) {
        require(isGuid(code.guid) && ids.insert(code.guid).second);
        require(!code.name.empty());
        checkCanonical(code.name);
        checkCanonical(code.description);
        require(code.color.empty() || (code.color.size() == 7 && code.color[0] == '#'));
        checkCodes(code.children, ids);
    }
}

inline void checkMessages(const std::vector<std::string>& lines) {
    for (const auto& line : lines)
        require(!line.empty() && text::isValidUtf8(line));
}

/// Ids are GUIDs; texts canonical; each selection lies inside its text, 0 <= start < end.
inline void checkProject(const import::RefiProject& p) {
    std::set<std::string> ids;
    checkCodes(p.codebook.codes, ids);
    for (const auto& source : p.sources) {
        require(isGuid(source.guid) && ids.insert(source.guid).second);
        checkCanonical(source.text);
        require(!source.text.starts_with("\xEF\xBB\xBF"));
        const auto length = text::codePointCount(source.text);
        for (const auto& s : source.selections) {
            require(isGuid(s.guid) && ids.insert(s.guid).second);
            require(0 <= s.start && s.start < s.end && s.end <= length);
            for (const auto& coding : s.codings)
                require(isGuid(coding.guid) && isGuid(coding.codeGuid));
        }
    }
    for (const auto& note : p.notes) {
        require(isGuid(note.guid) && ids.insert(note.guid).second);
        checkCanonical(note.text);
    }
    for (const auto& c : p.cases) {
        require(isGuid(c.guid) && ids.insert(c.guid).second && !c.name.empty());
        checkCanonical(c.name);
    }
    checkMessages(p.repairs);
    checkMessages(p.problems);
}

} // namespace cairn::fuzz
