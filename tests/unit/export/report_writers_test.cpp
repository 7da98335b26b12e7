// The report writers on a hand-built report: every format says the same counts and quotes; text that
// looks like markup stays text; right-to-left quotes are marked right to left; the office documents
// carry real heading, quote and table structure; the PDF holds selectable text and numbered pages.

#include "export/report_layout.h"
#include "export/report_writers.h"
#include "support/document_text.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>

using namespace cairn;
using namespace cairn::exporting;
using Catch::Matchers::Contains;

namespace {

const std::string kPersian = "کلاس‌های زبان انگلیسی خیلی شلوغ است";
const std::string kMarkup = "<b>*Not* bold</b> & \"quoted\" [link](http://x) # not a heading";

Report sampleReport(std::size_t extraQuotes = 0) {
    Report r;
    r.title = "Language evidence";
    r.date = "2026-11-23";
    ReportTheme t;
    t.title = "Language";
    t.path = "Barriers/Language";
    t.byKind = {{"submission", 30, 46, "submissions"}, {"interview", 14, 45, "interviews"}};
    t.attribute = "status";
    t.byAttribute = {{"refugee", 3, 4, "cases with status refugee"}};
    t.subcodes = {{"ESOL waiting list", {{"submission", 12, 46, "submissions"}}}};
    t.quotes = {{"The waiting list was two years.", "Hope Trust, Wrexham"},
                {kPersian, "anonymous, submission"},
                {kMarkup, "anonymous, interview"}};
    for (std::size_t i = 0; i < extraQuotes; ++i)
        t.quotes.push_back({"Filler quote number " + std::to_string(i) +
                                " about English classes and their "
                                "waiting lists in the valleys.",
                            "anonymous, interview"});
    r.themes.push_back(t);
    r.indicators.push_back({"wales-nwi-2021:16", {"indicator", "first", "last"}, {{"16", "2.4", "6.1"}}});
    r.methods = {"The project holds 91 sources.", "2 of 5 candidate passages were withheld."};
    return r;
}

} // namespace

TEST_CASE("report: counts become the same words in every layout", "[export][report]") {
    const auto blocks = layoutReport(sampleReport());
    std::string all;
    for (const auto& b : blocks)
        all += b.text + "\n";
    CHECK_THAT(all, Contains("Coded in 30 of 46 submissions and 14 of 45 interviews."));
    CHECK_THAT(all, Contains("By status: 3 of 4 cases with status refugee."));
    CHECK_THAT(all, Contains("ESOL waiting list: coded in 12 of 46 submissions."));
    const auto table = frequencyTable(sampleReport().themes[0]);
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0] == std::vector<std::string>{"submissions", "30", "46", "65%"});
}

TEST_CASE("report: formats by name and by extension", "[export][report]") {
    CHECK(reportFormatOfPath("out/Report.DOCX") == ReportFormat::Docx);
    CHECK(reportFormatOfPath("a.md") == ReportFormat::Markdown);
    CHECK(reportFormatOfPath("a.htm") == ReportFormat::Html);
    CHECK_FALSE(reportFormatOfPath("a.txt"));
    CHECK_FALSE(reportFormatOfPath("dir.pdf/report"));
    CHECK(reportFormatNamed("odt") == ReportFormat::Odt);
    CHECK(reportFormatName(ReportFormat::Markdown) == "md");
    CHECK(isRightToLeft(kPersian));
    CHECK(isRightToLeft("  « " + kPersian));
    CHECK_FALSE(isRightToLeft("English, then " + kPersian));
}

TEST_CASE("report html: self-contained, escaped, quotes right to left by their letters", "[export][report]") {
    const auto html = writeReportHtml(sampleReport());
    CHECK_THAT(html, Contains("<meta charset=\"utf-8\">"));
    CHECK_THAT(html, Contains("30 of 46 submissions"));
    CHECK_THAT(html, Contains("&lt;b&gt;*Not* bold&lt;/b&gt; &amp; &quot;quoted&quot;"));
    CHECK(html.find("<b>") == std::string::npos);
    CHECK_THAT(html, Contains("<blockquote dir=\"rtl\"><p>" + kPersian));
    CHECK_THAT(html, Contains("<blockquote dir=\"auto\"><p>The waiting list"));
    CHECK_THAT(html, Contains("– Hope Trust, Wrexham"));
    for (const auto* external : {"<script", "<link", "src=", "@import", "url("})
        CHECK(html.find(external) == std::string::npos);
}

TEST_CASE("report markdown: quote text cannot become markup", "[export][report]") {
    const auto md = writeReportMarkdown(sampleReport());
    CHECK_THAT(md, Contains("## Language"));
    CHECK_THAT(
        md,
        Contains("> \\<b\\>\\*Not\\* bold\\</b\\> \\& \"quoted\" \\[link\\](http://x) \\# not a heading"));
    CHECK_THAT(md, Contains("> – Hope Trust, Wrexham"));
    CHECK_THAT(md, Contains("| submissions | 30 | 46 | 65% |"));
    Report numbered = sampleReport();
    numbered.themes[0].quotes = {{"1. Not a list\n- nor this", "x"}};
    CHECK_THAT(writeReportMarkdown(numbered), Contains("> 1\\. Not a list - nor this"));
}

