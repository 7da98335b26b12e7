#include "import/docx.h"

#include "common/error.h"
#include "import/office_xml.h"
#include "import/zip_archive.h"
#include "text/normalize.h"

#include <algorithm>
#include <map>
#include <set>

namespace cairn::import {
namespace {

constexpr std::string_view kFormat = "DOCX";
constexpr std::string_view kDocumentPart = "word/document.xml";
constexpr std::string_view kStylesPart = "word/styles.xml";
// Transitional (what Word writes) and Strict OOXML name the same vocabulary differently.
constexpr std::string_view kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kWordStrictNs = "http://purl.oclc.org/ooxml/wordprocessingml/main";

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return out;
}

// Built-in heading styles: the id is English in English Word ("Heading1") but localised elsewhere
// ("berschrift1"), while the name stays the English built-in one ("heading 1").
bool isHeadingIdOrName(std::string_view idOrName) {
    const auto s = lower(idOrName);
    if (s == "title") return true;
    for (const std::string_view prefix : {"heading ", "heading"}) {
        if (s.size() == prefix.size() + 1 && s.starts_with(prefix) && s.back() >= '1' && s.back() <= '9')
            return true;
    }
    return false;
}

// Paragraph styles from word/styles.xml, for headings and list styles ("List Bullet" numbers its
// paragraphs through the style, not the paragraph).
class Styles {
public:
    void load(const pugi::xml_node& root, const office::XmlNamespace& w) {
        for (const auto& style : root.children()) {
            if (!w.is(style, "style") || w.attribute(style, "type") != "paragraph") continue;
            Style& s = m_styles[std::string(w.attribute(style, "styleId"))];
            s.name = w.attribute(w.child(style, "name"), "val");
            s.basedOn = w.attribute(w.child(style, "basedOn"), "val");
            s.numbered = bool(w.child(w.child(style, "pPr"), "numPr"));
        }
    }

    bool isHeading(const std::string& id) const {
        return anyInChain(id, [](const std::string& sid, const Style* s) {
            return isHeadingIdOrName(sid) || (s && isHeadingIdOrName(s->name));
        });
    }
    bool isNumbered(const std::string& id) const {
        return anyInChain(id, [](const std::string&, const Style* s) { return s && s->numbered; });
    }

private:
    struct Style {
        std::string name, basedOn;
        bool numbered = false;
    };
    template <typename Pred> bool anyInChain(std::string id, Pred pred) const {
        for (int hops = 0; hops < 16 && !id.empty(); ++hops) { // basedOn may loop in a damaged file
            const auto it = m_styles.find(id);
            const Style* style = it == m_styles.end() ? nullptr : &it->second;
            if (pred(id, style)) return true;
            if (!style) return false;
            id = style->basedOn;
        }
        return false;
    }
    std::map<std::string, Style> m_styles;
};

class BodyReader {
public:
    BodyReader(office::XmlNamespace w, const Styles& styles) : m_w(std::move(w)), m_styles(styles) {}

    // Block-level content: paragraphs, tables, and the wrappers that may hold them.
    void readBlocks(const pugi::xml_node& container, int depth) {
        office::checkDepth(depth, kFormat, kDocumentPart);
        for (const auto& node : container.children()) {
            const auto name = m_w.local(node);
            if (name == "p")
                readParagraph(node, depth + 1);
            else if (name == "tbl")
                readTable(node, depth + 1);
            else if (name == "sdt")
                readBlocks(m_w.child(node, "sdtContent"), depth + 1);
            else if (name == "customXml" || name == "ins" || name == "moveTo" || name == "smartTag")
                readBlocks(node, depth + 1);
        }
    }

