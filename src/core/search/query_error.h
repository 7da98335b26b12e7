#pragma once
// A query the user must correct: an InvalidInput that says at which character it went wrong and
// shows the query with a caret under that character, e.g.
//   unclosed quote at character 8
//     Cymraeg "waiting lists
//             ^

#include "common/error.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace cairn::search {

class QueryError : public InvalidInput {
public:
    /// `reason` holds "{at}" where "at character N" belongs (appended when it has none). `byteOffset`
    /// is into `query` (UTF-8); the message counts characters (code points) from 0.
    QueryError(std::string_view query, std::int64_t byteOffset, const std::string& reason);
    /// The same, at a character (code point) of the query rather than a byte.
    static QueryError atCharacter(std::string_view query, std::int64_t character, const std::string& reason);
    /// The 0-based character (code point) of the query where the problem is.
    std::int64_t position() const { return m_position; }

private:
    std::int64_t m_position;
};

} // namespace cairn::search
