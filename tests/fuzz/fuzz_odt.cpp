// libFuzzer target: ODT import. An input starting "PK" is taken as a whole .odt file; anything else is
// taken as content.xml and packed into a fresh archive, so mutations reach the XML walk.
// Only cairn::Error may escape the parser; every result must satisfy fuzz_checks.h.

#include "common/error.h"
#include "fuzz/fuzz_checks.h"
#include "import/odt.h"
#include "support/zip_writer.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using cairn::test::ZipWriter;
    std::string input(reinterpret_cast<const char*>(data), size);
    if (!input.starts_with("PK"))
        input = ZipWriter()
                    .add("mimetype", "application/vnd.oasis.opendocument.text", ZipWriter::Method::Store)
                    .add("content.xml", input)
                    .bytes();
    try {
        const auto content = cairn::import::readOdt(input);
        cairn::fuzz::checkBlocks(content.blocks);
        cairn::fuzz::checkDocument(cairn::import::parseOdt(input));
    } catch (const cairn::Error&) {
        // refusing bad input is the expected outcome
    }
    return 0;
}
