#pragma once
// The XML Schema value types that QDA-XML uses (xsd:dateTime, xsd:date, xsd:boolean, xsd:integer,
// xsd:decimal), checked before writing. A value that does not match its type makes the whole export
// invalid, and a strict importer then refuses every source with it, so the writers test each value
// and leave out (with a warning) what does not fit rather than write it.
// Internal to export/.

#include <optional>
#include <string>
#include <string_view>

namespace cairn::exporting::xsd {

/// True for an xsd:dateTime: [-]YYYY-MM-DDThh:mm:ss[.fff][Z|±hh:mm], with a real calendar date.
bool isDateTime(std::string_view value);

/// True for an xsd:date: [-]YYYY-MM-DD[Z|±hh:mm], with a real calendar date.
bool isDate(std::string_view value);

/// True for an xsd:integer: [+-]digits.
bool isInteger(std::string_view value);

/// True for an xsd:decimal: [+-]digits[.digits] or [+-].digits (no exponent).
bool isDecimal(std::string_view value);

/// "true" or "false" for the ways people write a yes/no value (true/false, yes/no, 1/0, any case);
/// nullopt for anything else.
std::optional<std::string> toBoolean(std::string_view value);

} // namespace cairn::exporting::xsd
