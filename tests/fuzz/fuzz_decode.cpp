// libFuzzer target: text::decodeBytes, with no hint and with the hints users pass. The first byte
// picks the hint; the rest is the file. Only cairn::Error may escape; a decoding must be valid UTF-8
// without NUL, name its encoding and survive canonicalText.

#include "common/error.h"
#include "fuzz/fuzz_checks.h"
#include "text/charset.h"
#include "text/normalize.h"
#include "text/utf.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::array<const char*, 10> hints{
        "",           "UTF-8",        "UTF-16LE", "UTF-16BE", "UTF-32LE", "windows-1252", "windows-1257",
        "ISO-8859-2", "windows-1256", "Shift_JIS"};
    if (size == 0) return 0;
    const std::string hint = hints[data[0] % hints.size()];
    const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        const auto decoded = cairn::text::decodeBytes(bytes, hint, "fuzz");
        cairn::fuzz::require(cairn::text::isValidUtf8(decoded.utf8));
        cairn::fuzz::require(decoded.utf8.find('\0') == std::string::npos);
        cairn::fuzz::require(!decoded.encoding.empty());
        cairn::fuzz::require(decoded.confidence >= 0 && decoded.confidence <= 100);
        const auto canonical = cairn::text::canonicalText(decoded.utf8);
        cairn::fuzz::require(cairn::text::isValidUtf8(canonical));
    } catch (const cairn::Error&) {
        // refusing bad input is the expected outcome
    }
    return 0;
}
