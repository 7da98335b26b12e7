// libFuzzer target: HTML import, both the block reader on UTF-8 and the whole path from raw bytes
// (decoding, <meta charset>, libxml2, transcript detection). Only cairn::Error may escape.

#include "common/error.h"
#include "fuzz/fuzz_checks.h"
#include "import/html.h"
#include "import/parse_file.h"
#include "text/normalize.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    try {
        cairn::import::ParseOptions options;
        options.format = "html";
        cairn::fuzz::checkDocument(cairn::import::parseSourceBytes(input, "fuzz.html", options));
    } catch (const cairn::Error&) {
    }
    try {
        const auto canonical = cairn::text::canonicalText(input);
        const auto content = cairn::import::htmlBlocks(canonical);
        cairn::fuzz::checkBlocks(content.blocks);
        cairn::fuzz::require(cairn::text::isValidUtf8(content.title));
    } catch (const cairn::Error&) {
        // invalid UTF-8 is refused by canonicalText; the block reader itself refuses nothing
    }
    return 0;
}
