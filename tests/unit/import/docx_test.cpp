#include "common/error.h"
#include "import/docx.h"
#include "support/zip_writer.h"
#include "text/utf.h"

#include <catch2/catch.hpp>

using cairn::InvalidInput;
using cairn::import::parseDocx;
using cairn::import::readDocx;
using cairn::import::TextBlock;
using cairn::test::ZipWriter;
using Catch::Matchers::Contains;
using Kind = TextBlock::Kind;

namespace {

const std::string kNs = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

std::string documentXml(const std::string& body) {
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
           "\n<w:document " +
           kNs + R"( xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>)" +
           body + R"(<w:sectPr/></w:body></w:document>)";
}

std::string para(const std::string& text, const std::string& pPr = {}) {
    return "<w:p>" + (pPr.empty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + "<w:r><w:t xml:space=\"preserve\">" +
           text + "</w:t></w:r></w:p>";
}

std::string docx(const std::string& body, const std::string& styles = {}, const std::string& core = {}) {
    ZipWriter zip;
    zip.add("[Content_Types].xml", R"(<?xml version="1.0"?><Types/>)");
    zip.add("word/document.xml", documentXml(body));
    if (!styles.empty()) zip.add("word/styles.xml", "<w:styles " + kNs + ">" + styles + "</w:styles>");
    if (!core.empty())
        zip.add(
            "docProps/core.xml",
            R"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">)" +
                core + "</cp:coreProperties>");
    return zip.bytes();
}

std::vector<std::pair<Kind, std::string>> blocksOf(const std::string& bytes) {
    std::vector<std::pair<Kind, std::string>> out;
    for (const auto& block : readDocx(bytes).blocks)
        out.emplace_back(block.kind, block.text);
    return out;
}

std::vector<std::string> passageTexts(const cairn::import::ParsedDocument& doc) {
    std::vector<std::string> out;
    for (const auto& p : doc.passages)
        out.emplace_back(cairn::text::sliceCodePoints(doc.text, p.cpStart, p.cpEnd));
    return out;
}

} // namespace

TEST_CASE("DOCX paragraphs keep tabs and breaks; deletions, fields and symbols are dropped",
          "[import][docx]") {
    const std::string body =
        "<w:p><w:r><w:t>Name</w:t></w:r><w:r><w:tab/><w:t>Amira</w:t><w:br/><w:t>second line</w:t>"
        "<w:cr/><w:t>third</w:t></w:r></w:p>"
        "<w:p><w:r><w:t xml:space=\"preserve\">We moved in </w:t></w:r>"
        "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>2015</w:delText></w:r></w:del>"
        "<w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t>2016</w:t></w:r></w:ins>"
        "<w:r><w:t xml:space=\"preserve\">, page </w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>4</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F04A\"/><w:t xml:space=\"preserve\"> co</w:t>"
        "<w:noBreakHyphen/><w:t>op</w:t><w:softHyphen/></w:r></w:p>"
        "<w:p><w:hyperlink r:id=\"x\" xmlns:r=\"r\"><w:r><w:t>link text</w:t></w:r></w:hyperlink></w:p>"
        "<w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>";
    const auto blocks = blocksOf(docx(body));
    const std::vector<std::pair<Kind, std::string>> expected{
        {Kind::Paragraph, "Name\tAmira\nsecond line\nthird"},
        {Kind::Paragraph, "We moved in 2016, page 4 co-op"},
        {Kind::Paragraph, "link text"}};
    CHECK(blocks == expected);
}

TEST_CASE("DOCX headings come from style ids, built-in names and basedOn; lists from numbering",
          "[import][docx]") {
    const std::string styles =
        R"(<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>)"
        R"(<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="My Heading"/><w:basedOn w:val="berschrift1"/></w:style>)"
        R"(<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>)"
        R"(<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Quote"/></w:style>)";
    const auto style = [](const std::string& id) { return "<w:pStyle w:val=\"" + id + "\"/>"; };
    const std::string numbered = R"(<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>)";
    const std::string body =
        para("The report", style("Title")) + para("Background", style("Heading2")) +
        para("Hintergrund", style("berschrift1")) + para("Custom", style("MyHeading")) +
        para("first point", style("ListParagraph") + numbered) + para("styled point", style("ListBullet")) +
        para("not numbered", style("ListBullet") + R"(<w:numPr><w:numId w:val="0"/></w:numPr>)") +
        para("a quote", style("Quote")) + para("unknown style", style("Nope")) +
        para("Heading10 is no heading", style("Heading10"));
    const std::vector<std::pair<Kind, std::string>> expected{
        {Kind::Heading, "The report"},      {Kind::Heading, "Background"},
        {Kind::Heading, "Hintergrund"},     {Kind::Heading, "Custom"},
        {Kind::ListItem, "first point"},    {Kind::ListItem, "styled point"},
        {Kind::Paragraph, "not numbered"},  {Kind::Paragraph, "a quote"},
        {Kind::Paragraph, "unknown style"}, {Kind::Paragraph, "Heading10 is no heading"}};
    CHECK(blocksOf(docx(body, styles)) == expected);
}

