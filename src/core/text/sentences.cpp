#include "text/sentences.h"

#include "text/utf.h"

#include <memory>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace cairn::text {

std::vector<Span> sentenceSpans(std::string_view utf8) {
    std::vector<Span> spans;
    if (utf8.empty() || utf8.size() > static_cast<std::size_t>(INT32_MAX)) return spans;
    UErrorCode status = U_ZERO_ERROR;
    UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<std::int64_t>(utf8.size()), &status);
    std::unique_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    if (U_SUCCESS(status)) iterator->setText(text, status);
    if (U_FAILURE(status)) {
        utext_close(text);
        return {{0, codePointCount(utf8)}};
    }
    const OffsetIndex index(utf8);
    std::int32_t start = iterator->first();
    for (std::int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
         start = end, end = iterator->next()) {
        const auto span = trimWhitespace(utf8, {index.byteToCodePoint(start), index.byteToCodePoint(end)});
        if (!span.empty()) spans.push_back(span);
    }
    utext_close(text);
    return spans;
}

} // namespace cairn::text
