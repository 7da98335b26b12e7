#pragma once
// Column types for a survey export: which columns are numbers, yes/no answers or dates (case
// attributes), and which hold free-text answers worth importing as sources.
//
// Inference is conservative: a column gets a type only when every non-empty cell fits it, so one
// "n/a" keeps a column as text rather than losing a value. Empty cells are missing and do not vote.
// Numbers with a leading zero ("007", "01234") are identifiers (postcodes, phone numbers), not
// numbers: they stay text so their zeros survive. Dates are ISO (2024-03-01) or day-first
// (01/03/2024, as UK and most European exports write them), one style per column; month-first dates
// are not guessed. The user may override a type; canonicalValue then says which cells do not fit.

#include "import/csv.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::import {

enum class ValueType { Text, Integer, Decimal, Boolean, Date };

struct SurveyColumn {
    std::string name;
    ValueType type = ValueType::Text;
    std::int64_t missing = 0;         // empty (or all-space) cells
    std::int64_t distinct = 0;        // distinct non-missing values, compared after trimming
    bool looksLikeOpenAnswer = false; // a text column of free answers rather than categories
};

/// One SurveyColumn per header column, in order. Integer when every value is an integer (0/1 only
/// is Integer); Decimal when every value is a number with '.' (or ',' in a ';'-separated file);
/// Boolean for true/false/yes/no/y/n/1/0 in any case; Date for ISO or day-first dates; else Text.
/// A text column looks like an open answer when its values average over 40 characters, or when at
/// least half its values are distinct multi-word phrases (three or more words).
std::vector<SurveyColumn> inferColumns(const CsvTable& table);

/// The stored form of one cell of a column of type `type`: integers as plain decimal digits with an
/// optional '-', decimals with '.' (',' is accepted as the mark), booleans as "true"/"false", dates as
/// YYYY-MM-DD, text unchanged. A missing (empty or all-space) cell gives "". Throws InvalidInput when
/// the value does not fit the type, naming both.
std::string canonicalValue(ValueType type, std::string_view raw);

/// "text", "integer", "decimal", "boolean", "date": a CLI contract, do not rename.
std::string_view valueTypeName(ValueType type);

/// The inverse of valueTypeName (ignoring case). Throws InvalidInput for any other name.
ValueType parseValueType(std::string_view name);

} // namespace cairn::import