TEST_CASE("report docx: headings, quote style, tables and right-to-left paragraphs", "[export][report]") {
    const auto bytes = writeReportDocx(sampleReport());
    const auto names = test::zipEntryNames(bytes);
    CHECK(names.front() == "[Content_Types].xml");
    pugi::xml_document styles, doc;
    test::parseXml(styles, test::zipEntry(bytes, "word/styles.xml"), "styles");
    test::parseXml(doc, test::zipEntry(bytes, "word/document.xml"), "document");
    for (const auto* id : {"Heading1", "Heading2", "Quote", "Title"})
        CHECK(styles.select_node(("//w:style[@w:styleId='" + std::string(id) + "']").c_str()));
    CHECK(doc.select_nodes("//w:p[w:pPr/w:pStyle/@w:val='Heading1']").size() ==
          3); // theme, indicators, methods
    CHECK(doc.select_nodes("//w:p[w:pPr/w:pStyle/@w:val='Quote']").size() == 3);
    CHECK(doc.select_nodes("//w:tbl").size() == 2);
    const auto rtl = doc.select_node(("//w:p[w:r/w:t='" + kPersian + "']").c_str()).node();
    REQUIRE(rtl);
    CHECK(rtl.child("w:pPr").child("w:bidi"));
    CHECK(rtl.child("w:r").child("w:rPr").child("w:rtl"));
    const auto ltr = doc.select_node("//w:p[w:r/w:t='The waiting list was two years.']").node();
    REQUIRE(ltr);
    CHECK_FALSE(ltr.child("w:pPr").child("w:bidi"));
}

TEST_CASE("report odt: mimetype first and stored, outline headings, quotations, tables, rl-tb",
          "[export][report]") {
    const auto bytes = writeReportOdt(sampleReport());
    CHECK(test::zipEntryNames(bytes).front() == "mimetype");
    // Stored, so the type is readable at offset 38 of the file, as ODF requires.
    CHECK(bytes.substr(38, 39) == "application/vnd.oasis.opendocument.text");
    pugi::xml_document doc;
    test::parseXml(doc, test::zipEntry(bytes, "content.xml"), "content");
    CHECK(doc.select_nodes("//text:h[@text:outline-level='1']").size() == 3);
    CHECK(doc.select_nodes("//text:p[@text:style-name='Quotations']").size() == 2);
    CHECK(doc.select_nodes("//table:table").size() == 2);
    const auto rtl = doc.select_node(("//text:p[text:span='" + kPersian + "']").c_str()).node();
    REQUIRE(rtl);
    CHECK(std::string(rtl.attribute("text:style-name").value()) == "Quote_RTL");
    CHECK(doc.select_node(
        "//style:style[@style:name='Quote_RTL']/style:paragraph-properties[@style:writing-mode='rl-tb']"));
    pugi::xml_document styles;
    test::parseXml(styles, test::zipEntry(bytes, "styles.xml"), "styles");
    CHECK(styles.select_node("//style:style[@style:name='Heading_20_1']"));
    test::parseXml(styles, test::zipEntry(bytes, "META-INF/manifest.xml"), "manifest");
}

TEST_CASE("report pdf: selectable text, the counts and quotes, page numbers on every page",
          "[export][report]") {
    test::TempDir dir;
    const auto path = dir / "r.pdf";
    test::writeFile(path, writeReportPdf(sampleReport(60)));
    const auto text = test::pdfText(path);
    CHECK_THAT(text, Contains("30 of 46 submissions"));
    CHECK_THAT(text, Contains("The waiting list was two years."));
    CHECK_THAT(text, Contains("Hope Trust, Wrexham"));
    CHECK_THAT(text, Contains("Filler quote number 59"));
    CHECK_THAT(text, Contains("2 of 5 candidate passages were withheld."));
    // pdftotext separates pages with a form feed; each page ends in its number.
    std::size_t pages = 1;
    for (const char c : text)
        if (c == '\f') ++pages;
    REQUIRE(pages >= 3);
    CHECK_THAT(text, Contains("\n2\n"));
    CHECK_THAT(text, Contains("\n3\n"));
}

TEST_CASE("report csv and xlsx: the frequency and quote tables", "[export][report]") {
    const auto csv = writeReportCsv(sampleReport());
    CHECK_THAT(csv, Contains("theme,measure,group,count,total,quote,attribution\r\n"));
    CHECK_THAT(csv, Contains("Barriers/Language,sources,submission,30,46,,\r\n"));
    CHECK_THAT(csv, Contains("Barriers/Language,cases by status,refugee,3,4,,\r\n"));
    CHECK_THAT(csv, Contains("Barriers/Language/ESOL waiting list,sources,submission,12,46,,\r\n"));
    CHECK_THAT(
        csv,
        Contains("Barriers/Language,quote,,,,The waiting list was two years.,\"Hope Trust, Wrexham\"\r\n"));
    test::TempDir dir;
    test::writeFile(dir / "r.xlsx", writeReportXlsx(sampleReport()));
    const auto bytes = test::readFile(dir / "r.xlsx");
    pugi::xml_document workbook;
    test::parseXml(workbook, test::zipEntry(bytes, "xl/workbook.xml"), "workbook");
    std::vector<std::string> sheets;
    for (const auto& s : workbook.select_nodes("//sheet"))
        sheets.push_back(s.node().attribute("name").value());
    CHECK(sheets == std::vector<std::string>{"Frequencies", "Quotes", "wales-nwi-2021-16", "Methods"});
    const auto text = test::documentText(dir / "r.xlsx");
    CHECK_THAT(text, Contains(kPersian));
    CHECK_THAT(text, Contains("Hope Trust, Wrexham"));
    // Counts are numbers, not text.
    CHECK_THAT(test::zipEntry(bytes, "xl/worksheets/sheet1.xml"), Contains("<v>46</v>"));
}