TEST_CASE("DOCX table rows are blocks with cells joined by a bar", "[import][docx]") {
    const auto cell = [](const std::string& inner) { return "<w:tc><w:tcPr/>" + inner + "</w:tc>"; };
    const std::string table =
        "<w:tbl><w:tblPr/><w:tr>" + cell(para("Question")) + cell(para("Answer")) + "</w:tr>" + "<w:tr>" +
        cell(para("Age")) + cell(para("34") + para("years")) + "</w:tr>" + "<w:tr>" + cell(para("")) +
        cell("<w:p/>") + "</w:tr>" + "<w:tr>" + cell(para("")) + cell(para("only second")) + "</w:tr>" +
        "<w:tr>" + cell("<w:tbl><w:tr>" + cell(para("inner a")) + cell(para("inner b")) + "</w:tr></w:tbl>") +
        cell(para("outer")) + "</w:tr></w:tbl>";
    const std::vector<std::pair<Kind, std::string>> expected{{Kind::Paragraph, "Before"},
                                                             {Kind::TableRow, "Question | Answer"},
                                                             {Kind::TableRow, "Age | 34 years"},
                                                             {Kind::TableRow, " | only second"},
                                                             {Kind::TableRow, "inner a inner b | outer"},
                                                             {Kind::Paragraph, "After"}};
    CHECK(blocksOf(docx(para("Before") + table + para("After"))) == expected);
}

TEST_CASE("DOCX text boxes are skipped with a warning; content controls are read", "[import][docx]") {
    const std::string textBox =
        "<w:p><w:r><w:t>Body</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        "<w:txbxContent><w:p><w:r><w:t>box text</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
        "</mc:AlternateContent></w:r></w:p>";
    const std::string control = "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>" +
                                para("inside a control") + "</w:sdtContent></w:sdt>";
    const auto content = readDocx(docx(textBox + control));
    REQUIRE(content.blocks.size() == 2);
    CHECK(content.blocks[0].text == "Body");
    CHECK(content.blocks[1].text == "inside a control");
    CHECK_THAT(content.warnings, Catch::Matchers::VectorContains(
                                     std::string("text in text boxes and shapes was not imported")));
}

TEST_CASE("DOCX Arabic, emoji and decomposed text come out NFC", "[import][docx][unicode]") {
    const std::string arabic =
        "\xD9\x83\xD9\x86\xD8\xAA \xD9\x81\xD9\x8A \xD8\xAD\xD9\x84\xD8\xA8"; // كنت في حلب
    const std::string emoji = "home \xF0\x9F\x8F\xA0 \xF0\x9F\x87\xB8\xF0\x9F\x87\xBE";
    const auto doc = parseDocx(docx(para(arabic) + para(emoji) + para("Jose\xCC\x81")));
    CHECK(passageTexts(doc) == std::vector<std::string>{arabic, emoji, "Jos\xC3\xA9"});
    CHECK(doc.format == "docx");
}

TEST_CASE("DOCX title comes from core.xml, else from the first heading", "[import][docx]") {
    const std::string body = para("Interview 3", "<w:pStyle w:val=\"Heading1\"/>") + para("Text");
    CHECK(parseDocx(docx(body, {}, "<dc:title> Leeds group, May </dc:title>")).title == "Leeds group, May");
    CHECK(parseDocx(docx(body, {}, "<dc:title></dc:title>")).title == "Interview 3");
    CHECK(parseDocx(docx(body)).title == "Interview 3");
}

