#pragma once
// Reading a user's input file whole, and writing an output file so that it is either complete or not
// there: exports are written to a temporary file beside the target, flushed to disk, then renamed over
// it, so a full disk or a crash never leaves half a .qdpx where the last good one was.

#include <cstdint>
#include <string>

namespace cairn {

/// The bytes of `path`. Throws InvalidInput (naming the file) when it is missing, a folder, empty, or
/// larger than `maxBytes` (`tooLargeAdvice` then says what to do instead).
std::string readInputFile(const std::string& path, std::int64_t maxBytes,
                          const std::string& tooLargeAdvice = {});

/// Writes `bytes` to `path` atomically. Throws Io (naming the file) when it cannot; the old file, if any,
/// is then untouched and no temporary file is left behind.
void writeFileAtomically(const std::string& path, const std::string& bytes);

} // namespace cairn
