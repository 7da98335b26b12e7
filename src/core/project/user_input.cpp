#include "project/user_input.h"

#include "common/error.h"
#include "store/case_store.h"
#include "store/privacy_store.h"

#include <algorithm>

namespace cairn::project {

text::Span resolveSpan(const store::SourceRow& source, std::string_view text, std::int64_t start,
                       std::int64_t end, SpanUnit unit, const text::OffsetIndex& index) {
    if (start < 0 || end <= start)
        throw InvalidInput("a span needs 0 <= start < end; got start " + std::to_string(start) + ", end " +
                           std::to_string(end));
    const auto limit = unit == SpanUnit::Utf16 ? text::utf16Length(text) : source.chars;
    if (end > limit)
        throw InvalidInput("end " + std::to_string(end) + " is past the end of \"" + source.name + "\" (" +
                           std::to_string(limit) +
                           (unit == SpanUnit::Utf16 ? " UTF-16 units)" : " characters)"));
    return unit == SpanUnit::Utf16 ? text::spanFromUtf16(text, start, end)
                                   : text::snapToGraphemes(text, {start, end}, index);
}

store::AttributeRow requireAttribute(store::Database& db, const std::string& name) {
    auto attribute = store::findAttribute(db, name);
    if (!attribute) {
        std::string known;
        for (const auto& a : store::listAttributes(db))
            known += (known.empty() ? "" : ", ") + a.name;
        throw NotFound(
            "no attribute named '" + name + "'" +
            (known.empty() ? std::string("; the project has none") : "; the project has " + known));
    }
    return *attribute;
}

store::AttributeRow requireExportableAttribute(store::Database& db, const std::string& name) {
    auto attribute = requireAttribute(db, name);
    const auto sensitive = store::sensitiveAttributeIds(db);
    if (std::find(sensitive.begin(), sensitive.end(), attribute.id) != sensitive.end())
        throw InvalidInput("attribute '" + name +
                           "' is marked sensitive: its values are never exported "
                           "(`cairn privacy P sensitive " +
                           name + " --off` to unmark it)");
    return attribute;
}

} // namespace cairn::project
