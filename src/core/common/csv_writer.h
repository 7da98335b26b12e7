#pragma once
// Writing CSV (RFC 4180): the one quoting rule every CSV Cairn writes follows, so what it writes,
// import/csv.h reads back unchanged.

#include <string>
#include <vector>

namespace cairn {

/// A field, quoted when it holds a comma, a quote or a line break (quotes doubled).
std::string csvField(const std::string& field);
/// One record: the fields joined by commas, ending in CRLF as RFC 4180 says.
std::string csvRecord(const std::vector<std::string>& fields);

} // namespace cairn
