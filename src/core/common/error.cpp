#include "common/error.h"

namespace cairn {

namespace {
std::string locate(const std::string& message, const std::string& file, std::optional<std::int64_t> offset) {
    std::string out;
    if (!file.empty()) out += file + ": ";
    out += message;
    if (offset) out += " (at byte " + std::to_string(*offset) + ")";
    return out;
}
} // namespace

InvalidInput::InvalidInput(const std::string& message, std::string file,
                           std::optional<std::int64_t> byteOffset)
    : Error(locate(message, file, byteOffset)), m_file(std::move(file)), m_byteOffset(byteOffset) {}

} // namespace cairn
