// libFuzzer target: Markdown import on canonical text: blocks (with their bold ranges) and the
// finished document. Only cairn::Error may escape.

#include "common/error.h"
#include "fuzz/fuzz_checks.h"
#include "import/markdown.h"
#include "text/normalize.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    try {
        const auto canonical = cairn::text::canonicalText(input);
        const auto content = cairn::import::markdownBlocks(canonical);
        cairn::fuzz::checkBlocks(content.blocks);
        cairn::fuzz::require(cairn::text::isValidUtf8(content.title));
        cairn::fuzz::checkDocument(cairn::import::parseMarkdown(canonical));
    } catch (const cairn::Error&) {
        // invalid UTF-8, or a document with no text
    }
    return 0;
}
