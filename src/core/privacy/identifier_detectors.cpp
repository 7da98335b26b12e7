// One pass over the bytes: at each token start every detector is tried, the longest match wins. All the
// formats are ASCII, so the scan works on bytes and converts to code points once per finding; a byte of
// a multi-byte character counts as a letter, so "é1234567" is not a token start.

#include "privacy/identifier_detectors.h"

#include "text/utf.h"

#include <algorithm>
#include <array>

namespace cairn::privacy {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isUpper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool isLetter(char c) {
    return isUpper(c) || (c >= 'a' && c <= 'z');
}
// A character that joins a token: ASCII letters and digits, and any byte of a non-ASCII character.
bool isWordByte(char c) {
    return isDigit(c) || isLetter(c) || static_cast<unsigned char>(c) >= 0x80;
}

class Cursor {
public:
    Cursor(std::string_view text, std::size_t at) : m_text(text), m_at(at) {}
    bool digits(std::size_t count) {
        for (std::size_t i = 0; i < count; ++i)
            if (!take(isDigit)) return false;
        return true;
    }
    bool take(bool (*accept)(char)) {
        if (m_at >= m_text.size() || !accept(m_text[m_at])) return false;
        ++m_at;
        return true;
    }
    bool takeChar(char c) {
        if (m_at >= m_text.size() || m_text[m_at] != c) return false;
        ++m_at;
        return true;
    }
    char peek(std::size_t ahead = 0) const {
        return m_at + ahead < m_text.size() ? m_text[m_at + ahead] : '\0';
    }
    std::size_t at() const { return m_at; }
    // The match ends here only if no word character follows.
    std::size_t endIfWhole() const { return m_at < m_text.size() && isWordByte(m_text[m_at]) ? 0 : m_at; }

private:
    std::string_view m_text;
    std::size_t m_at;
};

std::size_t homeOfficeRef(std::string_view text, std::size_t at) {
    Cursor c(text, at);
    if (c.take(isUpper) && c.digits(7)) {
        Cursor suffix = c;
        if (suffix.takeChar('/') && suffix.take(isDigit)) {
            suffix.take(isDigit);
            if (const auto end = suffix.endIfWhole()) return end;
        }
        return c.endIfWhole();
    }
    Cursor uan(text, at); // Unique Application Number: 1212-0001-2345-6789
    for (int group = 0; group < 4; ++group)
        if (!uan.digits(4) || (group < 3 && !uan.takeChar('-'))) return 0;
    return uan.endIfWhole();
}

std::size_t nhsNumber(std::string_view text, std::size_t at) {
    std::string digits;
    Cursor c(text, at);
    for (const int group : {3, 3, 4}) {
        for (int i = 0; i < group; ++i) {
            if (!isDigit(c.peek())) return 0;
            digits += c.peek();
            c.takeChar(c.peek());
        }
        if (group != 4 && !c.takeChar(' ')) c.takeChar('-');
    }
    const auto end = c.endIfWhole();
    return end && nhsCheckDigitValid(digits) ? end : 0;
}

std::size_t niNumber(std::string_view text, std::size_t at) {
    Cursor c(text, at);
    const char first = c.peek(), second = c.peek(1);
    if (!isUpper(first) || !isUpper(second)) return 0;
    constexpr std::string_view kNeverFirst = "DFIQUV", kNeverSecond = "DFIOQUV";
    if (kNeverFirst.find(first) != std::string_view::npos ||
        kNeverSecond.find(second) != std::string_view::npos)
        return 0;
    const std::string prefix{first, second};
    for (const char* banned : {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
        if (prefix == banned) return 0;
    c.take(isUpper);
    c.take(isUpper);
    for (int pair = 0; pair < 3; ++pair) {
        c.takeChar(' ');
        if (!c.digits(2)) return 0;
    }
    c.takeChar(' ');
    if (c.peek() < 'A' || c.peek() > 'D') return 0;
    c.take(isUpper);
    return c.endIfWhole();
}

std::size_t ukPhone(std::string_view text, std::size_t at) {
    Cursor c(text, at);
    // After the trunk 0 or the country code come 9 or 10 digits ("+44 (0)20 …" writes both).
    if (c.takeChar('+') || (c.peek() == '0' && c.peek(1) == '0' && c.digits(2))) {
        if (!c.takeChar('4') || !c.takeChar('4')) return 0;
        Cursor trunk = c;
        trunk.takeChar(' ');
        if (trunk.takeChar('(') && trunk.takeChar('0') && trunk.takeChar(')')) c = trunk;
    } else {
        c.takeChar('(');
        if (!c.takeChar('0')) return 0;
    }
    int count = 0;
    std::size_t lastDigitEnd = 0;
    while (true) {
        if (c.take(isDigit)) {
            ++count;
            lastDigitEnd = c.at();
            continue;
        }
        const char next = c.peek();
        if ((next == ' ' || next == '-' || next == '(' || next == ')') && isDigit(c.peek(1))) {
            c.takeChar(next);
            continue;
        }
        if (next == ')' && (c.peek(1) == ' ') && isDigit(c.peek(2))) {
            c.takeChar(')');
            continue;
        }
        break;
    }
    if (count < 9 || count > 10 || lastDigitEnd == 0) return 0;
    Cursor end(text, lastDigitEnd);
    return end.endIfWhole();
}

std::size_t ukPostcode(std::string_view text, std::size_t at) {
    Cursor c(text, at);
    static constexpr std::string_view kNeverFirst = "QVX", kNeverInward = "CIKMOV";
    if (!isUpper(c.peek()) || kNeverFirst.find(c.peek()) != std::string_view::npos) return 0;
    c.take(isUpper);
    c.take(isUpper);
    if (!c.take(isDigit)) return 0;
    // Outward codes end in a digit or letter after the district digit ("SW1A", "M60", "B33").
    const auto inward = [&text](std::size_t from) -> std::size_t {
        Cursor in(text, from);
        in.takeChar(' ');
        if (!in.take(isDigit)) return 0;
        for (int i = 0; i < 2; ++i) {
            if (!isUpper(in.peek()) || kNeverInward.find(in.peek()) != std::string_view::npos) return 0;
            in.take(isUpper);
        }
        return in.endIfWhole();
    };
    if (const auto end = inward(c.at())) return end;
    if (isDigit(c.peek()) || isUpper(c.peek())) {
        c.takeChar(c.peek());
        return inward(c.at());
    }
    return 0;
}

bool isLocalByte(char c) {
    return isDigit(c) || isLetter(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

// Emails are found from their '@': the local part runs left, the domain right; the domain needs a dot
// and a top-level part of two or more letters.
void findEmails(std::string_view text, std::vector<std::pair<std::size_t, std::size_t>>& out) {
    for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
        std::size_t start = at;
        while (start > 0 && isLocalByte(text[start - 1]))
            --start;
        while (start < at && text[start] == '.')
            ++start;
        std::size_t end = at + 1, lastDot = 0;
        while (end < text.size() &&
               (isDigit(text[end]) || isLetter(text[end]) || text[end] == '-' ||
                (text[end] == '.' && end + 1 < text.size() && isLetter(text[end + 1])))) {
            if (text[end] == '.') lastDot = end;
            ++end;
        }
        if (start == at || lastDot == 0 || end - lastDot < 3) continue;
        bool tldLetters = true;
        for (std::size_t i = lastDot + 1; i < end; ++i)
            tldLetters = tldLetters && isLetter(text[i]);
        if (tldLetters) out.emplace_back(start, end);
    }
}

} // namespace

std::string_view identifierKindName(IdentifierKind kind) {
    switch (kind) {
    case IdentifierKind::HomeOfficeRef:
        return "home-office-ref";
    case IdentifierKind::NhsNumber:
        return "nhs-number";
    case IdentifierKind::NiNumber:
        return "ni-number";
    case IdentifierKind::UkPhone:
        return "uk-phone";
    case IdentifierKind::Email:
        return "email";
    case IdentifierKind::UkPostcode:
        return "uk-postcode";
    }
    return "identifier";
}

bool nhsCheckDigitValid(std::string_view digits) {
    if (digits.size() != 10 || !std::all_of(digits.begin(), digits.end(), isDigit)) return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += (digits[static_cast<std::size_t>(i)] - '0') * (10 - i);
    int check = 11 - sum % 11;
    if (check == 11) check = 0;
    return check != 10 && check == digits[9] - '0';
}

std::vector<IdentifierFinding> findIdentifiers(std::string_view utf8) {
    struct ByteFinding {
        IdentifierKind kind;
        std::size_t start, end;
    };
    std::vector<ByteFinding> found;
    std::vector<std::pair<std::size_t, std::size_t>> emails;
    findEmails(utf8, emails);
    for (const auto& [start, end] : emails)
        found.push_back({IdentifierKind::Email, start, end});
    using Detector = std::size_t (*)(std::string_view, std::size_t);
    constexpr std::array<std::pair<IdentifierKind, Detector>, 5> kDetectors{
        {{IdentifierKind::NhsNumber, nhsNumber},
         {IdentifierKind::HomeOfficeRef, homeOfficeRef},
         {IdentifierKind::NiNumber, niNumber},
         {IdentifierKind::UkPhone, ukPhone},
         {IdentifierKind::UkPostcode, ukPostcode}}};
    for (std::size_t at = 0; at < utf8.size(); ++at) {
        if (at > 0 && isWordByte(utf8[at - 1])) continue;
        if (!isWordByte(utf8[at]) && utf8[at] != '+' && utf8[at] != '(') continue;
        ByteFinding best{IdentifierKind::Email, at, at};
        for (const auto& [kind, detect] : kDetectors)
            if (const auto end = detect(utf8, at); end > best.end) best = {kind, at, end};
        if (best.end > at) {
            found.push_back(best);
            at = best.end - 1;
        }
    }
    std::sort(found.begin(), found.end(), [](const ByteFinding& a, const ByteFinding& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::vector<IdentifierFinding> out;
    std::size_t coveredTo = 0;
    std::size_t countedTo = 0;
    std::int64_t cp = 0;
    const auto codePointAt = [&](std::size_t byte) {
        cp += text::codePointCount(utf8.substr(countedTo, byte - countedTo));
        countedTo = byte;
        return cp;
    };
    for (const auto& f : found) {
        if (f.start < coveredTo) continue; // inside an earlier finding (an email's digits, say)
        const auto start = codePointAt(f.start);
        const auto end = codePointAt(f.end);
        out.push_back({f.kind, start, end});
        coveredTo = f.end;
    }
    return out;
}

std::string maskedIdentifier(std::string_view text) {
    const auto length = text::codePointCount(text);
    std::string out;
    for (std::int64_t i = 0; i + 2 < length; ++i)
        out += "•";
    out += std::string(text::sliceCodePoints(text, std::max<std::int64_t>(0, length - 2), length));
    return out;
}

} // namespace cairn::privacy
