// libFuzzer target: DOCX import. An input starting "PK" is taken as a whole .docx file (exercising
// the archive reader); anything else is taken as word/document.xml and packed into a fresh archive
// with a fixed styles part, so mutations reach the XML walk instead of failing a CRC check.
// Only cairn::Error may escape the parser; every result must satisfy fuzz_checks.h.

#include "common/error.h"
#include "fuzz/fuzz_checks.h"
#include "import/docx.h"
#include "support/zip_writer.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

const char* const kStyles =
    R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
    R"(<w:style w:type="paragraph" w:styleId="H"><w:name w:val="heading 1"/></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="L"><w:basedOn w:val="L"/><w:pPr><w:numPr/></w:pPr></w:style>)"
    R"(</w:styles>)";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string input(reinterpret_cast<const char*>(data), size);
    if (!input.starts_with("PK"))
        input =
            cairn::test::ZipWriter().add("word/document.xml", input).add("word/styles.xml", kStyles).bytes();
    try {
        const auto content = cairn::import::readDocx(input);
        cairn::fuzz::checkBlocks(content.blocks);
        cairn::fuzz::checkDocument(cairn::import::parseDocx(input));
    } catch (const cairn::Error&) {
        // refusing bad input is the expected outcome
    }
    return 0;
}
