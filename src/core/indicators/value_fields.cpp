#include "indicators/value_fields.h"

#include "common/error.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace cairn::indicators {

namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

bool allDigits(std::string_view text) {
    if (text.empty()) return false;
    for (const char c : text)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

int toInt(std::string_view digits) {
    int value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

bool leapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leapYear(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

std::string isoDate(int year, int month, int day) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

// One end of a period: a year, a month, a day, or a financial year. nullopt when it is none of them
// (the period is then a label); InvalidInput when it is shaped like a date but impossible.
std::optional<std::pair<std::string, std::string>> dateRange(std::string_view text, std::string_view whole) {
    const auto bad = [&] {
        return InvalidInput("the period '" + std::string(whole) + "' is not a real date");
    };
    if (text.size() == 4 && allDigits(text)) {
        const int year = toInt(text);
        return std::pair{isoDate(year, 1, 1), isoDate(year, 12, 31)};
    }
    if (text.size() == 7 && text[4] == '-' && allDigits(text.substr(0, 4)) && allDigits(text.substr(5, 2))) {
        const int year = toInt(text.substr(0, 4));
        const int second = toInt(text.substr(5, 2));
        if (second >= 1 && second <= 12)
            return std::pair{isoDate(year, second, 1), isoDate(year, second, daysInMonth(year, second))};
        // "2019-20": a financial year when the second number is the next year's last two digits.
        if ((year + 1) % 100 == second) return std::pair{isoDate(year, 4, 1), isoDate(year + 1, 3, 31)};
        throw bad();
    }
    if (text.size() == 10 && text[4] == '-' && text[7] == '-' && allDigits(text.substr(0, 4)) &&
        allDigits(text.substr(5, 2)) && allDigits(text.substr(8, 2))) {
        const int year = toInt(text.substr(0, 4)), month = toInt(text.substr(5, 2)),
                  day = toInt(text.substr(8, 2));
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw bad();
        const auto date = isoDate(year, month, day);
        return std::pair{date, date};
    }
    return std::nullopt;
}

} // namespace

Period parsePeriod(std::string_view raw) {
    const auto text = trim(raw);
    if (text.empty()) throw InvalidInput("the period is empty; give a year, a date, a range or a label");
    if (text.size() > 64)
        throw InvalidInput("the period '" + std::string(text.substr(0, 64)) +
                           "…' is longer than 64 characters");
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20)
            throw InvalidInput("the period contains a control character");
    Period period{std::string(text), {}, {}};
    // "2019/20" is a financial year, not a range from 2019 to the year 20.
    if (text.size() == 7 && text[4] == '/' && allDigits(text.substr(0, 4)) && allDigits(text.substr(5, 2))) {
        const int year = toInt(text.substr(0, 4));
        if ((year + 1) % 100 != toInt(text.substr(5, 2)))
            throw InvalidInput("the period '" + period.text + "' is not a financial year (e.g. 2019/20)");
        period.start = isoDate(year, 4, 1);
        period.end = isoDate(year + 1, 3, 31);
        return period;
    }
    const auto slash = text.find('/');
    if (slash != std::string_view::npos) {
        const auto from = dateRange(trim(text.substr(0, slash)), text);
        const auto to = dateRange(trim(text.substr(slash + 1)), text);
        if (!from || !to) return period; // a label with a slash: "before/after the move"
        if (to->second < from->first)
            throw InvalidInput("the period '" + period.text + "' ends before it starts");
        period.start = from->first;
        period.end = to->second;
        return period;
    }
    if (const auto range = dateRange(text, text)) {
        period.start = range->first;
        period.end = range->second;
    }
    return period;
}

Scope parseScope(std::string_view raw) {
    const auto text = trim(raw);
    std::string lower;
    for (const char c : text.substr(0, 8))
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (text.empty() || lower == "project") return {};
    const auto colon = text.find(':');
    if (colon == std::string_view::npos)
        throw InvalidInput("the scope '" + std::string(text) +
                           "' is not 'project', 'case:NAME' or 'group:LABEL'");
    const auto prefix = lower.substr(0, std::min<std::size_t>(colon, lower.size()));
    const auto name = trim(text.substr(colon + 1));
    Scope scope;
    if (prefix == "case")
        scope.kind = ScopeKind::Case;
    else if (prefix == "group")
        scope.kind = ScopeKind::Group;
    else
        throw InvalidInput("the scope '" + std::string(text) +
                           "' is not 'project', 'case:NAME' or 'group:LABEL'");
    if (name.empty()) throw InvalidInput("the scope '" + std::string(text) + "' names no " + prefix);
    scope.name = std::string(name);
    return scope;
}

const char* scopeKindName(ScopeKind kind) {
    switch (kind) {
    case ScopeKind::Case:
        return "case";
    case ScopeKind::Group:
        return "group";
    case ScopeKind::Project:
        break;
    }
    return "project";
}

std::string scopeText(const Scope& scope) {
    if (scope.kind == ScopeKind::Project) return "project";
    return std::string(scopeKindName(scope.kind)) + ":" + scope.name;
}

std::optional<double> parseNumber(std::string_view raw, char separator) {
    auto text = trim(raw);
    if (!text.empty() && text.back() == '%') text = trim(text.substr(0, text.size() - 1));
    if (text.empty()) return std::nullopt;
    std::string cleaned;
    const bool commaIsDecimal = separator != ',' && text.find('.') == std::string_view::npos &&
                                std::count(text.begin(), text.end(), ',') == 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ') continue;
        if (c == ',') {
            if (commaIsDecimal) {
                cleaned += '.';
                continue;
            }
            // A thousands separator is followed by exactly three digits; "3,2" in a comma file is
            // refused rather than read as 32.
            const auto group = text.substr(i + 1, 4);
            const bool threeDigits =
                group.size() >= 3 && allDigits(group.substr(0, 3)) &&
                (group.size() == 3 || !std::isdigit(static_cast<unsigned char>(group[3])));
            if (!threeDigits || cleaned.empty()) return std::nullopt;
            continue;
        }
        cleaned += c;
    }
    if (!cleaned.empty() && cleaned.front() == '+') cleaned.erase(0, 1);
    double value = 0;
    const auto* end = cleaned.data() + cleaned.size();
    const auto [ptr, ec] = std::from_chars(cleaned.data(), end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::optional<long long> parseCount(std::string_view raw) {
    const auto text = trim(raw);
    long long value = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end || value < 0) return std::nullopt;
    return value;
}

std::string formatNumber(double value) {
    char buffer[64];
    const auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, ptr) : std::string("nan");
}

} // namespace cairn::indicators
