#include "import/markdown_inline.h"

#include "import/char_refs.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace cairn::import {

namespace {

// The inline content as a sequence of pieces; delimiter runs are resolved before anything is written.
struct Token {
    enum class Kind { Text, Literal, Delimiter } kind = Kind::Text;
    std::string text; // Text and Literal
    char delimiter = 0;
    int count = 0;     // delimiter characters in the run
    int remaining = 0; // those not used as emphasis: written out literally
    bool canOpen = false;
    bool canClose = false;
};

struct Pair {
    std::size_t opener, closer;
};

// Where each closing part of inline markup is, found once for the whole text: a paragraph full of
// unmatched "[", "`" or "<" then costs one pass, not one scan to the end per opening character.
class Closers {
public:
    explicit Closers(std::string_view all) : m_all(all) {
        std::vector<std::size_t> open;
        for (std::size_t k = 0; k < all.size(); ++k) {
            if (all[k] == '\\') {
                ++k;
            } else if (all[k] == '[') {
                open.push_back(k);
            } else if (all[k] == ']' && !open.empty()) {
                m_bracket[open.back()] = k;
                open.pop_back();
            } else if (all[k] == '`' && (k == 0 || all[k - 1] != '`')) {
                const auto end = std::min(all.find_first_not_of('`', k), all.size());
                m_backtickRuns[end - k].push_back(k);
            }
        }
    }

    /// Offset in the whole text of the "]" matching the "[" at `open`, or npos.
    std::size_t bracket(std::size_t open) const {
        const auto it = m_bracket.find(open);
        return it == m_bracket.end() ? std::string_view::npos : it->second;
    }

    /// Offset of the first run of exactly `length` backticks after `from`, or npos.
    std::size_t backtickRun(std::size_t length, std::size_t from) const {
        const auto it = m_backtickRuns.find(length);
        if (it == m_backtickRuns.end()) return std::string_view::npos;
        const auto next = std::upper_bound(it->second.begin(), it->second.end(), from);
        return next == it->second.end() ? std::string_view::npos : *next;
    }

    /// Offset of the next `c` at or after `from`. The tokenizer asks with mostly rising positions,
    /// so the last answer for each character is kept and reused while it is still the next one.
    std::size_t next(char c, std::size_t from) {
        auto& [cachedFrom, result] =
            m_next.try_emplace(static_cast<unsigned char>(c), std::string_view::npos, std::string_view::npos)
                .first->second;
        const bool valid = cachedFrom != std::string_view::npos && cachedFrom <= from &&
                           (result == std::string_view::npos || from <= result);
        if (!valid) {
            cachedFrom = from;
            result = m_all.find(c, from);
        }
        return result;
    }

private:
    std::string_view m_all;
    std::map<std::size_t, std::size_t> m_bracket;
    std::map<std::size_t, std::vector<std::size_t>> m_backtickRuns;
    std::map<unsigned char, std::pair<std::size_t, std::size_t>> m_next; // character -> (asked from, answer)
};

bool isAsciiPunct(char c) {
    return c > 0 && std::ispunct(static_cast<unsigned char>(c));
}
bool isSpaceOrEdge(char c) {
    return c == 0 || c == ' ' || c == '\t' || c == '\n';
}

class Tokenizer {
public:
    Tokenizer(std::vector<Token>& out, std::string_view all) : m_out(out), m_all(all), m_closers(all) {}

    void run(std::string_view s) {
        std::size_t i = 0;
        while (i < s.size()) {
            const char c = s[i];
            if (c == '\\' && i + 1 < s.size() && isAsciiPunct(s[i + 1])) {
                literal(std::string(1, s[i + 1]));
                i += 2;
            } else if (c == '`') {
                i = codeSpan(s, i);
            } else if (c == '*' || c == '_' || c == '~') {
                i = delimiterRun(s, i);
            } else if (c == '[' || (c == '!' && i + 1 < s.size() && s[i + 1] == '[')) {
                i = link(s, i);
            } else if (c == '<') {
                i = angle(s, i);
            } else {
                const auto next = s.find_first_of("\\`*_~[!<", i + 1);
                text(s.substr(i, (next == std::string_view::npos ? s.size() : next) - i));
                i = next == std::string_view::npos ? s.size() : next;
            }
        }
    }

private:
    // Offsets in a view of part of the text (link text is tokenised on its own) to the whole, and back.
    std::size_t whole(std::string_view s, std::size_t k) const {
        return static_cast<std::size_t>(s.data() - m_all.data()) + k;
    }
    std::size_t local(std::string_view s, std::size_t k) const {
        return k == std::string_view::npos || k >= whole(s, s.size()) ? std::string_view::npos
                                                                      : k - whole(s, 0);
    }

    void text(std::string_view t) { m_out.push_back({Token::Kind::Text, std::string(t)}); }
    void literal(std::string t) { m_out.push_back({Token::Kind::Literal, std::move(t)}); }

    // `code`: the run of backticks closes at the next run of the same length.
    std::size_t codeSpan(std::string_view s, std::size_t i) {
        const auto runEnd = s.find_first_not_of('`', i);
        const auto length = (runEnd == std::string_view::npos ? s.size() : runEnd) - i;
        const auto close = local(s, m_closers.backtickRun(length, whole(s, i)));
        if (close != std::string_view::npos) {
            auto content = std::string(s.substr(i + length, close - i - length));
            std::replace(content.begin(), content.end(), '\n', ' ');
            if (content.size() > 2 && content.front() == ' ' && content.back() == ' ')
                content = content.substr(1, content.size() - 2);
            literal(std::move(content));
            return close + length;
        }
        literal(std::string(s.substr(i, length)));
        return i + length;
    }