    std::vector<TextBlock> takeBlocks() { return std::move(m_blocks); }
    bool skippedTextBoxes() const { return m_skippedTextBoxes; }

private:
    void readParagraph(const pugi::xml_node& p, int depth) {
        std::string raw;
        std::vector<ByteRange> strong;
        m_strong = &strong;
        readInline(p, raw, depth);
        m_strong = nullptr;
        const auto pPr = m_w.child(p, "pPr");
        const std::string style(m_w.attribute(m_w.child(pPr, "pStyle"), "val"));
        const auto numPr = m_w.child(pPr, "numPr");
        // numId 0 is how Word says "no numbering here", overriding a numbered style.
        const auto numId = m_w.attribute(m_w.child(numPr, "numId"), "val");
        TextBlock::Kind kind = TextBlock::Kind::Paragraph;
        if (m_styles.isHeading(style))
            kind = TextBlock::Kind::Heading;
        else if (numPr ? numId != "0" : m_styles.isNumbered(style))
            kind = TextBlock::Kind::ListItem;
        add(raw, kind, std::move(strong));
    }

    void readTable(const pugi::xml_node& tbl, int depth) {
        office::checkDepth(depth, kFormat, kDocumentPart);
        for (const auto& tr : tbl.children()) {
            if (!m_w.is(tr, "tr")) continue;
            office::TableRowText row;
            for (const auto& tc : tr.children()) {
                if (!m_w.is(tc, "tc")) continue;
                std::string cell;
                readCell(tc, cell, depth + 1);
                row.addCell(cell);
            }
            if (row.hasText()) add(row.text(), TextBlock::Kind::TableRow);
        }
    }

    // A cell is a whole row's column: its paragraphs (and nested tables) run together with spaces.
    void readCell(const pugi::xml_node& container, std::string& out, int depth) {
        office::checkDepth(depth, kFormat, kDocumentPart);
        for (const auto& node : container.children()) {
            const auto name = m_w.local(node);
            if (name == "p") {
                std::string para;
                readInline(node, para, depth + 1);
                for (char& c : para)
                    if (c == '\n' || c == '\t') c = ' ';
                if (!out.empty()) out += ' ';
                out += para;
            } else if (name == "tbl" || name == "tr" || name == "tc" || name == "sdt" ||
                       name == "sdtContent" || name == "customXml" || name == "ins") {
                readCell(node, out, depth + 1);
            }
        }
    }

    void readInline(const pugi::xml_node& node, std::string& out, int depth) {
        office::checkDepth(depth, kFormat, kDocumentPart);
        for (const auto& child : node.children()) {
            const auto name = m_w.local(child);
            if (name.empty()) {
                // Another vocabulary (mc:AlternateContent, VML, w14 extensions): shapes and text boxes.
                noteSkipped(child);
            } else if (name == "t") {
                for (const auto& piece : child.children())
                    if (piece.type() == pugi::node_pcdata || piece.type() == pugi::node_cdata)
                        out += piece.value();
            } else if (name == "tab" || name == "ptab") {
                out += '\t';
            } else if (name == "br" || name == "cr") {
                out += '\n';
            } else if (name == "noBreakHyphen") {
                out += '-';
            } else if (name == "drawing" || name == "pict" || name == "object" || name == "txbxContent") {
                noteSkipped(child);
            } else if (name == "r" && m_strong && isBold(child)) {
                const auto start = out.size();
                readInline(child, out, depth + 1);
                if (!m_strong->empty() && m_strong->back().end == start)
                    m_strong->back().end = out.size(); // runs split by spell-check marks are one bold span
                else if (out.size() > start)
                    m_strong->push_back({start, out.size()});
            } else if (!skipsInline(name)) {
                readInline(child, out, depth + 1); // r, hyperlink, ins, moveTo, smartTag, sdt, fldSimple…
            }
        }
    }

    // Elements whose content is not shown text: properties, deletions, field instructions, symbols
    // in private-use font code points, reference marks, ruby annotations.
    static bool skipsInline(std::string_view name) {
        static const std::set<std::string_view> kSkipped{"pPr",
                                                         "rPr",
                                                         "sdtPr",
                                                         "sdtEndPr",
                                                         "del",
                                                         "moveFrom",
                                                         "delText",
                                                         "delInstrText",
                                                         "instrText",
                                                         "fldChar",
                                                         "sym",
                                                         "softHyphen",
                                                         "footnoteReference",
                                                         "endnoteReference",
                                                         "commentReference",
                                                         "annotationRef",
                                                         "rt"};
        return kSkipped.contains(name);
    }

