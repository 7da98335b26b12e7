// libFuzzer target: PDF import through poppler. Only cairn::Error may escape; every result must satisfy
// fuzz_checks.h. (Poppler itself is not instrumented, so this mostly finds crashes and hangs in it
// and mistakes in our paragraph rebuilding.)

#include "common/error.h"
#include "fuzz/fuzz_checks.h"
#include "import/pdf.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    try {
        const auto content = cairn::import::readPdf(input);
        cairn::fuzz::checkBlocks(content.blocks);
        cairn::fuzz::require(cairn::text::isValidUtf8(content.title));
        cairn::fuzz::checkDocument(cairn::import::parsePdf(input));
    } catch (const cairn::Error&) {
        // refusing bad input is the expected outcome
    }
    return 0;
}
