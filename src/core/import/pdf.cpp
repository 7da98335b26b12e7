#include "import/pdf.h"

#include "common/error.h"
#include "import/transcript_layout.h"
#include "text/normalize.h"
#include "text/utf.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <memory>
#include <mutex>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace cairn::import {
namespace {

using Lines = std::vector<std::string>;

// Poppler reports every recoverable syntax problem on stderr; for a damaged file the user gets our
// one InvalidInput instead. The handler is process-wide, which is what we want in every Cairn binary.
void silencePoppler() {
    static std::once_flag once;
    std::call_once(once,
                   [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

std::string utf8(const poppler::ustring& text) {
    const auto bytes = text.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

// One page's lines with trailing whitespace removed; leading spaces are kept for measuring.
Lines pageLines(const poppler::page& page) {
    Lines lines;
    const auto text = utf8(page.text(poppler::rectf(), poppler::page::physical_layout));
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        auto line = text.substr(start, end - start);
        line.erase(line.find_last_not_of(" \t\r\f\v") + 1);
        lines.push_back(std::move(line));
        start = end + 1;
    }
    while (!lines.empty() && lines.back().empty())
        lines.pop_back();
    return lines;
}

bool blank(const Lines& lines) {
    return std::all_of(lines.begin(), lines.end(),
                       [](const std::string& l) { return text::trim(l).empty(); });
}

// A header or footer compared without its digits (page numbers) or spacing.
std::string runningLineKey(std::string_view line) {
    std::string key;
    for (const char c : text::trim(line)) {
        if (c >= '0' && c <= '9') {
            if (key.empty() || key.back() != '#') key += '#';
        } else if (c != ' ') {
            key += c;
        }
    }
    return key;
}

// Index of the first or the last line with text; `lines` must not be blank.
std::size_t edgeLine(const Lines& lines, bool last) {
    std::size_t i = last ? lines.size() - 1 : 0;
    while (text::trim(lines[i]).empty())
        last ? --i : ++i;
    return i;
}

// Drops the first (then the last) line with text of every text page when it is the same on all of
// them. Needs three pages: on two, a repeated line is as likely to be content.
void dropRunningLines(std::vector<Lines>& pages) {
    std::vector<Lines*> textPages;
    for (auto& lines : pages)
        if (!blank(lines)) textPages.push_back(&lines);
    if (textPages.size() < 3) return;
    for (const bool last : {false, true}) {
        if (std::any_of(textPages.begin(), textPages.end(), [](Lines* l) { return blank(*l); })) return;
        const auto key = runningLineKey((*textPages.front())[edgeLine(*textPages.front(), last)]);
        const bool everywhere = std::all_of(textPages.begin(), textPages.end(), [&](Lines* l) {
            return runningLineKey((*l)[edgeLine(*l, last)]) == key;
        });
        if (!everywhere) continue;
        for (auto* lines : textPages)
            lines->erase(lines->begin() + static_cast<std::ptrdiff_t>(edgeLine(*lines, last)));
    }
}

UChar32 firstCodePoint(std::string_view s) {
    const auto head = icu::UnicodeString::fromUTF8(
        icu::StringPiece(s.data(), static_cast<std::int32_t>(std::min<std::size_t>(s.size(), 4))));
    return head.isEmpty() ? 0 : head.char32At(0);
}

// The code point ending at byte `end`: decoding the last four bytes is enough, whatever precedes.
UChar32 codePointBefore(std::string_view s, std::size_t end) {
    const auto start = end >= 4 ? end - 4 : 0;
    const auto tail = icu::UnicodeString::fromUTF8(
        icu::StringPiece(s.data() + start, static_cast<std::int32_t>(end - start)));
    return tail.isEmpty() ? 0 : tail.char32At(tail.length() - 1);
}

// Collapses the runs of spaces physical layout uses for horizontal position.
std::string collapseSpaces(std::string_view line) {
    std::string out;
    for (const char c : text::trim(line)) {
        const bool space = c == ' ' || c == '\t';
        if (space && !out.empty() && out.back() == ' ') continue;
        out += space ? ' ' : c;
    }
    return out;
}

// A list item: a bullet glyph opens a new paragraph even when the line before it was full width.
bool startsWithBullet(const std::string& line) {
    switch (firstCodePoint(line)) {
    case U'\u2022': // •
    case U'\u25E6': // ◦
    case U'\u25AA': // ▪
    case U'\u2023': // ‣
    case U'\u25CF': // ●
    case U'\u25CB': // ○
    case U'\u25A0': // ■
    case U'\u2013': // –
        return true;
    default:
        return false;
    }
}

// A line that opens a speaker turn in some transcript layout. PDF transcripts often put one turn a
// line with no gap between turns; such a line is kept on a line of its own within the paragraph, so
// documentFromBlocks sees it, and stays plain prose if the document is not taken as a transcript.
bool opensTurn(const std::string& line) {
    const auto& layouts = transcriptLayouts();
    return std::any_of(layouts.begin(), layouts.end(),
                       [&](const std::string& layout) { return matchTurnLabel(layout, line).has_value(); });
}

// Appends a line to a paragraph: a space between, nothing where a hyphenated word is rejoined, or a
// line break before a speaker label.
void appendLine(std::string& paragraph, const std::string& line) {
    if (paragraph.empty()) {
        paragraph = line;
        return;
    }
    if (opensTurn(line)) {
        paragraph += '\n';
        paragraph += line;
        return;
    }
    const auto n = paragraph.size();
    if (n >= 2 && paragraph.back() == '-' && u_isalpha(codePointBefore(paragraph, n - 1)) &&
        u_islower(firstCodePoint(line))) {
        paragraph.pop_back();
        paragraph += line;
        return;
    }
    paragraph += ' ';
    paragraph += line;
}

class ParagraphBuilder {
public:
    void addPage(const Lines& lines) {
        // Blank lines at the top and foot of a page (left by margins or a dropped header) are not
        // paragraph gaps: a paragraph may run on from the previous page.
        auto first = lines.begin(), last = lines.end();
        while (first != last && text::trim(*first).empty())
            ++first;
        while (last != first && text::trim(*(last - 1)).empty())
            --last;
        std::int64_t widest = 0;
        for (auto it = first; it != last; ++it)
            widest = std::max(widest, text::codePointCount(*it));
        for (auto it = first; it != last; ++it) {
            const auto line = collapseSpaces(*it);
            if (line.empty()) {
                finish();
                continue;
            }
            // A paragraph left open at the foot of the previous page goes on only in lower case.
            if (it == first && m_open && !u_islower(firstCodePoint(line))) finish();
            if (startsWithBullet(line)) finish();
            appendLine(m_paragraph, line);
            m_open = true;
            if (3 * text::codePointCount(*it) < 2 * widest) finish(); // a short line ends its paragraph
        }
    }

    std::vector<TextBlock> take() {
        finish();
        return std::move(m_blocks);
    }

private:
    void finish() {
        m_open = false;
        if (m_paragraph.empty()) return;
        if (!text::isValidUtf8(m_paragraph))
            throw InvalidInput("not a valid PDF file: its text layer is not valid Unicode");
        m_blocks.push_back({text::canonicalText(m_paragraph), TextBlock::Kind::Paragraph});
        m_paragraph.clear();
    }

    std::string m_paragraph;
    bool m_open = false;
    std::vector<TextBlock> m_blocks;
};

bool isPdfSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Poppler rebuilds a damaged cross-reference table by scanning for "N G obj" and sizes its table by
// the largest N: one forged "8000000 0 obj" in a 1 KB file costs it seconds and hundreds of MB before
// it fails anyway (found by fuzz_pdf). Each top-level object of an honest file takes well over four
// bytes, so a number far beyond the file's size can only be damage.
void refuseImpossibleObjectNumbers(std::string_view bytes) {
    const std::uint64_t limit = std::max<std::uint64_t>(std::uint64_t{1} << 16, bytes.size() / 4);
    for (auto at = bytes.find("obj"); at != std::string_view::npos; at = bytes.find("obj", at + 3)) {
        std::size_t i = at;
        const auto skip = [&](bool (*what)(char)) {
            const auto from = i;
            while (i > 0 && what(bytes[i - 1]))
                --i;
            return from - i;
        };
        if (!skip(isPdfSpace) || !skip(isDigit) || !skip(isPdfSpace)) continue;
        const auto digits = skip(isDigit);
        if (digits == 0) continue;
        const auto number = bytes.substr(i, digits);
        if (digits > 12 || std::stoull(std::string(number)) > limit)
            throw InvalidInput("not a valid PDF file: it is damaged (it numbers an object " +
                               std::string(number) + ", impossible for its size)");
    }
}

std::unique_ptr<poppler::document> load(std::string_view bytes) {
    if (bytes.size() > static_cast<std::size_t>(INT_MAX))
        throw InvalidInput("the PDF file is too large to read");
    if (bytes.substr(0, 1024).find("%PDF-") == std::string_view::npos)
        throw InvalidInput("not a PDF file: it does not start with %PDF-");
    refuseImpossibleObjectNumbers(bytes);
    silencePoppler();
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) throw InvalidInput("not a valid PDF file: it is damaged or truncated");
    if (doc->is_locked())
        throw InvalidInput(
            "the PDF is password-protected; open it with its password, save or print it as a PDF "
            "without one, and import that");
    return doc;
}

std::string pageList(const std::vector<int>& pages) {
    std::string out;
    for (const int p : pages)
        out += (out.empty() ? "" : ", ") + std::to_string(p);
    return out;
}

} // namespace

BlockDocument readPdf(std::string_view bytes) {
    const auto doc = load(bytes);
    std::vector<Lines> pages;
    std::vector<int> pagesWithoutText;
    for (int i = 0; i < doc->pages(); ++i) {
        const std::unique_ptr<poppler::page> page(doc->create_page(i));
        pages.push_back(page ? pageLines(*page) : Lines());
        if (blank(pages.back())) pagesWithoutText.push_back(i + 1);
    }
    if (pagesWithoutText.size() == pages.size())
        throw InvalidInput(
            "the PDF has no text layer (it looks scanned); run OCR first and import the result");

    BlockDocument content;
    if (!pagesWithoutText.empty())
        content.warnings.push_back(
            (pagesWithoutText.size() > 1 ? "pages " : "page ") + pageList(pagesWithoutText) + " of the PDF " +
            (pagesWithoutText.size() > 1 ? "have" : "has") + " no text layer (scanned?) and " +
            (pagesWithoutText.size() > 1 ? "were" : "was") + " not imported");
    dropRunningLines(pages);
    ParagraphBuilder paragraphs;
    for (const auto& lines : pages)
        paragraphs.addPage(lines);
    content.blocks = paragraphs.take();
    const auto title = utf8(doc->get_title());
    if (text::isValidUtf8(title)) content.title = std::string(text::trim(text::canonicalText(title)));
    return content;
}

ParsedDocument parsePdf(std::string_view bytes, const LayoutChoice& layout) {
    return finishDocument(readPdf(bytes), "pdf", layout);
}

} // namespace cairn::import
