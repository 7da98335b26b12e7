// libFuzzer target: REFI-QDA codebook (.qdc) import. The input is the XML. Only cairn::Error may
// escape readQdc; what it returns must satisfy refi_checks.h, be writable by writeQdc (which may not
// throw on it), and read back from what writeQdc wrote as the same tree with nothing to repair.

#include "common/error.h"
#include "export/qdc_writer.h"
#include "fuzz/refi_checks.h"
#include "import/qdc_reader.h"

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    cairn::import::RefiCodebook book;
    try {
        book = cairn::import::readQdc(input);
    } catch (const cairn::Error&) {
        return 0; // refusing bad input is the expected outcome
    }
    std::set<std::string> ids;
    cairn::fuzz::require(!book.codes.empty());
    cairn::fuzz::checkCodes(book.codes, ids);
    cairn::fuzz::checkMessages(book.repairs);
    cairn::fuzz::checkMessages(book.problems);
    const auto again = cairn::import::readQdc(cairn::exporting::writeQdc(book)); // must not throw
    cairn::fuzz::require(again.codes == book.codes);
    cairn::fuzz::require(again.origin == book.origin);
    cairn::fuzz::require(again.repairs.empty() && again.problems.empty());
    return 0;
}
