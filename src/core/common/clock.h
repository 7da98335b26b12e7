#pragma once
// Timestamps as stored in the project: UTC, ISO 8601 with milliseconds ("2026-11-22T22:13:12.345Z"),
// so they sort as text and read the same in every tool.

#include <string>

namespace cairn {

std::string utcNowIso();

} // namespace cairn
