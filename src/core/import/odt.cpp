#include "import/odt.h"

#include "common/error.h"
#include "import/office_xml.h"
#include "import/zip_archive.h"
#include "text/normalize.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>

namespace cairn::import {
namespace {

constexpr std::string_view kFormat = "ODT";
constexpr std::string_view kContentPart = "content.xml";
constexpr std::string_view kTextMime = "application/vnd.oasis.opendocument.text";

// A crafted <text:s text:c="2000000000"/> must not become 2 GB of spaces; no real document needs
// more than a line's worth in one element.
constexpr long kMaxSpaces = 1000;

// Which text styles are bold: automatic styles (LibreOffice's direct formatting, "T1") in content.xml
// and named character styles ("Strong Emphasis") in styles.xml, following parent styles. Bold matters
// only as a hint for bold speaker labels ("Amira:" in bold at the start of a paragraph).
class BoldStyles {
public:
    void load(const pugi::xml_node& root) {
        const auto style =
            office::XmlNamespace::find(root, {"urn:oasis:names:tc:opendocument:xmlns:style:1.0"}, "style");
        const auto fo = office::XmlNamespace::find(
            root, {"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"}, "fo");
        for (const auto& group : root.children()) { // office:styles, office:automatic-styles
            for (const auto& node : group.children()) {
                if (!style.is(node, "style") || style.attribute(node, "family") != "text") continue;
                Style& entry = m_styles[std::string(style.attribute(node, "name"))];
                entry.parent = style.attribute(node, "parent-style-name");
                const auto weight = fo.attribute(style.child(node, "text-properties"), "font-weight");
                if (!weight.empty()) entry.bold = weight == "bold" || (weight.size() == 3 && weight >= "600");
            }
        }
    }

