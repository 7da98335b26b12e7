#pragma once
// Stable identifiers for every entity. REFI-QDA exchange needs GUIDs in 8-4-4-4-12 form.

#include <string>
#include <string_view>

namespace cairn {

/// A random (version 4) UUID in lower-case 8-4-4-4-12 form.
std::string newGuid();

/// A name-based (version 5, SHA-1) UUID: the same namespace and name always give the same GUID,
/// so re-importing shipped material never duplicates it.
std::string guidFromName(std::string_view namespaceGuid, std::string_view name);

/// True when `text` is an 8-4-4-4-12 hexadecimal GUID, with or without braces.
bool isGuid(std::string_view text);

} // namespace cairn
