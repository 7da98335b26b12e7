// The report as an OpenDocument text (.odt): content, styles and manifest built with pugixml, zipped by
// ZipBuilder with the uncompressed "mimetype" entry first as ODF requires. Headings use LibreOffice's
// own style names (Heading_20_1, Heading_20_2, Quotations), so they are the user's Heading 1 and 2 and
// Quotations styles when the file is opened. A right-to-left quote gets an automatic paragraph style
// with writing mode rl-tb, ODF's way of setting a paragraph right to left.

#include "export/office_xml.h"
#include "export/refi_xml_writer.h"
#include "export/report_layout.h"
#include "export/report_writers.h"
#include "export/zip_builder.h"

namespace cairn::exporting {

namespace {

constexpr std::pair<const char*, const char*> kOffice{"office",
                                                      "urn:oasis:names:tc:opendocument:xmlns:office:1.0"};
constexpr std::pair<const char*, const char*> kStyle{"style",
                                                     "urn:oasis:names:tc:opendocument:xmlns:style:1.0"};
constexpr std::pair<const char*, const char*> kText{"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"};
constexpr std::pair<const char*, const char*> kTable{"table",
                                                     "urn:oasis:names:tc:opendocument:xmlns:table:1.0"};
constexpr std::pair<const char*, const char*> kFo{
    "fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"};

constexpr const char* kManifest =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
)";

constexpr const char* kStyles =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">
<office:styles>
<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-family="'Noto Sans'" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="24pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:class="chapter"><style:text-properties fo:color="#555555"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Quotations" style:family="paragraph" style:parent-style-name="Standard" style:class="html"><style:paragraph-properties fo:margin-left="1.25cm" fo:margin-right="1.25cm" fo:margin-bottom="0.05cm"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Quote_20_Attribution" style:display-name="Quote Attribution" style:family="paragraph" style:parent-style-name="Standard" style:class="html"><style:paragraph-properties fo:margin-left="1.25cm" fo:margin-right="1.25cm" fo:margin-bottom="0.35cm"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="2.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
</office:document-styles>
)";

// The automatic styles content.xml uses: right-to-left variants of the paragraph styles, and the table's.
void automaticStyles(pugi::xml_node styles) {
    for (const auto& [name, parent] : {std::pair{"P_RTL", "Standard"}, std::pair{"Quote_RTL", "Quotations"},
                                       std::pair{"Cell_RTL", "Table_20_Contents"}}) {
        auto s = styles.append_child("style:style");
        s.append_attribute("style:name") = name;
        s.append_attribute("style:family") = "paragraph";
        s.append_attribute("style:parent-style-name") = parent;
        auto p = s.append_child("style:paragraph-properties");
        p.append_attribute("style:writing-mode") = "rl-tb";
        p.append_attribute("fo:text-align") = "end";
    }
    auto table = styles.append_child("style:style");
    table.append_attribute("style:name") = "ReportTable";
    table.append_attribute("style:family") = "table";
    auto tp = table.append_child("style:table-properties");
    tp.append_attribute("style:width") = "16cm";
    tp.append_attribute("table:align") = "left";
    auto cell = styles.append_child("style:style");
    cell.append_attribute("style:name") = "ReportCell";
    cell.append_attribute("style:family") = "table-cell";
    auto cp = cell.append_child("style:table-cell-properties");
    cp.append_attribute("fo:border") = "0.5pt solid #999999";
    cp.append_attribute("fo:padding") = "0.1cm";
}

class OdtBody {
public:
    explicit OdtBody(pugi::xml_node text) : m_text(text) {}

    void paragraph(pugi::xml_node parent, const char* style, const char* rtlStyle, std::string_view text) {
        auto p = parent.append_child("text:p");
        const char* chosen = isRightToLeft(text) ? rtlStyle : style;
        if (chosen) p.append_attribute("text:style-name") = chosen;
        m_xml.element(p, "text:span", text);
    }
    void paragraph(const char* style, const char* rtlStyle, std::string_view text) {
        paragraph(m_text, style, rtlStyle, text);
    }
    void heading(int level, std::string_view text) {
        auto h = m_text.append_child("text:h");
        h.append_attribute("text:style-name") = level == 1 ? "Heading_20_1" : "Heading_20_2";
        h.append_attribute("text:outline-level") = level;
        m_xml.element(h, "text:span", text);
    }
    void table(const ReportTable& table) {
        if (!table.title.empty()) paragraph("Table_20_Heading", "Cell_RTL", table.title);
        auto t = m_text.append_child("table:table");
        t.append_attribute("table:name") = ("Table" + std::to_string(++m_tables)).c_str();
        t.append_attribute("table:style-name") = "ReportTable";
        auto columns = t.append_child("table:table-column");
        columns.append_attribute("table:number-columns-repeated") =
            static_cast<unsigned>(table.header.size());
        row(t.append_child("table:table-header-rows"), table.header, "Table_20_Heading");
        for (const auto& cells : table.rows)
            row(t, cells, "Table_20_Contents");
    }

private:
    void row(pugi::xml_node parent, const std::vector<std::string>& cells, const char* style) {
        auto tr = parent.append_child("table:table-row");
        for (const auto& cell : cells) {
            auto tc = tr.append_child("table:table-cell");
            tc.append_attribute("table:style-name") = "ReportCell";
            tc.append_attribute("office:value-type") = "string";
            paragraph(tc, style, "Cell_RTL", cell);
        }
    }
    pugi::xml_node m_text;
    refi::XmlText m_xml;
    int m_tables = 0;
};

std::string contentXml(const Report& report) {
    using K = ReportBlock::Kind;
    pugi::xml_document doc;
    auto root = startOfficeXml(doc, "office:document-content", {kOffice, kStyle, kText, kTable, kFo});
    root.append_attribute("office:version") = "1.3";
    automaticStyles(root.append_child("office:automatic-styles"));
    OdtBody body(root.append_child("office:body").append_child("office:text"));
    for (const auto& b : layoutReport(report)) {
        switch (b.kind) {
        case K::Title:
            body.paragraph("Title", "P_RTL", b.text);
            break;
        case K::Subtitle:
            body.paragraph("Subtitle", "P_RTL", b.text);
            break;
        case K::Heading1:
            body.heading(1, b.text);
            break;
        case K::Heading2:
            body.heading(2, b.text);
            break;
        case K::Paragraph:
            body.paragraph("Standard", "P_RTL", b.text);
            break;
        case K::Quote:
            body.paragraph("Quotations", "Quote_RTL", b.text);
            body.paragraph("Quote_20_Attribution", "Quote_RTL", "– " + b.attribution);
            break;
        case K::Table:
            body.table(b.table);
            break;
        }
    }
    return serializeOfficeXml(doc);
}

} // namespace

std::string writeReportOdt(const Report& report) {
    ZipBuilder zip;
    zip.addStored("mimetype", "application/vnd.oasis.opendocument.text");
    zip.add("content.xml", contentXml(report));
    zip.add("styles.xml", kStyles);
    zip.add("META-INF/manifest.xml", kManifest);
    return zip.bytes();
}

} // namespace cairn::exporting
