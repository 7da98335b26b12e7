#pragma once
// Canonical form of all stored text: Unicode NFC with LF line ends. Stored anchors are code points
// into this form, so it must be applied once, at import, and never differently elsewhere.

#include <string>
#include <string_view>

namespace cairn::text {

/// NFC-normalises valid UTF-8 (ICU Normalizer2). Throws InvalidInput on invalid UTF-8.
std::string toNfc(std::string_view utf8);

/// True when the text is already NFC (a quick check that avoids a copy for most text).
bool isNfc(std::string_view utf8);

/// CRLF and lone CR become LF.
std::string normalizeNewlines(std::string_view text);

/// Both of the above plus removal of a leading U+FEFF: the canonical form for stored source text.
std::string canonicalText(std::string_view utf8);

/// Removes ASCII/Unicode whitespace from both ends.
std::string_view trim(std::string_view utf8);

} // namespace cairn::text
