#pragma once
// HTML character references ("&amp;", "&nbsp;", "&#8217;", "&#x2019;") outside an HTML parser:
// Markdown and WebVTT both use them in running text. Names come from libxml2's HTML 4 table.

#include <string>
#include <string_view>

namespace cairn::import {

/// Replaces every well-formed character reference in `text` with its character; anything that is not
/// one (a lone "&", "&unknown;", a reference to NUL or a surrogate) is left as written. Never throws.
std::string decodeCharacterReferences(std::string_view text);

} // namespace cairn::import
