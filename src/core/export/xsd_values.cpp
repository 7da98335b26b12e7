// Hand-written checks rather than regular expressions: the calendar matters as much as the shape
// (2023-02-29 is shaped like a date and is not one; 24:00:00 is a time only on its own).

#include "export/xsd_values.h"

#include <algorithm>
#include <cctype>

namespace cairn::exporting::xsd {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Reads exactly `count` digits at `pos` as a number; nullopt when they are not all there.
std::optional<int> digits(std::string_view text, std::size_t& pos, std::size_t count) {
    if (pos + count > text.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (!isDigit(text[pos + i])) return std::nullopt;
        value = value * 10 + (text[pos + i] - '0');
    }
    pos += count;
    return value;
}

bool expect(std::string_view text, std::size_t& pos, char c) {
    if (pos >= text.size() || text[pos] != c) return false;
    ++pos;
    return true;
}

std::string_view trimmed(std::string_view value) {
    // The schema types collapse whitespace, so surrounding spaces are allowed.
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!value.empty() && isSpace(value.front()))
        value.remove_prefix(1);
    while (!value.empty() && isSpace(value.back()))
        value.remove_suffix(1);
    return value;
}

bool isLeapYear(long year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// [-]YYYY-MM-DD: a year of four or more digits (no leading zero beyond four), a real day of the month.
bool readDate(std::string_view text, std::size_t& pos) {
    if (pos < text.size() && text[pos] == '-') ++pos;
    const auto yearStart = pos;
    long year = 0;
    while (pos < text.size() && isDigit(text[pos]) && pos - yearStart < 12)
        year = year * 10 + (text[pos++] - '0');
    const auto yearDigits = pos - yearStart;
    if (yearDigits < 4 || (yearDigits > 4 && text[yearStart] == '0') || year == 0) return false;
    if (!expect(text, pos, '-')) return false;
    const auto month = digits(text, pos, 2);
    if (!month || *month < 1 || *month > 12 || !expect(text, pos, '-')) return false;
    const auto day = digits(text, pos, 2);
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int maxDay = *month == 2 && isLeapYear(year) ? 29 : kDays[*month - 1];
    return day && *day >= 1 && *day <= maxDay;
}

// An optional time zone: Z or ±hh:mm up to ±14:00; true when what remains is a valid zone or nothing.
bool readZone(std::string_view text, std::size_t& pos) {
    if (pos == text.size()) return true;
    if (text[pos] == 'Z') return ++pos == text.size();
    if (text[pos] != '+' && text[pos] != '-') return false;
    ++pos;
    const auto hours = digits(text, pos, 2);
    if (!hours || !expect(text, pos, ':')) return false;
    const auto minutes = digits(text, pos, 2);
    return minutes && *minutes <= 59 && (*hours < 14 || (*hours == 14 && *minutes == 0)) &&
           pos == text.size();
}

} // namespace

bool isDateTime(std::string_view value) {
    value = trimmed(value);
    std::size_t pos = 0;
    if (!readDate(value, pos) || !expect(value, pos, 'T')) return false;
    const auto hour = digits(value, pos, 2);
    if (!hour || !expect(value, pos, ':')) return false;
    const auto minute = digits(value, pos, 2);
    if (!minute || !expect(value, pos, ':')) return false;
    const auto second = digits(value, pos, 2);
    if (!second || *minute > 59 || *second > 59) return false;
    bool fractionIsZero = true;
    if (pos < value.size() && value[pos] == '.') {
        const auto fractionStart = ++pos;
        for (; pos < value.size() && isDigit(value[pos]); ++pos)
            fractionIsZero = fractionIsZero && value[pos] == '0';
        if (pos == fractionStart) return false;
    }
    // 24:00:00 is the end of the day, allowed only exactly.
    if (*hour > 24 || (*hour == 24 && (*minute || *second || !fractionIsZero))) return false;
    return readZone(value, pos);
}

bool isDate(std::string_view value) {
    value = trimmed(value);
    std::size_t pos = 0;
    return readDate(value, pos) && readZone(value, pos);
}

bool isInteger(std::string_view value) {
    value = trimmed(value);
    if (!value.empty() && (value.front() == '+' || value.front() == '-')) value.remove_prefix(1);
    return !value.empty() && std::all_of(value.begin(), value.end(), isDigit);
}

bool isDecimal(std::string_view value) {
    value = trimmed(value);
    if (!value.empty() && (value.front() == '+' || value.front() == '-')) value.remove_prefix(1);
    const auto point = value.find('.');
    const auto whole = value.substr(0, point);
    const auto fraction = point == std::string_view::npos ? std::string_view() : value.substr(point + 1);
    return (!whole.empty() || !fraction.empty()) && std::all_of(whole.begin(), whole.end(), isDigit) &&
           std::all_of(fraction.begin(), fraction.end(), isDigit);
}

std::optional<std::string> toBoolean(std::string_view value) {
    std::string lower(trimmed(value));
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "true" || lower == "yes" || lower == "1") return "true";
    if (lower == "false" || lower == "no" || lower == "0") return "false";
    return std::nullopt;
}

} // namespace cairn::exporting::xsd
