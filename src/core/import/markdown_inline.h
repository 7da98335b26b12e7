#pragma once
// Markdown inline markup to plain text: what a reader sees once the markup has done its work.
//   *em*, _em_, **strong**, __strong__, ~~strike~~  markers removed (CommonMark's flanking rules, so
//                                                   "2 * 3", "snake_case" and "a * b * c" keep theirs)
//   `code`                                          content kept verbatim
//   [text](url), [text][ref], ![alt](src)           the text or alt; "[laughs]" and "[00:12:34]" stay
//   <https://…>                                     the address; other inline HTML tags dropped
//   \*  &amp;  &#8217;                              the escaped or referenced character
// The byte ranges that were strong (bold) are kept, so a `**Amira:**` speaker label can still be
// recognised after its asterisks are gone.

#include "import/text_blocks.h"

#include <string>
#include <string_view>
#include <vector>

namespace cairn::import {

struct InlineText {
    std::string text;
    std::vector<ByteRange> strong; // byte ranges of `text` that were **strong**
};

/// Renders the inline content of one Markdown block (its lines joined by LF). Never throws.
InlineText renderMarkdownInline(std::string_view markdown);

} // namespace cairn::import
