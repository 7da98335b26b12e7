// The report as a WordprocessingML package (.docx): the document, its styles (Title, Heading 1 and 2,
// Quote, a bordered table style) and the relationships Word and LibreOffice need, built with pugixml and
// zipped by ZipBuilder. A right-to-left quote's paragraph carries w:bidi and its runs w:rtl, which is how
// Word marks Arabic, Persian and Pashto paragraphs; without them Word lays the line out left to right.

#include "export/office_xml.h"
#include "export/refi_xml_writer.h"
#include "export/report_layout.h"
#include "export/report_writers.h"
#include "export/zip_builder.h"

namespace cairn::exporting {

namespace {

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

constexpr const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>
)";

constexpr const char* kPackageRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>
)";

constexpr const char* kDocumentRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>
)";

// Sizes are half-points; spacing is twentieths of a point.
constexpr const char* kStyles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Noto Sans" w:hAnsi="Noto Sans" w:cs="Noto Sans"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="555555"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720" w:right="720"/><w:spacing w:after="40"/></w:pPr><w:rPr><w:i/><w:iCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="QuoteAttribution"><w:name w:val="Quote Attribution"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:ind w:left="720" w:right="720"/><w:spacing w:after="200"/></w:pPr></w:style>
<w:style w:type="table" w:styleId="ReportTable"><w:name w:val="Report Table"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:left w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:right w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="999999"/></w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>
)";

class DocxBody {
public:
    explicit DocxBody(pugi::xml_node body) : m_body(body) {}

    pugi::xml_node paragraph(pugi::xml_node parent, const char* style, std::string_view text,
                             bool bold = false) {
        auto p = parent.append_child("w:p");
        const bool rtl = isRightToLeft(text);
        if (style || rtl) {
            auto pPr = p.append_child("w:pPr");
            if (style) pPr.append_child("w:pStyle").append_attribute("w:val") = style;
            if (rtl) pPr.append_child("w:bidi");
        }
        auto r = p.append_child("w:r");
        if (bold || rtl) {
            auto rPr = r.append_child("w:rPr");
            if (bold) rPr.append_child("w:b");
            if (rtl) rPr.append_child("w:rtl");
        }
        auto t = m_text.element(r, "w:t", text);
        t.append_attribute("xml:space") = "preserve";
        return p;
    }
    pugi::xml_node paragraph(const char* style, std::string_view text) {
        return paragraph(m_body, style, text);
    }

    void table(const ReportTable& table) {
        if (!table.title.empty()) paragraph(m_body, nullptr, table.title, true);
        auto tbl = m_body.append_child("w:tbl");
        auto tblPr = tbl.append_child("w:tblPr");
        tblPr.append_child("w:tblStyle").append_attribute("w:val") = "ReportTable";
        auto width = tblPr.append_child("w:tblW");
        width.append_attribute("w:w") = "0";
        width.append_attribute("w:type") = "auto";
        auto grid = tbl.append_child("w:tblGrid");
        for (std::size_t i = 0; i < table.header.size(); ++i)
            grid.append_child("w:gridCol");
        row(tbl, table.header, true);
        for (const auto& cells : table.rows)
            row(tbl, cells, false);
        paragraph(nullptr, ""); // Word merges two tables that touch
    }

private:
    void row(pugi::xml_node tbl, const std::vector<std::string>& cells, bool header) {
        auto tr = tbl.append_child("w:tr");
        if (header) tr.append_child("w:trPr").append_child("w:tblHeader");
        for (const auto& cell : cells)
            paragraph(tr.append_child("w:tc"), nullptr, cell, header);
    }
    pugi::xml_node m_body;
    refi::XmlText m_text;
};

std::string documentXml(const Report& report) {
    using K = ReportBlock::Kind;
    pugi::xml_document doc;
    auto root = startOfficeXml(doc, "w:document", {{"w", kW}});
    DocxBody body(root.append_child("w:body"));
    for (const auto& b : layoutReport(report)) {
        switch (b.kind) {
        case K::Title:
            body.paragraph("Title", b.text);
            break;
        case K::Subtitle:
            body.paragraph("Subtitle", b.text);
            break;
        case K::Heading1:
            body.paragraph("Heading1", b.text);
            break;
        case K::Heading2:
            body.paragraph("Heading2", b.text);
            break;
        case K::Paragraph:
            body.paragraph(nullptr, b.text);
            break;
        case K::Quote:
            body.paragraph("Quote", b.text);
            body.paragraph("QuoteAttribution", "– " + b.attribution);
            break;
        case K::Table:
            body.table(b.table);
            break;
        }
    }
    // An A4 page with 2.5 cm margins (in twentieths of a point).
    auto sect = root.child("w:body").append_child("w:sectPr");
    auto size = sect.append_child("w:pgSz");
    size.append_attribute("w:w") = "11906";
    size.append_attribute("w:h") = "16838";
    auto margins = sect.append_child("w:pgMar");
    for (const char* side : {"w:top", "w:right", "w:bottom", "w:left"})
        margins.append_attribute(side) = "1417";
    return serializeOfficeXml(doc);
}

} // namespace

std::string writeReportDocx(const Report& report) {
    ZipBuilder zip;
    zip.add("[Content_Types].xml", kContentTypes);
    zip.add("_rels/.rels", kPackageRels);
    zip.add("word/_rels/document.xml.rels", kDocumentRels);
    zip.add("word/document.xml", documentXml(report));
    zip.add("word/styles.xml", kStyles);
    return zip.bytes();
}

} // namespace cairn::exporting
