// libFuzzer target: plain text through transcript detection. The first byte picks "auto" (mostly)
// or a forced layout. Only cairn::Error may escape; turns need a layout, and a forced layout is the
// one reported.

#include "common/error.h"
#include "fuzz/fuzz_checks.h"
#include "import/plain_text.h"
#include "import/transcript_layout.h"
#include "text/normalize.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const auto& layouts = cairn::import::transcriptLayouts();
    cairn::import::LayoutChoice choice;
    if (data[0] < layouts.size()) choice.layout = layouts[data[0]];
    const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        const auto doc = cairn::import::parsePlainText(cairn::text::canonicalText(input), choice);
        cairn::fuzz::checkDocument(doc);
        if (choice.layout != "auto") cairn::fuzz::require(doc.layout == choice.layout);
        for (const auto& p : doc.passages)
            cairn::fuzz::require(p.speaker.empty() || !doc.layout.empty());
    } catch (const cairn::Error&) {
        // invalid UTF-8, no text, or a forced layout that does not fit
    }
    return 0;
}
