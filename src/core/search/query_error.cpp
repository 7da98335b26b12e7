#include "search/query_error.h"

#include "text/utf.h"

namespace cairn::search {

namespace {

// Counts the code points before the offset, also in a query whose UTF-8 breaks after it.
std::int64_t characterAt(std::string_view query, std::int64_t byteOffset) {
    return text::codePointCount(query.substr(0, static_cast<std::size_t>(byteOffset)));
}

std::string message(std::string_view query, std::int64_t position, std::string reason) {
    const std::string at = "at character " + std::to_string(position);
    if (const auto slot = reason.find("{at}"); slot != std::string::npos)
        reason.replace(slot, 4, at);
    else
        reason += " " + at;
    // The query on one line (a newline, tab or other control character would move the caret), then the caret
    // under the character: one space per code point before it.
    std::string line;
    for (const char c : query)
        line += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c;
    if (!text::isValidUtf8(line)) return reason;
    return reason + "\n  " + line + "\n  " + std::string(static_cast<std::size_t>(position), ' ') + "^";
}

} // namespace

QueryError::QueryError(std::string_view query, std::int64_t byteOffset, const std::string& reason)
    : InvalidInput(message(query, characterAt(query, byteOffset), reason)),
      m_position(characterAt(query, byteOffset)) {}

QueryError QueryError::atCharacter(std::string_view query, std::int64_t character,
                                   const std::string& reason) {
    return QueryError(query, text::codePointToByte(query, character), reason);
}

} // namespace cairn::search