TEST_CASE("DOCX transcript turns get speakers as in plain text", "[import][docx][transcript]") {
    const auto doc = parseDocx(docx(
        para("Interviewer: When did you arrive in Cardiff?") + para("Amira: In 2016, with my two children.") +
        para("Interviewer: And the first weeks?") + para("Amira: Hard. We knew nobody.")));
    REQUIRE(doc.passages.size() == 4);
    CHECK(doc.passages[0].speaker == "Interviewer");
    CHECK(doc.passages[1].speaker == "Amira");
    CHECK(cairn::text::sliceCodePoints(doc.text, doc.passages[1].cpStart, doc.passages[1].cpEnd) ==
          "In 2016, with my two children.");
}

TEST_CASE("damaged or unsupported DOCX files are refused with a clear message", "[import][docx][corrupt]") {
    const auto good = docx(para("Some text that is long enough to matter. ") + para("More."));
    const auto noDocument = ZipWriter().add("word/other.xml", "<x/>").bytes();
    const auto malformed = ZipWriter().add("word/document.xml", documentXml(para("open") + "<w:p>")).bytes();
    const auto wrongRoot = ZipWriter().add("word/document.xml", "<w:styles " + kNs + "/>").bytes();
    const std::string ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0');
    const auto badUtf8 = docx(para("caf\xE9"));
    const auto empty = docx(para("  ") + "<w:p/>");
    const std::vector<std::pair<std::string, std::string>> rows{
        {good.substr(0, good.size() * 2 / 3), "not a valid DOCX file"},
        {"PK\x03\x04 not really", "not a valid DOCX file"},
        {noDocument, "the DOCX file is damaged: word/document.xml is missing"},
        {malformed, "word/document.xml is not well-formed XML"},
        {wrongRoot, "has no document body"},
        {ole, "password-protected (encrypted) or an old binary Office file (.doc)"},
        {badUtf8, "not valid UTF-8"},
        {empty, "no text"},
    };
    for (const auto& [bytes, message] : rows) {
        INFO(message);
        CHECK_THROWS_AS(parseDocx(bytes), InvalidInput);
        CHECK_THROWS_WITH(parseDocx(bytes), Contains(message));
    }
}

TEST_CASE("DOCX nesting beyond the depth limit is refused, not a stack overflow", "[import][docx][limits]") {
    std::string deep;
    for (int i = 0; i < 5000; ++i)
        deep += "<w:hyperlink>";
    for (int i = 0; i < 5000; ++i)
        deep += "</w:hyperlink>";
    CHECK_THROWS_WITH(parseDocx(docx("<w:p>" + deep + "</w:p>")), Contains("nests elements more than"));
}

TEST_CASE("DOCX with a damaged styles part still imports, with a warning", "[import][docx]") {
    const auto bytes = ZipWriter()
                           .add("word/document.xml", documentXml(para("text")))
                           .add("word/styles.xml", "<w:styles " + kNs + "><w:style>")
                           .bytes();
    const auto content = readDocx(bytes);
    CHECK(content.blocks.size() == 1);
    CHECK_THAT(content.warnings.at(0), Contains("word/styles.xml"));
}

TEST_CASE("DOCX bold runs become strong ranges for bold speaker labels", "[import][docx][transcript]") {
    const auto bold = [](const std::string& t, const std::string& val = {}) {
        return "<w:r><w:rPr><w:b" + (val.empty() ? "" : " w:val=\"" + val + "\"") +
               "/></w:rPr><w:t xml:space=\"preserve\">" + t + "</w:t></w:r>";
    };
    const auto plain = [](const std::string& t) {
        return "<w:r><w:t xml:space=\"preserve\">" + t + "</w:t></w:r>";
    };
    const auto blocks =
        readDocx(docx("<w:p>" + bold("Amira") + "<w:proofErr/>" + bold(":") + plain(" I came ") +
                      bold("alone", "0") + plain(" in ") + bold("2016") + "</w:p>"))
            .blocks;
    REQUIRE(blocks.size() == 1);
    CHECK(blocks[0].text == "Amira: I came alone in 2016");
    REQUIRE(blocks[0].strong.size() == 2);
    CHECK(blocks[0].strong[0].begin == 0);
    CHECK(blocks[0].strong[0].end == 6);
    CHECK(blocks[0].text.substr(blocks[0].strong[1].begin,
                                blocks[0].strong[1].end - blocks[0].strong[1].begin) == "2016");
}
