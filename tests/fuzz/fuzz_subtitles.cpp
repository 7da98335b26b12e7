// libFuzzer target: SRT and WebVTT import on canonical text. The first byte picks the format and
// whether speakers are detected. Only cairn::Error may escape; cue times must be ordered.

#include "common/error.h"
#include "fuzz/fuzz_checks.h"
#include "import/subtitles.h"
#include "text/normalize.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const bool vtt = data[0] & 1;
    cairn::import::LayoutChoice layout;
    layout.layout = (data[0] & 2) ? "none" : "auto";
    const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        const auto canonical = cairn::text::canonicalText(input);
        const auto doc =
            vtt ? cairn::import::parseVtt(canonical, layout) : cairn::import::parseSrt(canonical, layout);
        cairn::fuzz::checkDocument(doc);
        for (const auto& p : doc.passages)
            cairn::fuzz::require(p.timeStartMs && p.timeEndMs && *p.timeStartMs <= *p.timeEndMs);
    } catch (const cairn::Error&) {
        // malformed timings, a missing WEBVTT signature, no cues
    }
    return 0;
}