    std::size_t delimiterRun(std::string_view s, std::size_t i) {
        const char c = s[i];
        const auto end = std::min(s.find_first_not_of(c, i), s.size());
        const char before = i > 0 ? s[i - 1] : 0;
        const char after = end < s.size() ? s[end] : 0;
        // CommonMark's flanking rules, with non-ASCII characters counted as letters.
        const bool left =
            !isSpaceOrEdge(after) && (!isAsciiPunct(after) || isSpaceOrEdge(before) || isAsciiPunct(before));
        const bool right =
            !isSpaceOrEdge(before) && (!isAsciiPunct(before) || isSpaceOrEdge(after) || isAsciiPunct(after));
        Token t{Token::Kind::Delimiter, {}, c, static_cast<int>(end - i), static_cast<int>(end - i)};
        if (c == '_') { // intraword underscores (snake_case) are not emphasis
            t.canOpen = left && (!right || isAsciiPunct(before));
            t.canClose = right && (!left || isAsciiPunct(after));
        } else {
            t.canOpen = left;
            t.canClose = right;
        }
        if (c == '~' && t.count != 2) t.canOpen = t.canClose = false;
        m_out.push_back(std::move(t));
        return end;
    }

    // [text](url), [text][ref], [text][], ![alt](src): the text is kept and tokenised in turn.
    std::size_t link(std::string_view s, std::size_t i) {
        const std::size_t open = s[i] == '!' ? i + 1 : i;
        const auto close = local(s, m_closers.bracket(whole(s, open)));
        const char follow = close + 1 < s.size() ? s[close + 1] : 0;
        const auto target = close == std::string_view::npos || (follow != '(' && follow != '[')
                                ? std::string_view::npos
                                : local(s, m_closers.next(follow == '(' ? ')' : ']', whole(s, close + 2)));
        if (target == std::string_view::npos) { // "[laughs]", "[00:12:34]": not a link
            text(s.substr(i, open + 1 - i));
            return open + 1;
        }
        run(s.substr(open + 1, close - open - 1));
        return target + 1;
    }

    // <https://…> is an autolink; <b>, </span>, <!-- … --> are inline HTML, dropped.
    std::size_t angle(std::string_view s, std::size_t i) {
        const auto close = local(s, m_closers.next('>', whole(s, i)));
        const auto inside =
            close == std::string_view::npos ? std::string_view() : s.substr(i + 1, close - i - 1);
        const bool autolink = inside.find("://") != std::string_view::npos || inside.find("mailto:") == 0;
        const bool tag = !inside.empty() && (std::isalpha(static_cast<unsigned char>(inside[0])) ||
                                             inside[0] == '/' || inside.substr(0, 3) == "!--");
        if (close == std::string_view::npos || inside.find_first_of(" \n") == 0 || (!autolink && !tag)) {
            text("<");
            return i + 1;
        }
        if (autolink && inside.find(' ') == std::string_view::npos) literal(std::string(inside));
        return close + 1;
    }

    std::vector<Token>& m_out;
    std::string_view m_all;
    Closers m_closers;
};

// CommonMark's "process emphasis", without the rule of three: each closer takes the nearest opener of
// the same character, two characters at a time while both runs have two, one otherwise. Without that
// rule the nearest opener is the top of its character's stack, so a run of thousands of unmatched
// asterisks costs linear time, not quadratic.
std::vector<Pair> matchDelimiters(std::vector<Token>& tokens, std::vector<bool>& strongPair) {
    std::vector<Pair> pairs;
    std::map<char, std::vector<std::size_t>> openers; // token indexes, innermost last
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        auto& closer = tokens[k];
        if (closer.kind != Token::Kind::Delimiter) continue;
        auto& stack = openers[closer.delimiter];
        while (closer.canClose && closer.remaining > 0 && !stack.empty()) {
            const auto o = stack.back();
            auto& opener = tokens[o];
            const int use = opener.remaining >= 2 && closer.remaining >= 2 ? 2 : 1;
            opener.remaining -= use;
            closer.remaining -= use;
            pairs.push_back({o, k});
            strongPair.push_back(use == 2 && closer.delimiter != '~');
            if (opener.remaining == 0) stack.pop_back();
            // Openers of other characters inside the pair can no longer close outside it.
            for (auto& [c, others] : openers)
                while (c != closer.delimiter && !others.empty() && others.back() > o)
                    others.pop_back();
        }
        if (closer.canOpen && closer.remaining > 0) stack.push_back(k);
    }
    return pairs;
}

} // namespace

InlineText renderMarkdownInline(std::string_view markdown) {
    std::vector<Token> tokens;
    Tokenizer(tokens, markdown).run(markdown);
    std::vector<bool> strongPair;
    const auto pairs = matchDelimiters(tokens, strongPair);

    InlineText out;
    std::vector<std::size_t> startOf(tokens.size()), endOf(tokens.size());
    std::string pending; // Text tokens are decoded for character references together, as written
    const auto flush = [&] {
        out.text += decodeCharacterReferences(pending);
        pending.clear();
    };
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const auto& t = tokens[k];
        if (t.kind == Token::Kind::Text) {
            pending += t.text;
            continue;
        }
        flush();
        startOf[k] = out.text.size();
        if (t.kind == Token::Kind::Literal)
            out.text += t.text;
        else
            out.text.append(static_cast<std::size_t>(t.remaining), t.delimiter);
        endOf[k] = out.text.size();
    }
    flush();
    for (std::size_t p = 0; p < pairs.size(); ++p)
        if (strongPair[p] && endOf[pairs[p].opener] < startOf[pairs[p].closer])
            out.strong.push_back({endOf[pairs[p].opener], startOf[pairs[p].closer]});
    std::sort(out.strong.begin(), out.strong.end(),
              [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
    return out;
}

} // namespace cairn::import
