#include "import/markdown.h"

#include "import/markdown_inline.h"
#include "text/normalize.h"

#include <algorithm>
#include <optional>

namespace cairn::import {

namespace {

using Kind = TextBlock::Kind;

std::vector<std::string_view> splitLines(std::string_view s) {
    std::vector<std::string_view> lines;
    for (std::size_t start = 0; start <= s.size();) {
        const auto end = std::min(s.find('\n', start), s.size());
        lines.push_back(s.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::size_t indentOf(std::string_view line) {
    return std::min(line.find_first_not_of(' '), line.size());
}
bool isBlank(std::string_view line) {
    return text::trim(line).empty();
}

// A run of one character, at least `minimum` long, optionally separated by spaces ("* * *").
bool isRuleOf(std::string_view line, std::string_view chars, std::size_t minimum, bool spacesInside) {
    line = text::trim(line);
    if (line.empty() || chars.find(line[0]) == std::string_view::npos) return false;
    std::size_t count = 0;
    for (const char c : line) {
        if (c == line[0])
            ++count;
        else if (!(spacesInside && c == ' '))
            return false;
    }
    return count >= minimum;
}

struct ListMarker {
    std::size_t contentStart;
    bool ordered;
    bool startsAtOne;
};

std::optional<ListMarker> listMarker(std::string_view line) {
    const auto indent = indentOf(line);
    const auto rest = line.substr(indent);
    std::size_t markerEnd = 0;
    bool ordered = false;
    if (!rest.empty() && (rest[0] == '-' || rest[0] == '*' || rest[0] == '+')) {
        markerEnd = 1;
    } else {
        const auto digits = std::min(rest.find_first_not_of("0123456789"), rest.size());
        if (digits == 0 || digits > 9 || digits >= rest.size() ||
            (rest[digits] != '.' && rest[digits] != ')'))
            return std::nullopt;
        markerEnd = digits + 1;
        ordered = true;
    }
    if (markerEnd < rest.size() && rest[markerEnd] != ' ' && rest[markerEnd] != '\t') return std::nullopt;
    auto content = indent + markerEnd;
    while (content < line.size() && (line[content] == ' ' || line[content] == '\t'))
        ++content;
    // A task list's checkbox is markup too.
    const auto body = line.substr(content);
    if (body.size() >= 3 && body[0] == '[' && body[2] == ']' &&
        (body[1] == ' ' || body[1] == 'x' || body[1] == 'X'))
        content = std::min(line.size(), content + 4);
    return ListMarker{content, ordered, ordered && rest.substr(0, markerEnd - 1) == "1"};
}

std::optional<std::size_t> atxLevelEnd(std::string_view line) {
    if (indentOf(line) > 3) return std::nullopt;
    const auto rest = line.substr(indentOf(line));
    const auto hashes = std::min(rest.find_first_not_of('#'), rest.size());
    if (hashes == 0 || hashes > 6 || (hashes < rest.size() && rest[hashes] != ' ' && rest[hashes] != '\t'))
        return std::nullopt;
    return indentOf(line) + hashes;
}

std::optional<std::string_view> fenceOf(std::string_view line) {
    if (indentOf(line) > 3) return std::nullopt;
    const auto rest = line.substr(indentOf(line));
    if (rest.empty() || (rest[0] != '`' && rest[0] != '~')) return std::nullopt;
    const auto run = std::min(rest.find_first_not_of(rest[0]), rest.size());
    if (run < 3 || (rest[0] == '`' && rest.find('`', run) != std::string_view::npos)) return std::nullopt;
    return rest.substr(0, run);
}

bool isTableDelimiterRow(std::string_view line) {
    line = text::trim(line);
    return line.find('-') != std::string_view::npos && line.find('|') != std::string_view::npos &&
           line.find_first_not_of("|-: \t") == std::string_view::npos;
}

bool isLinkDefinition(std::string_view line) {
    const auto rest = line.substr(indentOf(line));
    const auto close = rest.find("]:");
    return indentOf(line) <= 3 && !rest.empty() && rest[0] == '[' && close != std::string_view::npos &&
           rest.find(']') == close;
}

class Reader {
public:
    explicit Reader(std::vector<TextBlock>& out) : m_out(out) {}

    void read(const std::vector<std::string_view>& lines) {
        for (std::size_t i = 0; i < lines.size();)
            i = readLine(lines, i);
        flush();
    }

private:
    std::size_t readLine(const std::vector<std::string_view>& lines, std::size_t i) {
        const auto line = lines[i];
        if (isBlank(line)) {
            flush();
            m_inTable = false;
            return i + 1;
        }
        if (const auto fence = fenceOf(line)) return readFence(lines, i, *fence);
        if (const auto end = atxLevelEnd(line)) {
            flush();
            auto title = text::trim(line.substr(*end));
            const auto closing = title.find_last_not_of('#');
            if (closing == std::string_view::npos)
                title = {};
            else if (closing + 1 < title.size() && (title[closing] == ' ' || title[closing] == '\t'))
                title = text::trim(title.substr(0, closing));
            emit(title, Kind::Heading);
            return i + 1;
        }
        const bool inParagraph = !m_lines.empty() && m_kind == Kind::Paragraph;
        if (inParagraph && indentOf(line) <= 3 &&
            (isRuleOf(line, "=", 1, false) || isRuleOf(line, "-", 1, false))) {
            m_kind = Kind::Heading; // setext heading: the paragraph above is its text
            flush();
            return i + 1;
        }
        if (indentOf(line) <= 3 && isRuleOf(line, "-*_", 3, true)) {
            flush();
            return i + 1;
        }
        if (indentOf(line) <= 3 && line.substr(indentOf(line)).substr(0, 1) == ">")
            return readQuote(lines, i);
        if (line.find('|') != std::string_view::npos &&
            (m_inTable || (i + 1 < lines.size() && isTableDelimiterRow(lines[i + 1])) ||
             text::trim(line).substr(0, 1) == "|"))
            return readTableRow(line, i);
        if (const auto marker = listMarker(line);
            marker && (!inParagraph || !marker->ordered || marker->startsAtOne)) {
            flush();
            m_kind = Kind::ListItem;
            m_lines.push_back(line.substr(marker->contentStart));
            return i + 1;
        }
        if (m_lines.empty() &&
            (isLinkDefinition(line) || (text::trim(line).substr(0, 4) == "<!--" &&
                                        text::trim(line).substr(text::trim(line).size() - 3) == "-->")))
            return i + 1;
        if (m_lines.empty()) m_kind = Kind::Paragraph;
        m_lines.push_back(line); // a paragraph line, or a list item's continuation
        return i + 1;
    }

    std::size_t readFence(const std::vector<std::string_view>& lines, std::size_t i, std::string_view fence) {
        flush();
        std::string code;
        std::size_t k = i + 1;
        for (; k < lines.size(); ++k) {
            const auto closing = fenceOf(lines[k]);
            if (closing && (*closing)[0] == fence[0] && closing->size() >= fence.size() &&
                isBlank(text::trim(lines[k]).substr(closing->size())))
                break;
            if (!code.empty() || !isBlank(lines[k])) code += std::string(lines[k]) + "\n";
        }
        if (!isBlank(code)) m_out.push_back({std::string(text::trim(code)), Kind::Paragraph});
        return k + 1;
    }

    std::size_t readQuote(const std::vector<std::string_view>& lines, std::size_t i) {
        flush();
        std::string inner;
        for (; i < lines.size(); ++i) {
            const auto rest = lines[i].substr(indentOf(lines[i]));
            if (indentOf(lines[i]) > 3 || rest.empty() || rest[0] != '>') break;
            inner += std::string(rest.substr(rest.size() > 1 && rest[1] == ' ' ? 2 : 1)) + "\n";
        }
        Reader nested(m_out);
        nested.read(splitLines(inner));
        return i;
    }

    std::size_t readTableRow(std::string_view line, std::size_t i) {
        flush();
        m_inTable = true;
        if (isTableDelimiterRow(line)) return i + 1;
        auto row = text::trim(line);
        if (!row.empty() && row.front() == '|') row.remove_prefix(1);
        if (!row.empty() && row.back() == '|' && (row.size() < 2 || row[row.size() - 2] != '\\'))
            row.remove_suffix(1);
        std::string joined;
        std::size_t start = 0;
        for (std::size_t k = 0; k <= row.size(); ++k) {
            if (k < row.size() && (row[k] != '|' || (k > 0 && row[k - 1] == '\\'))) continue;
            const auto cell = renderMarkdownInline(text::trim(row.substr(start, k - start)));
            if (!joined.empty() || start > 0) joined += " | ";
            joined += cell.text;
            start = k + 1;
        }
        if (!text::trim(joined).empty()) m_out.push_back({std::move(joined), Kind::TableRow});
        return i + 1;
    }

    void emit(std::string_view markdown, Kind kind) {
        auto rendered = renderMarkdownInline(markdown);
        if (text::trim(rendered.text).empty()) return;
        m_out.push_back({std::move(rendered.text), kind, std::move(rendered.strong)});
    }

    // Ends the open paragraph or list item. Trailing spaces and a trailing backslash (hard breaks)
    // are markup; the line break itself stays.
    void flush() {
        if (m_lines.empty()) return;
        std::string joined;
        for (auto l : m_lines) {
            l = l.substr(std::min(l.find_first_not_of(" \t"), l.size()));
            while (!l.empty() && (l.back() == ' ' || l.back() == '\t'))
                l.remove_suffix(1);
            if (!l.empty() && l.back() == '\\') l.remove_suffix(1);
            if (!joined.empty()) joined += '\n';
            joined += l;
        }
        m_lines.clear();
        emit(joined, m_kind);
    }

    std::vector<TextBlock>& m_out;
    std::vector<std::string_view> m_lines;
    Kind m_kind = Kind::Paragraph;
    bool m_inTable =
        false; // after a table's first row, a line with a pipe is a row even without a leading one
};

// YAML front matter: "---" on the first line, closed by "---" or "..."; only its title is kept.
std::size_t frontMatter(const std::vector<std::string_view>& lines, std::string& title) {
    if (lines.empty() || text::trim(lines[0]) != "---") return 0;
    for (std::size_t i = 1; i < lines.size() && i < 200; ++i) {
        const auto line = text::trim(lines[i]);
        if (line == "---" || line == "...") return i + 1;
        if (line.substr(0, 6) == "title:") {
            auto value = text::trim(line.substr(6));
            if (value.size() >= 2 && (value[0] == '"' || value[0] == '\'') && value.back() == value[0])
                value = value.substr(1, value.size() - 2);
            title = std::string(value);
        }
    }
    title.clear();
    return 0;
}

} // namespace

MarkdownContent markdownBlocks(std::string_view utf8Canonical) {
    MarkdownContent content;
    auto lines = splitLines(utf8Canonical);
    const auto skip = frontMatter(lines, content.title);
    lines.erase(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(skip));
    Reader(content.blocks).read(lines);
    return content;
}

ParsedDocument parseMarkdown(std::string_view utf8Canonical, const LayoutChoice& layout) {
    auto content = markdownBlocks(utf8Canonical);
    auto doc = documentFromBlocks(content.blocks, "markdown", layout);
    if (!content.title.empty()) doc.title = std::move(content.title);
    return doc;
}

} // namespace cairn::import
