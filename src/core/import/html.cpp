#include "import/html.h"

#include "common/error.h"
#include "text/normalize.h"

#include <algorithm>
#include <array>
#include <climits>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <memory>

namespace cairn::import {

namespace {

using Kind = TextBlock::Kind;

std::string_view nameOf(const xmlNode* n) {
    return n->name ? reinterpret_cast<const char*>(n->name) : "";
}

template <std::size_t N> bool isOneOf(std::string_view name, const std::array<std::string_view, N>& names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

constexpr std::array<std::string_view, 12> kDropped{"script", "style",  "noscript", "template",
                                                    "iframe", "object", "svg",      "math",
                                                    "canvas", "select", "button",   "head"};
constexpr std::array<std::string_view, 40> kBlocks{
    "p",      "div",     "li",      "ul",         "ol",      "dl",         "dt",      "dd",
    "h1",     "h2",      "h3",      "h4",         "h5",      "h6",         "table",   "thead",
    "tbody",  "tfoot",   "caption", "blockquote", "pre",     "section",    "article", "header",
    "footer", "main",    "aside",   "nav",        "figure",  "figcaption", "form",    "fieldset",
    "legend", "address", "hr",      "details",    "summary", "center",     "hgroup",  "body"};

bool isHeading(std::string_view name) {
    return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

// Collects inline text into the open block and ends blocks at block elements.
class Walker {
public:
    explicit Walker(HtmlContent& out) : m_out(out) {}

    void walk(const xmlNode* node, Kind kind, bool pre) {
        for (const xmlNode* n = node; n; n = n->next) {
            if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
                appendText(n->content ? reinterpret_cast<const char*>(n->content) : "", pre);
            } else if (n->type == XML_ELEMENT_NODE) {
                element(n, kind, pre);
            }
        }
    }

    void flush(Kind kind) {
        const auto trimmed = text::trim(m_text);
        if (!trimmed.empty()) {
            const auto lead = static_cast<std::size_t>(trimmed.data() - m_text.data());
            std::vector<ByteRange> strong;
            for (const auto& r : m_strong) {
                const auto begin = std::max(r.begin, lead) - lead,
                           end = std::min(r.end - lead, trimmed.size());
                if (r.end > lead && begin < end) strong.push_back({begin, end});
            }
            m_out.blocks.push_back({std::string(trimmed), kind, std::move(strong)});
        }
        m_text.clear();
        m_strong.clear();
        m_pendingSpace = false;
    }

private:
    void element(const xmlNode* n, Kind kind, bool pre) {
        const auto name = nameOf(n);
        if (name == "head") return readTitle(n->children);
        if (isOneOf(name, kDropped) || xmlHasProp(n, reinterpret_cast<const xmlChar*>("hidden"))) return;
        if (name == "br") {
            m_text += '\n';
            m_pendingSpace = false;
        } else if (name == "tr") {
            flush(kind);
            readRow(n);
        } else if (name == "b" || name == "strong") {
            materialiseSpace();
            const auto begin = m_text.size();
            walk(n->children, kind, pre);
            if (m_text.size() > begin) m_strong.push_back({begin, m_text.size()});
        } else if (isOneOf(name, kBlocks) || name == "td" || name == "th") {
            const Kind inner = isHeading(name) ? Kind::Heading : name == "li" ? Kind::ListItem : kind;
            flush(kind);
            walk(n->children, inner, pre || name == "pre");
            flush(inner);
        } else {
            walk(n->children, kind, pre);
        }
    }

    // A row's cells, each read as inline text (blocks inside a cell run together with spaces).
    void readRow(const xmlNode* row) {
        std::string joined;
        bool any = false;
        for (const xmlNode* cell = row->children; cell; cell = cell->next) {
            if (cell->type != XML_ELEMENT_NODE || (nameOf(cell) != "td" && nameOf(cell) != "th")) continue;
            HtmlContent scratch;
            Walker inner(scratch);
            inner.walk(cell->children, Kind::Paragraph, false);
            inner.flush(Kind::Paragraph);
            std::string cellText;
            for (const auto& b : scratch.blocks)
                cellText += (cellText.empty() ? "" : " ") + b.text;
            std::replace(cellText.begin(), cellText.end(), '\n', ' ');
            if (any) joined += " | ";
            joined += cellText;
            any = true;
        }
        if (!text::trim(joined).empty() && joined.find_first_not_of(" |") != std::string::npos)
            m_out.blocks.push_back({joined, Kind::TableRow});
    }

    void readTitle(const xmlNode* n) {
        for (; n; n = n->next) {
            if (n->type != XML_ELEMENT_NODE || nameOf(n) != "title" || !m_out.title.empty()) continue;
            HtmlContent scratch;
            Walker inner(scratch);
            inner.walk(n->children, Kind::Paragraph, false);
            inner.flush(Kind::Paragraph);
            if (!scratch.blocks.empty()) m_out.title = scratch.blocks.front().text;
        }
    }

    void materialiseSpace() {
        if (m_pendingSpace && !m_text.empty() && m_text.back() != '\n') m_text += ' ';
        m_pendingSpace = false;
    }

    void appendText(std::string_view s, bool pre) {
        if (pre) {
            materialiseSpace();
            m_text += s;
            return;
        }
        for (const char c : s) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                m_pendingSpace = true;
            } else {
                materialiseSpace();
                m_text += c;
            }
        }
    }

