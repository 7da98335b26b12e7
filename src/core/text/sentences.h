#pragma once
// Sentence boundaries (ICU's sentence rules, root locale), for coding "the sentence" a search found.

#include "text/span.h"

#include <string_view>
#include <vector>

namespace cairn::text {

/// The sentences of `utf8` as code-point spans relative to its start, trailing white space trimmed;
/// empty sentences are left out.
std::vector<Span> sentenceSpans(std::string_view utf8);

} // namespace cairn::text