    void noteSkipped(const pugi::xml_node& node) {
        if (m_skippedTextBoxes) return;
        const auto text =
            node.find_node([&](const pugi::xml_node& n) { return m_w.is(n, "t") && *n.child_value(); });
        m_skippedTextBoxes = bool(text);
    }

    // Direct bold on a run (w:b, unless switched off). Bold from styles is not followed: what
    // matters is a bold speaker label typed at the start of a line ("Amira:" in bold).
    bool isBold(const pugi::xml_node& run) const {
        const auto b = m_w.child(m_w.child(run, "rPr"), "b");
        if (!b) return false;
        const auto val = m_w.attribute(b, "val");
        return val != "0" && val != "false" && val != "off";
    }

    void add(const std::string& raw, TextBlock::Kind kind, std::vector<ByteRange> strong = {}) {
        auto clean = office::blockText(raw, kFormat, kDocumentPart);
        if (text::trim(clean).empty()) return;
        if (clean != raw) strong.clear(); // normalisation moved the bytes; bold is a hint, not content
        m_blocks.push_back({std::move(clean), kind, std::move(strong)});
    }

    office::XmlNamespace m_w;
    const Styles& m_styles;
    std::vector<ByteRange>* m_strong = nullptr; // bold ranges of the paragraph being read
    std::vector<TextBlock> m_blocks;
    bool m_skippedTextBoxes = false;
};

Styles readStyles(const ZipArchive& zip, std::vector<std::string>& warnings) {
    Styles styles;
    auto xml = zip.read(kStylesPart, ZipArchive::NameMatch::IgnoreCase);
    if (!xml) return styles;
    pugi::xml_document doc;
    const auto result =
        doc.load_buffer_inplace(xml->data(), xml->size(), pugi::parse_default, pugi::encoding_auto);
    if (!result) {
        // Styles only decide which paragraphs are headings; the text is still all there.
        warnings.push_back(
            "the DOCX styles (word/styles.xml) are damaged; headings may be read as paragraphs");
        return styles;
    }
    const auto root = doc.document_element();
    styles.load(root, office::XmlNamespace::find(root, {kWordNs, kWordStrictNs}, "w"));
    return styles;
}

} // namespace

BlockDocument readDocx(std::string_view bytes) {
    office::refuseOleContainer(bytes, kFormat);
    const ZipArchive zip(bytes, std::string(kFormat));
    auto xml = office::readRequiredPart(zip, kDocumentPart, kFormat);
    pugi::xml_document doc;
    office::parseXmlPart(doc, xml, kFormat, kDocumentPart);

    BlockDocument content;
    const auto styles = readStyles(zip, content.warnings);
    const auto root = doc.document_element();
    const auto w = office::XmlNamespace::find(root, {kWordNs, kWordStrictNs}, "w");
    const auto body = w.child(root, "body");
    if (!w.is(root, "document") || !body)
        throw InvalidInput("the DOCX file is damaged: word/document.xml has no document body");
    BodyReader reader(w, styles);
    reader.readBlocks(body, 1);
    content.blocks = reader.takeBlocks();
    if (reader.skippedTextBoxes())
        content.warnings.push_back("text in text boxes and shapes was not imported");
    if (zip.contains("word/comments.xml", ZipArchive::NameMatch::IgnoreCase))
        content.warnings.push_back("comments in the DOCX file were not imported");
    content.title = office::readDcTitle(zip, "docProps/core.xml", content.warnings);
    return content;
}

ParsedDocument parseDocx(std::string_view bytes, const LayoutChoice& layout) {
    return finishDocument(readDocx(bytes), "docx", layout);
}

} // namespace cairn::import
