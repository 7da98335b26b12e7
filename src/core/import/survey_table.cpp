#include "import/survey_table.h"

#include "common/error.h"
#include "text/utf.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <set>

namespace cairn::import {
namespace {

std::string_view trimAscii(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

bool allDigits(std::string_view s) {
    if (s.empty()) return false;
    for (const char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

std::string_view withoutSign(std::string_view s) {
    return (!s.empty() && (s[0] == '+' || s[0] == '-')) ? s.substr(1) : s;
}

// "0" is a number, "007" an identifier.
bool noLeadingZero(std::string_view digits) {
    return digits.size() == 1 || digits[0] != '0';
}

bool isInteger(std::string_view s) {
    const auto digits = withoutSign(s);
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(s.data() + (s[0] == '+' ? 1 : 0), s.data() + s.size(), value);
    return allDigits(digits) && noLeadingZero(digits) && ec == std::errc() && end == s.data() + s.size();
}

// Digits, one `mark`, digits; or digits alone.
bool isDecimal(std::string_view s, char mark) {
    const auto body = withoutSign(s);
    const auto at = body.find(mark);
    const auto whole = body.substr(0, at);
    if (!allDigits(whole) || !noLeadingZero(whole)) return false;
    return at == std::string_view::npos || allDigits(body.substr(at + 1));
}

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

std::optional<bool> booleanValue(std::string_view s) {
    const auto v = lowerAscii(s);
    if (v == "true" || v == "yes" || v == "y" || v == "1") return true;
    if (v == "false" || v == "no" || v == "n" || v == "0") return false;
    return std::nullopt;
}

struct Ymd {
    int year, month, day;
};

int number(std::string_view digits) {
    int value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

std::optional<Ymd> validDate(int y, int m, int d) {
    static constexpr std::array<int, 12> kDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > kDays[static_cast<std::size_t>(m - 1)]) return std::nullopt;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (m == 2 && d == 29 && !leap) return std::nullopt;
    return Ymd{y, m, d};
}

std::optional<Ymd> isoDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    if (!allDigits(s.substr(0, 4)) || !allDigits(s.substr(5, 2)) || !allDigits(s.substr(8, 2)))
        return std::nullopt;
    return validDate(number(s.substr(0, 4)), number(s.substr(5, 2)), number(s.substr(8, 2)));
}

// DD/MM/YYYY, with one- or two-digit day and month (Excel drops the zeros).
std::optional<Ymd> dayFirstDate(std::string_view s) {
    const auto a = s.find('/');
    const auto b = a == std::string_view::npos ? a : s.find('/', a + 1);
    if (b == std::string_view::npos) return std::nullopt;
    const auto day = s.substr(0, a), month = s.substr(a + 1, b - a - 1), year = s.substr(b + 1);
    if (day.empty() || day.size() > 2 || month.empty() || month.size() > 2 || year.size() != 4)
        return std::nullopt;
    if (!allDigits(day) || !allDigits(month) || !allDigits(year)) return std::nullopt;
    return validDate(number(year), number(month), number(day));
}

std::string isoText(const Ymd& d) {
    std::array<char, 16> buf{};
    const auto put = [&](char* at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            at[i] = static_cast<char>('0' + value % 10);
    };
    put(buf.data(), d.year, 4);
    buf[4] = '-';
    put(buf.data() + 5, d.month, 2);
    buf[7] = '-';
    put(buf.data() + 8, d.day, 2);
    return std::string(buf.data(), 10);
}

// Which types every value of a column so far fits.
struct Votes {
    bool integer = true, decimalDot = true, decimalComma = true, boolean = true, zeroOne = true, iso = true,
         dayFirst = true;
    void add(std::string_view v) {
        integer = integer && isInteger(v);
        decimalDot = decimalDot && isDecimal(v, '.');
        decimalComma = decimalComma && isDecimal(v, ',');
        boolean = boolean && booleanValue(v).has_value();
        zeroOne = zeroOne && (v == "0" || v == "1");
        iso = iso && isoDate(v).has_value();
        dayFirst = dayFirst && dayFirstDate(v).has_value();
    }
    ValueType type(char separator) const {
        if (integer) return ValueType::Integer;
        if (decimalDot || (separator == ';' && decimalComma)) return ValueType::Decimal;
        if (boolean && !zeroOne) return ValueType::Boolean;
        if (iso || dayFirst) return ValueType::Date;
        return ValueType::Text;
    }
};

bool looksLikeOpenAnswer(const std::vector<std::string_view>& values, std::int64_t distinctPhrases) {
    if (values.empty()) return false;
    std::int64_t codePoints = 0;
    for (const auto v : values)
        codePoints += text::codePointCount(v);
    const auto count = static_cast<std::int64_t>(values.size());
    if (codePoints > 40 * count) return true;
    // Three or more words: two-word values are usually names of people or places, i.e. attributes.
    return distinctPhrases >= 3 && 2 * distinctPhrases >= count;
}

[[noreturn]] void doesNotFit(ValueType type, std::string_view raw) {
    throw InvalidInput("the value \"" + std::string(raw) + "\" is not " +
                       (type == ValueType::Integer ? "an " : "a ") + std::string(valueTypeName(type)) +
                       (type == ValueType::Date ? " (expected YYYY-MM-DD or DD/MM/YYYY)" : ""));
}

// `v` is [+-]digits or [+-]digits[.,]digits, already checked. Leading zeros go ("007" overridden
// to integer is 7), the mark becomes '.', and minus zero is zero.
std::string canonicalNumber(std::string_view v) {
    const auto body = withoutSign(v);
    const auto mark = body.find_first_of(".,");
    auto whole = body.substr(0, mark);
    whole.remove_prefix(std::min(whole.find_first_not_of('0'), whole.size() - 1));
    std::string out(whole);
    if (mark != std::string_view::npos) out += "." + std::string(body.substr(mark + 1));
    if (v[0] == '-' && out.find_first_not_of("0.") != std::string::npos) out.insert(0, 1, '-');
    return out;
}

} // namespace

std::vector<SurveyColumn> inferColumns(const CsvTable& table) {
    std::vector<SurveyColumn> columns;
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        SurveyColumn column{table.header[c]};
        Votes votes;
        std::vector<std::string_view> values;
        std::set<std::string_view> distinct;
        std::int64_t distinctPhrases = 0;
        for (const auto& row : table.rows) {
            const auto v = c < row.size() ? trimAscii(row[c]) : std::string_view();
            if (v.empty()) {
                ++column.missing;
                continue;
            }
            votes.add(v);
            values.push_back(v);
            if (distinct.insert(v).second && std::count(v.begin(), v.end(), ' ') >= 2) ++distinctPhrases;
        }
        column.distinct = static_cast<std::int64_t>(distinct.size());
        column.type = values.empty() ? ValueType::Text : votes.type(table.separator);
        column.looksLikeOpenAnswer =
            column.type == ValueType::Text && looksLikeOpenAnswer(values, distinctPhrases);
        columns.push_back(std::move(column));
    }
    return columns;
}

std::string canonicalValue(ValueType type, std::string_view raw) {
    const auto v = trimAscii(raw);
    if (v.empty()) return {};
    switch (type) {
    case ValueType::Text:
        return std::string(raw);
    case ValueType::Integer:
        if (allDigits(withoutSign(v))) {
            auto plain = canonicalNumber(v);
            if (isInteger(plain)) return plain; // else beyond 64 bits
        }
        doesNotFit(type, raw);
    case ValueType::Decimal:
        if (const auto digits = withoutSign(v); digits.find_first_of(".,") == digits.find_last_of(".,")) {
            const auto mark = digits.find_first_of(".,");
            const auto whole = digits.substr(0, mark);
            if (allDigits(whole) && (mark == std::string_view::npos || allDigits(digits.substr(mark + 1))))
                return canonicalNumber(v);
        }
        doesNotFit(type, raw);
    case ValueType::Boolean:
        if (const auto b = booleanValue(v)) return *b ? "true" : "false";
        doesNotFit(type, raw);
    case ValueType::Date:
        if (const auto d = isoDate(v)) return isoText(*d);
        if (const auto d = dayFirstDate(v)) return isoText(*d);
        doesNotFit(type, raw);
    }
    doesNotFit(type, raw);
}

std::string_view valueTypeName(ValueType type) {
    switch (type) {
    case ValueType::Text:
        return "text";
    case ValueType::Integer:
        return "integer";
    case ValueType::Decimal:
        return "decimal";
    case ValueType::Boolean:
        return "boolean";
    case ValueType::Date:
        return "date";
    }
    return "text";
}

ValueType parseValueType(std::string_view name) {
    const auto lowered = lowerAscii(trimAscii(name));
    for (const auto type :
         {ValueType::Text, ValueType::Integer, ValueType::Decimal, ValueType::Boolean, ValueType::Date})
        if (valueTypeName(type) == lowered) return type;
    throw InvalidInput("unknown value type \"" + std::string(name) +
                       "\" (expected text, integer, decimal, boolean or date)");
}

} // namespace cairn::import