    bool isBold(std::string name) const {
        for (int hops = 0; hops < 16; ++hops) { // a parent chain may loop in a damaged file
            const auto it = m_styles.find(name);
            if (it == m_styles.end()) return false;
            if (it->second.bold) return *it->second.bold;
            name = it->second.parent;
        }
        return false;
    }

private:
    struct Style {
        std::optional<bool> bold; // unset: inherited
        std::string parent;
    };
    std::map<std::string, Style> m_styles;
};

// Records [start, end) as bold, absorbing ranges inside it (nested bold spans) and joining a
// range that touches the previous one.
void addStrong(std::vector<ByteRange>& ranges, std::size_t start, std::size_t end) {
    while (!ranges.empty() && ranges.back().begin >= start)
        ranges.pop_back();
    if (end <= start) return;
    if (!ranges.empty() && ranges.back().end >= start)
        ranges.back().end = std::max(ranges.back().end, end);
    else
        ranges.push_back({start, end});
}

class ContentReader {
public:
    ContentReader(const pugi::xml_node& root, const BoldStyles& bold)
        : m_bold(bold), m_office(office::XmlNamespace::find(
                            root, {"urn:oasis:names:tc:opendocument:xmlns:office:1.0"}, "office")),
          m_text(
              office::XmlNamespace::find(root, {"urn:oasis:names:tc:opendocument:xmlns:text:1.0"}, "text")),
          m_table(office::XmlNamespace::find(root, {"urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
                                             "table")) {}

    // office:document-content/office:body/office:text; null when this is not a text document.
    pugi::xml_node textBody(const pugi::xml_node& root) const {
        if (!m_office.is(root, "document-content")) return {};
        return m_office.child(m_office.child(root, "body"), "text");
    }

    void readBlocks(const pugi::xml_node& container, int depth, bool inList) {
        office::checkDepth(depth, kFormat, kContentPart);
        for (const auto& node : container.children()) {
            const auto name = m_text.local(node);
            if (name == "p" || name == "h")
                readParagraph(node, depth + 1,
                              name == "h"
                                  ? TextBlock::Kind::Heading
                                  : (inList ? TextBlock::Kind::ListItem : TextBlock::Kind::Paragraph));
            else if (name == "list")
                readList(node, depth + 1);
            else if (name == "section")
                readBlocks(node, depth + 1, inList);
            else if (m_table.is(node, "table"))
                readTableRows(node, depth + 1);
            else if (name.empty())
                noteSkipped(node); // draw:frame anchored to the page, office:forms…
            // Other text: elements here are declarations, tracked-change records (which hold the
            // deleted text) and generated indexes: none is the document's own running text.
        }
    }

    std::vector<TextBlock> takeBlocks() { return std::move(m_blocks); }
    bool skippedTextBoxes() const { return m_skippedTextBoxes; }
    bool skippedComments() const { return m_skippedComments; }

private:
    void readList(const pugi::xml_node& list, int depth) {
        office::checkDepth(depth, kFormat, kContentPart);
        for (const auto& item : list.children())
            if (m_text.is(item, "list-item") || m_text.is(item, "list-header"))
                readBlocks(item, depth + 1, true);
    }

    void readParagraph(const pugi::xml_node& p, int depth, TextBlock::Kind kind) {
        std::string raw;
        std::vector<ByteRange> strong;
        bool afterSpace = true; // leading whitespace of a paragraph is ignored (ODF 1.2, 6.1.2)
        m_strong = &strong;
        readInline(p, raw, afterSpace, depth);
        m_strong = nullptr;
        add(raw, kind, std::move(strong));
    }

    // Rows may sit directly in the table or inside header-rows, rows and row-group wrappers.
    void readTableRows(const pugi::xml_node& container, int depth) {
        office::checkDepth(depth, kFormat, kContentPart);
        for (const auto& node : container.children()) {
            const auto name = m_table.local(node);
            if (name == "table-row")
                readRow(node, depth + 1);
            else if (name == "table-header-rows" || name == "table-rows" || name == "table-row-group")
                readTableRows(node, depth + 1);
        }
    }

    // Repeated rows and cells (table:number-*-repeated) are not expanded: repeats are how a producer
    // writes empty filler, and expanding them is a memory bomb.
    void readRow(const pugi::xml_node& tr, int depth) {
        office::TableRowText row;
        for (const auto& cell : tr.children()) {
            if (!m_table.is(cell, "table-cell")) continue;
            std::string text;
            readCell(cell, text, depth + 1);
            row.addCell(text);
        }
        if (row.hasText()) add(row.text(), TextBlock::Kind::TableRow);
    }

    void readCell(const pugi::xml_node& container, std::string& out, int depth) {
        office::checkDepth(depth, kFormat, kContentPart);
        for (const auto& node : container.children()) {
            const auto name = m_text.local(node);
            if (name == "p" || name == "h") {
                std::string para;
                bool afterSpace = true;
                readInline(node, para, afterSpace, depth + 1);
                std::replace_if(
                    para.begin(), para.end(), [](char c) { return c == '\n' || c == '\t'; }, ' ');
                if (!out.empty()) out += ' ';
                out += para;
            } else if (name == "list" || name == "list-item" || name == "list-header" || name == "section" ||
                       m_table.is(node, "table") || m_table.local(node).starts_with("table-")) {
                readCell(node, out, depth + 1);
            }
        }
    }

    void readInline(const pugi::xml_node& node, std::string& out, bool& afterSpace, int depth) {
        office::checkDepth(depth, kFormat, kContentPart);
        for (const auto& child : node.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                appendCollapsed(child.value(), out, afterSpace);
                continue;
            }
            const auto name = m_text.local(child);
            if (name == "s") {
                const long count = std::strtol(m_text.attribute(child, "c").data(), nullptr, 10);
                out.append(static_cast<std::size_t>(std::clamp(count, 1L, kMaxSpaces)), ' ');
                afterSpace = false;
            } else if (name == "tab") {
                out += '\t';
                afterSpace = false;
            } else if (name == "line-break") {
                out += '\n';
                afterSpace = false;
            } else if (name == "note" || name == "ruby-text") {
                // footnote bodies and ruby annotations are not running text
            } else if (name == "span" && m_strong &&
                       m_bold.isBold(std::string(m_text.attribute(child, "style-name")))) {
                const auto start = out.size();
                readInline(child, out, afterSpace, depth + 1);
                addStrong(*m_strong, start, out.size());
            } else if (!name.empty()) {
                readInline(child, out, afterSpace, depth + 1); // span, a, meta, fields, ruby-base…
            } else if (m_office.is(child, "annotation")) {
                m_skippedComments = true;
            } else {
                noteSkipped(child); // draw:frame (images, text boxes) and other vocabularies
            }
        }
    }

