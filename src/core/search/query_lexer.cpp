#include "search/query_lexer.h"

#include "search/query_error.h"
#include "text/utf.h"

#include <array>
#include <utility>

namespace cairn::search::detail {

namespace {

// Spaces and every other ASCII control character (a NUL pasted into a query separates words).
bool isSpace(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte <= 0x20 || byte == 0x7F;
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

constexpr std::array<std::pair<const char*, FilterKind>, 7> kFilterKeys = {{{"kind", FilterKind::Kind},
                                                                            {"case", FilterKind::Case},
                                                                            {"speaker", FilterKind::Speaker},
                                                                            {"lang", FilterKind::Lang},
                                                                            {"source", FilterKind::Source},
                                                                            {"attr", FilterKind::Attr},
                                                                            {"code", FilterKind::Code}}};

class Lexer {
public:
    explicit Lexer(std::string_view query) : m_q(query) {}

    std::vector<QueryToken> run() {
        std::vector<QueryToken> tokens;
        while (true) {
            while (m_at < m_q.size() && (isSpace(m_q[m_at]) || (m_q[m_at] == ',' && !m_insideNear)))
                ++m_at;
            if (m_at >= m_q.size()) break;
            tokens.push_back(next());
        }
        QueryToken end;
        end.byte = static_cast<std::int64_t>(m_q.size());
        tokens.push_back(std::move(end));
        return tokens;
    }

private:
    [[noreturn]] void fail(std::size_t byte, const std::string& reason) const {
        throw QueryError(m_q, static_cast<std::int64_t>(byte), reason);
    }

    bool isDelimiter(char c) const {
        return isSpace(c) || c == '(' || c == ')' || c == '"' || (c == ',' && m_insideNear);
    }

    QueryToken token(TokenKind kind, std::size_t start) const {
        QueryToken t;
        t.kind = kind;
        t.byte = static_cast<std::int64_t>(start);
        return t;
    }

    QueryToken next() {
        const std::size_t start = m_at;
        const char c = m_q[m_at];
        if (c == '(' || c == ')' || c == ',') {
            ++m_at;
            if (c == ')') m_insideNear = false;
            return token(c == '('   ? TokenKind::LeftParen
                         : c == ')' ? TokenKind::RightParen
                                    : TokenKind::Comma,
                         start);
        }
        if (c == '"') {
            QueryToken t = token(TokenKind::Phrase, start);
            t.text = quoted(start);
            t.prefix = star();
            return t;
        }
        if (c == '-' && m_at + 1 < m_q.size() && !isSpace(m_q[m_at + 1]) && m_q[m_at + 1] != ')' &&
            m_q[m_at + 1] != ',') {
            ++m_at;
            return token(TokenKind::Minus, start);
        }
        if (const auto key = filterKey()) return filter(start, *key);
        return word(start);
    }

    // The text between a quote at m_at and the next quote; the closing quote is consumed.
    std::string quoted(std::size_t open) {
        const auto close = m_q.find('"', open + 1);
        if (close == std::string_view::npos) fail(open, "unclosed quote {at}");
        m_at = close + 1;
        return std::string(m_q.substr(open + 1, close - open - 1));
    }

    bool star() {
        if (m_at < m_q.size() && m_q[m_at] == '*') {
            ++m_at;
            return true;
        }
        return false;
    }

    std::string_view bareRun(bool stopAtOperator) {
        const std::size_t start = m_at;
        while (m_at < m_q.size() && !isDelimiter(m_q[m_at]) &&
               !(stopAtOperator &&
                 (m_q[m_at] == '=' || m_q[m_at] == '!' || m_q[m_at] == '<' || m_q[m_at] == '>')))
            ++m_at;
        return m_q.substr(start, m_at - start);
    }

    // A filter key and its colon at m_at, when the word starts with one.
    std::optional<FilterKind> filterKey() const {
        for (const auto& [key, kind] : kFilterKeys) {
            const std::string_view k(key);
            if (m_q.size() - m_at <= k.size() || m_q[m_at + k.size()] != ':') continue;
            bool same = true;
            for (std::size_t i = 0; i < k.size() && same; ++i)
                same = lower(m_q[m_at + i]) == k[i];
            if (same) return kind;
        }
        return std::nullopt;
    }

    std::string value(const char* what, const std::string& example, std::size_t start, bool stopAtOperator) {
        if (m_at < m_q.size() && m_q[m_at] == '"') return quoted(m_at);
        const auto run = bareRun(stopAtOperator);
        if (run.empty()) fail(start, std::string(what) + " {at} needs a value, as in " + example);
        return std::string(run);
    }

    QueryToken filter(std::size_t start, FilterKind kind) {
        QueryToken t = token(TokenKind::Filter, start);
        t.filter.kind = kind;
        const std::string key = std::string(search::filterKey(kind)) + ":";
        m_at += key.size();
        if (kind != FilterKind::Attr) {
            static const std::array<const char*, 7> examples = {
                "kind:interview",         "case:\"Participant 7\"",
                "speaker:Amira",          "lang:cy",
                "source:\"Interview 3\"", "",
                "code:Barriers/Language"};
            t.filter.valuePosition = static_cast<std::int64_t>(m_at);
            t.filter.value = value(key.c_str(), examples[static_cast<std::size_t>(kind)], start, false);
            return t;
        }
        const std::string example = "attr:status=refused or attr:arrival_year>=2020";
        if (m_at < m_q.size() && m_q[m_at] == '"')
            t.filter.attribute = quoted(m_at);
        else
            t.filter.attribute = std::string(bareRun(true));
        if (t.filter.attribute.empty()) fail(start, "attr: {at} needs an attribute name, as in " + example);
        t.filter.comparison = comparison(start, t.filter.attribute, example);
        t.filter.valuePosition = static_cast<std::int64_t>(m_at);
        t.filter.value = value(("attr:" + t.filter.attribute + comparisonText(t.filter.comparison)).c_str(),
                               example, start, false);
        return t;
    }

    Comparison comparison(std::size_t start, const std::string& attribute, const std::string& example) {
        const auto rest = m_q.substr(m_at);
        static const std::array<std::pair<const char*, Comparison>, 6> operators = {
            {{">=", Comparison::GreaterEqual},
             {"<=", Comparison::LessEqual},
             {"!=", Comparison::NotEqual},
             {"=", Comparison::Equal},
             {"<", Comparison::Less},
             {">", Comparison::Greater}}};
        for (const auto& [text, op] : operators) {
            if (rest.substr(0, std::string_view(text).size()) == text) {
                m_at += std::string_view(text).size();
                return op;
            }
        }
        fail(m_at < m_q.size() ? m_at : start,
             "attr:" + attribute + " {at} needs a comparison (=, !=, <, <=, >, >=) and a value, as in " +
                 example);
    }

    QueryToken word(std::size_t start) {
        const auto run = bareRun(false);
        if (run == "AND") return token(TokenKind::And, start);
        if (run == "OR") return token(TokenKind::Or, start);
        if (run == "NOT") return token(TokenKind::Not, start);
        if (run == "NEAR" && m_at < m_q.size() && m_q[m_at] == '(') {
            ++m_at;
            m_insideNear = true;
            return token(TokenKind::NearOpen, start);
        }
        if (run.substr(0, 5) == "NEAR/") return nearOperator(start, run.substr(5));
        QueryToken t = token(TokenKind::Word, start);
        t.text = std::string(run);
        if (!t.text.empty() && t.text.back() == '*') {
            t.text.pop_back();
            t.prefix = true;
            if (t.text.empty() || t.text.back() == '*')
                fail(start, "* {at} needs letters before it, as in integr* (one * at the end of a word)");
        }
        return t;
    }

    QueryToken nearOperator(std::size_t start, std::string_view digits) {
        if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos)
            fail(start, "NEAR/ {at} needs a distance in words, as in NEAR/5");
        if (digits.size() > 6 || std::stoi(std::string(digits)) > kMaxNearDistance)
            fail(start,
                 "the NEAR distance {at} is too large; use at most " + std::to_string(kMaxNearDistance));
        QueryToken t = token(TokenKind::NearOp, start);
        t.distance = std::stoi(std::string(digits));
        return t;
    }

    std::string_view m_q;
    std::size_t m_at = 0;
    bool m_insideNear = false; // a comma separates NEAR(a b, 5)'s distance; elsewhere it is a space
};

} // namespace

std::vector<QueryToken> lexQuery(std::string_view query) {
    std::int64_t bad = 0;
    if (!text::isValidUtf8(query, &bad)) throw QueryError(query, bad, "the query is not valid UTF-8 {at}");
    if (query.size() > kMaxQueryBytes)
        throw QueryError(query, static_cast<std::int64_t>(kMaxQueryBytes),
                         "the query is too long; it may hold up to " + std::to_string(kMaxQueryBytes) +
                             " bytes, and goes on {at}");
    return Lexer(query).run();
}

} // namespace cairn::search::detail