    HtmlContent& m_out;
    std::string m_text;
    std::vector<ByteRange> m_strong;
    bool m_pendingSpace = false;
};

struct DocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

} // namespace

HtmlContent htmlBlocks(std::string_view utf8) {
    static const bool initialised = [] {
        xmlInitParser(); // once, before any thread parses: libxml2's globals are not lazily thread-safe
        return true;
    }();
    (void)initialised;
    if (utf8.size() > static_cast<std::size_t>(INT_MAX)) throw InvalidInput("the HTML file is too large");
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_COMPACT;
    std::unique_ptr<xmlDoc, DocFree> doc(
        htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", options));
    if (!doc) throw InvalidInput("the file could not be read as HTML");
    HtmlContent content;
    Walker walker(content);
    walker.walk(xmlDocGetRootElement(doc.get()), Kind::Paragraph, false);
    walker.flush(Kind::Paragraph);
    return content;
}

ParsedDocument parseHtml(std::string_view utf8Canonical, const LayoutChoice& layout) {
    auto content = htmlBlocks(utf8Canonical);
    auto doc = documentFromBlocks(content.blocks, "html", layout);
    if (!content.title.empty()) doc.title = std::move(content.title);
    return doc;
}

std::string declaredHtmlCharset(std::string_view rawBytes) {
    std::string head(rawBytes.substr(0, 1024));
    std::transform(head.begin(), head.end(), head.begin(),
                   [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
    for (auto meta = head.find("<meta"); meta != std::string::npos; meta = head.find("<meta", meta + 5)) {
        const auto tagEnd = std::min(head.find('>', meta), head.size());
        const auto at = head.find("charset=", meta);
        if (at == std::string::npos || at > tagEnd) continue;
        auto value = std::string_view(head).substr(at + 8, tagEnd - at - 8);
        while (!value.empty() && (value[0] == '"' || value[0] == '\'' || value[0] == ' '))
            value.remove_prefix(1);
        value = value.substr(0, value.find_first_of("\"'; />"));
        if (value.empty()) continue;
        if (value == "iso-8859-1" || value == "latin1" || value == "us-ascii" || value == "ascii" ||
            value == "iso8859-1" || value == "l1")
            return "windows-1252";
        if (value.substr(0, 6) == "utf-16") return "UTF-8"; // a UTF-16 page could not be prescanned as ASCII
        return std::string(value);
    }
    return {};
}

} // namespace cairn::import
