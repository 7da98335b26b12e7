#pragma once
// Names and spans typed by a user, checked the same way by every operation.
//
// Checks and converts a span typed by a user (code points, or UTF-16 units from Qt) into a span of a
// source's NFC text widened to whole grapheme clusters: the one rule for codings and redactions.

#include "project/project.h"
#include "text/span.h"
#include "text/utf.h"

namespace cairn::project {

/// Throws InvalidInput when the span is empty, reversed or past the end of the source.
text::Span resolveSpan(const store::SourceRow& source, std::string_view text, std::int64_t start,
                       std::int64_t end, SpanUnit unit, const text::OffsetIndex& index);

/// The attribute of that name; NotFound lists the project's attributes.
store::AttributeRow requireAttribute(store::Database& db, const std::string& name);
/// The same, for an output that shows the attribute's values: InvalidInput when it is marked sensitive.
store::AttributeRow requireExportableAttribute(store::Database& db, const std::string& name);

} // namespace cairn::project