    // ODF whitespace rule: space, tab, CR and LF in character data are one collapsible space.
    static void appendCollapsed(std::string_view data, std::string& out, bool& afterSpace) {
        for (const char c : data) {
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                if (!afterSpace) out += ' ';
                afterSpace = true;
            } else {
                out += c;
                afterSpace = false;
            }
        }
    }

    void noteSkipped(const pugi::xml_node& node) {
        if (m_skippedTextBoxes) return;
        const auto paragraph = node.find_node([&](const pugi::xml_node& n) {
            return (m_text.is(n, "p") || m_text.is(n, "h")) && !text::trim(n.child_value()).empty();
        });
        m_skippedTextBoxes = bool(paragraph);
    }

    void add(const std::string& raw, TextBlock::Kind kind, std::vector<ByteRange> strong = {}) {
        auto clean = office::blockText(raw, kFormat, kContentPart);
        if (text::trim(clean).empty()) return;
        if (clean != raw) strong.clear(); // normalisation moved the bytes; bold is a hint, not content
        m_blocks.push_back({std::move(clean), kind, std::move(strong)});
    }

    const BoldStyles& m_bold;
    std::vector<ByteRange>* m_strong = nullptr; // bold ranges of the paragraph being read
    office::XmlNamespace m_office, m_text, m_table;
    std::vector<TextBlock> m_blocks;
    bool m_skippedTextBoxes = false;
    bool m_skippedComments = false;
};

// An ODF package names its type in an uncompressed "mimetype" entry and lists encrypted parts in its
// manifest; both are checked first so the user hears "spreadsheet" or "password", not "damaged".
void checkPackage(const ZipArchive& zip) {
    if (const auto mime = zip.read("mimetype", ZipArchive::NameMatch::Exact, 1024); mime) {
        const auto type = text::trim(*mime);
        if (!type.starts_with(kTextMime))
            throw InvalidInput("not an ODT text document: the file is of type " + std::string(type));
    }
    const auto manifest = zip.read("META-INF/manifest.xml", ZipArchive::NameMatch::IgnoreCase);
    if (manifest && manifest->find("encryption-data") != std::string::npos)
        throw InvalidInput(
            "the ODT file is password-protected (encrypted); remove the password in LibreOffice "
            "(File > Properties) and import it again");
}

} // namespace

BlockDocument readOdt(std::string_view bytes) {
    office::refuseOleContainer(bytes, kFormat);
    const ZipArchive zip(bytes, std::string(kFormat));
    checkPackage(zip);
    auto xml = office::readRequiredPart(zip, kContentPart, kFormat);
    pugi::xml_document doc;
    office::parseXmlPart(doc, xml, kFormat, kContentPart);

    const auto root = doc.document_element();
    BoldStyles bold;
    if (auto styles = zip.read("styles.xml", ZipArchive::NameMatch::IgnoreCase)) {
        pugi::xml_document stylesDoc; // damaged styles only lose bold hints: no error
        if (stylesDoc.load_buffer_inplace(styles->data(), styles->size()))
            bold.load(stylesDoc.document_element());
    }
    bold.load(root); // automatic styles, loaded last: they refine the named ones
    ContentReader reader(root, bold);
    const auto body = reader.textBody(root);
    if (!body) throw InvalidInput("the ODT file is damaged: content.xml has no text body (office:text)");
    reader.readBlocks(body, 1, false);

    BlockDocument content;
    content.blocks = reader.takeBlocks();
    if (reader.skippedTextBoxes())
        content.warnings.push_back("text in text boxes and frames was not imported");
    if (reader.skippedComments()) content.warnings.push_back("comments in the ODT file were not imported");
    content.title = office::readDcTitle(zip, "meta.xml", content.warnings);
    return content;
}

ParsedDocument parseOdt(std::string_view bytes, const LayoutChoice& layout) {
    return finishDocument(readOdt(bytes), "odt", layout);
}

} // namespace cairn::import
