#pragma once
// Size limits on what one import may read. A file over the limit is refused before it is read, with
// a message that names the limit, so a 2 GB file never reaches memory.

#include <cstdint>

namespace cairn::import {

/// Largest source file accepted: 256 MiB, far above any transcript (a 1,000,000-character
/// transcript is 1–3 MB) and within ICU's 32-bit string lengths after decoding.
inline constexpr std::int64_t kMaxSourceBytes = std::int64_t{256} << 20;

/// Largest uncompressed XML part read from a DOCX/ODT archive (defends against zip bombs).
inline constexpr std::int64_t kMaxArchivePartBytes = std::int64_t{512} << 20;

} // namespace cairn::import
