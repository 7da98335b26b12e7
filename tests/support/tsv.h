#pragma once
// Reading the table-driven test data (the shared multilingual conformance set, Welsh mutations).

#include <string>
#include <vector>

namespace cairn::test {

/// Rows of a tab-separated file's content, header row skipped, blank lines and CRs ignored; a
/// trailing tab gives a trailing empty field.
std::vector<std::vector<std::string>> readTsv(const std::string& content);

/// "p1,p2,,p3" → {"p1", "p2", "p3"}.
std::vector<std::string> splitIds(const std::string& ids);

} // namespace cairn::test
