#pragma once
// Shared checks for parser tests: what a passage's span covers, and the invariants every
// ParsedDocument keeps (spans inside the text, in order, valid NFC UTF-8).

#include "import/parsed_document.h"
#include "text/normalize.h"
#include "text/utf.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace cairn::test {

/// The text a passage's span covers.
inline std::string passageText(const import::ParsedDocument& doc, std::size_t i) {
    REQUIRE(i < doc.passages.size());
    const auto& p = doc.passages[i];
    return std::string(text::sliceCodePoints(doc.text, p.cpStart, p.cpEnd));
}

/// The line of document text before a passage's span, back to the previous line break: the label.
inline std::string labelBefore(const import::ParsedDocument& doc, std::size_t i) {
    const auto& p = doc.passages.at(i);
    const auto before = std::string(text::sliceCodePoints(doc.text, 0, p.cpStart));
    auto cut = before.rfind('\n', before.empty() ? 0 : before.size() - 1);
    // An Otter or caps-speaker label is a line of its own, ending in the LF just before the span.
    if (cut != std::string::npos && cut + 1 == before.size() && cut > 0) cut = before.rfind('\n', cut - 1);
    return cut == std::string::npos ? before : before.substr(cut + 1);
}

inline std::vector<std::string> speakers(const import::ParsedDocument& doc) {
    std::vector<std::string> out;
    for (const auto& p : doc.passages)
        out.push_back(p.speaker);
    return out;
}

inline void checkInvariants(const import::ParsedDocument& doc) {
    CHECK(text::isValidUtf8(doc.text));
    CHECK(text::isNfc(doc.text));
    CHECK(doc.text.find('\r') == std::string::npos);
    const auto length = text::codePointCount(doc.text);
    std::int64_t previousEnd = 0;
    for (const auto& p : doc.passages) {
        CHECK(0 <= p.cpStart);
        CHECK(p.cpStart < p.cpEnd);
        CHECK(p.cpEnd <= length);
        CHECK(previousEnd <= p.cpStart);
        previousEnd = p.cpEnd;
    }
}

} // namespace cairn::test
