#pragma once
// A code path names a code by the names from the top of the tree down, joined with "/":
// "Barriers/Language/ESOL waiting list". A "/" inside a name is written "\/" and a "\" as "\\", so any
// name can be named. Paths are what the CLI takes and prints, and what shipped codebooks derive their
// GUIDs from.

#include <string>
#include <string_view>
#include <vector>

namespace cairn::coding {

/// The names along a path. Throws InvalidInput for an empty path or an empty name ("a//b", "a/").
std::vector<std::string> splitCodePath(std::string_view path);
/// The path of a list of names, escaping "/" and "\".
std::string joinCodePath(const std::vector<std::string>& names);
/// The GUID of a shipped code: UUIDv5 of the shipped-codebook namespace and "<codebook>:<path>".
std::string shippedCodeGuid(std::string_view codebook, std::string_view path);
/// The namespace of shipped-code GUIDs (scripts/codebook-guids.py uses the same).
inline constexpr std::string_view kShippedCodeNamespace = "3f0c9a52-6d1e-5b7a-9c4e-2a8d1b6f0e73";

} // namespace cairn::coding
