#include "common/error.h"
#include "import/odt.h"
#include "support/zip_writer.h"
#include "text/utf.h"

#include <catch2/catch.hpp>

using cairn::InvalidInput;
using cairn::import::parseOdt;
using cairn::import::readOdt;
using cairn::import::TextBlock;
using cairn::test::ZipWriter;
using Catch::Matchers::Contains;
using Catch::Matchers::VectorContains;
using Kind = TextBlock::Kind;

namespace {

const std::string kNamespaces = R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
                                R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
                                R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
                                R"(xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" )"
                                R"(xmlns:dc="http://purl.org/dc/elements/1.1/")";

std::string contentXml(const std::string& body) {
    return R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content )" + kNamespaces +
           R"( office:version="1.3"><office:body><office:text><text:sequence-decls/>)" + body +
           "</office:text></office:body></office:document-content>";
}

std::string odt(const std::string& body, const std::string& title = {},
                const std::string& mime = "application/vnd.oasis.opendocument.text") {
    ZipWriter zip;
    zip.add("mimetype", mime, ZipWriter::Method::Store);
    zip.add("content.xml", contentXml(body));
    zip.add("META-INF/manifest.xml",
            R"(<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>)");
    if (!title.empty())
        zip.add("meta.xml", "<office:document-meta " + kNamespaces + "><office:meta><dc:title>" + title +
                                "</dc:title></office:meta></office:document-meta>");
    return zip.bytes();
}

std::string p(const std::string& inner) {
    return "<text:p text:style-name=\"P1\">" + inner + "</text:p>";
}

std::vector<std::pair<Kind, std::string>> blocksOf(const std::string& bytes) {
    std::vector<std::pair<Kind, std::string>> out;
    for (const auto& block : readOdt(bytes).blocks)
        out.emplace_back(block.kind, block.text);
    return out;
}

} // namespace

TEST_CASE("ODT spaces, tabs and line breaks follow the ODF whitespace rules", "[import][odt]") {
    const std::string body =
        p("a<text:s/>b<text:s text:c=\"3\"/>c<text:tab/>d<text:line-break/>e") +
        p("\n    collapsed   \n  runs <text:span text:style-name=\"T1\">in a span</text:span> and "
          "<text:a xlink:href=\"http://x\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">a link</text:a>") +
        p("huge<text:s text:c=\"2000000000\"/>count") + p("   ") + p("");
    const std::vector<std::pair<Kind, std::string>> expected{
        {Kind::Paragraph, "a b   c\td\ne"},
        {Kind::Paragraph, "collapsed runs in a span and a link"},
        {Kind::Paragraph, "huge" + std::string(1000, ' ') + "count"}};
    CHECK(blocksOf(odt(body)) == expected);
}

TEST_CASE("ODT headings, nested lists and table rows become typed blocks", "[import][odt]") {
    const std::string body =
        "<text:h text:outline-level=\"1\">Arrival</text:h>" + p("Intro") + "<text:list><text:list-item>" +
        p("first") + "</text:list-item><text:list-item>" + p("second") + "<text:list><text:list-item>" +
        p("nested") + "</text:list-item></text:list></text:list-item></text:list>" +
        "<table:table table:name=\"T\"><table:table-column/><table:table-header-rows><table:table-row>"
        "<table:table-cell>" +
        p("Question") + "</table:table-cell><table:table-cell>" + p("Answer") +
        "</table:table-cell></table:table-row></table:table-header-rows>"
        "<table:table-row><table:table-cell>" +
        p("Age") + "</table:table-cell><table:table-cell>" + p("34") + p("years") +
        "</table:table-cell></table:table-row>"
        "<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell "
        "table:number-columns-repeated=\"1024\"/></table:table-row></table:table>" +
        "<text:section text:name=\"S\">" + p("in a section") + "</text:section>";
    const std::vector<std::pair<Kind, std::string>> expected{
        {Kind::Heading, "Arrival"},         {Kind::Paragraph, "Intro"},
        {Kind::ListItem, "first"},          {Kind::ListItem, "second"},
        {Kind::ListItem, "nested"},         {Kind::TableRow, "Question | Answer"},
        {Kind::TableRow, "Age | 34 years"}, {Kind::Paragraph, "in a section"}};
    CHECK(blocksOf(odt(body)) == expected);
}

TEST_CASE("ODT comments, notes, tracked deletions and frames are dropped", "[import][odt]") {
    const std::string body =
        "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><office:change-info/>" +
        p("deleted words") + "</text:deletion></text:changed-region></text:tracked-changes>" +
        p("Kept<text:change text:change-id=\"c1\"/> text<office:annotation><dc:creator>R</dc:creator>" +
          p("a comment") +
          "</office:annotation> here<text:note "
          "text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
          "<text:note-body>" +
          p("the footnote") + "</text:note-body></text:note>.") +
        p("<draw:frame><draw:text-box>" + p("boxed") + "</draw:text-box></draw:frame>Outside");
    const auto content = readOdt(odt(body));
    REQUIRE(content.blocks.size() == 2);
    CHECK(content.blocks[0].text == "Kept text here.");
    CHECK(content.blocks[1].text == "Outside");
    CHECK_THAT(content.warnings, VectorContains(std::string("comments in the ODT file were not imported")));
    CHECK_THAT(content.warnings,
               VectorContains(std::string("text in text boxes and frames was not imported")));
}

TEST_CASE("ODT Arabic and emoji text, title from meta.xml", "[import][odt][unicode]") {
    const std::string persian =
        "\xD9\x85\xD9\x86 \xD8\xA7\xD8\xB2 \xDA\xA9\xD8\xA7\xD8\xA8\xD9\x84 \xD8\xA2\xD9\x85\xD8\xAF\xD9\x85";
    const std::string emoji = "\xF0\x9F\x98\x8A thanks";
    const auto doc = parseOdt(odt(p(persian) + p(emoji), " Kabul to Leeds "));
    REQUIRE(doc.passages.size() == 2);
    CHECK(cairn::text::sliceCodePoints(doc.text, doc.passages[0].cpStart, doc.passages[0].cpEnd) == persian);
    CHECK(cairn::text::sliceCodePoints(doc.text, doc.passages[1].cpStart, doc.passages[1].cpEnd) == emoji);
    CHECK(doc.title == "Kabul to Leeds");
    CHECK(doc.format == "odt");
}

TEST_CASE("ODT transcript turns get speakers as in plain text", "[import][odt][transcript]") {
    const auto doc =
        parseOdt(odt(p("Interviewer: Where did you first stay?") + p("Amira: A hotel in Birmingham.") +
                     p("Interviewer: For how long?") + p("Amira: Eight months.")));
    REQUIRE(doc.passages.size() == 4);
    CHECK(doc.passages[1].speaker == "Amira");
}

TEST_CASE("damaged, encrypted or non-text ODF files are refused with a clear message",
          "[import][odt][corrupt]") {
    const auto good = odt(p("Some text long enough to be worth truncating.") + p("More."));
    const auto noContent = ZipWriter().add("mimetype", "application/vnd.oasis.opendocument.text").bytes();
    const auto malformed = ZipWriter().add("content.xml", contentXml(p("open") + "<text:p>")).bytes();
    const auto notText =
        ZipWriter().add("content.xml", "<office:document-styles " + kNamespaces + "/>").bytes();
    const auto encrypted =
        ZipWriter()
            .add("mimetype", "application/vnd.oasis.opendocument.text", ZipWriter::Method::Store)
            .add("content.xml", std::string("\x8b\x12\xff\x00garbled", 11))
            .add("META-INF/manifest.xml",
                 R"(<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">)"
                 R"(<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/>)"
                 R"(</manifest:file-entry></manifest:manifest>)")
            .bytes();
    const std::string ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0');
    const std::vector<std::pair<std::string, std::string>> rows{
        {good.substr(0, good.size() / 2), "not a valid ODT file"},
        {noContent, "the ODT file is damaged: content.xml is missing"},
        {malformed, "content.xml is not well-formed XML"},
        {notText, "has no text body"},
        {odt(p("x"), {}, "application/vnd.oasis.opendocument.spreadsheet"),
         "of type application/vnd.oasis.opendocument.spreadsheet"},
        {encrypted, "password-protected"},
        {ole, "password-protected (encrypted) or an old binary Office file"},
        {odt(p(" ")), "no text"},
        {odt(p("bad \xC3")), "not valid UTF-8"},
    };
    for (const auto& [bytes, message] : rows) {
        INFO(message);
        CHECK_THROWS_AS(parseOdt(bytes), InvalidInput);
        CHECK_THROWS_WITH(parseOdt(bytes), Contains(message));
    }
}

TEST_CASE("ODT nesting beyond the depth limit is refused, not a stack overflow", "[import][odt][limits]") {
    std::string deep;
    for (int i = 0; i < 5000; ++i)
        deep += "<text:span>";
    for (int i = 0; i < 5000; ++i)
        deep += "</text:span>";
    CHECK_THROWS_WITH(parseOdt(odt(p(deep))), Contains("nests elements more than"));
}

TEST_CASE("ODT bold spans become strong ranges, following style parents", "[import][odt][transcript]") {
    const std::string styles =
        R"(<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
        R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
        R"(xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"><office:styles>)"
        R"(<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>)"
        R"(</office:styles></office:document-styles>)";
    const std::string automatic =
        R"(<office:automatic-styles xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
        R"(xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0">)"
        R"(<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="700"/></style:style>)"
        R"(<style:style style:name="T2" style:family="text" style:parent-style-name="Strong"/>)"
        R"(<style:style style:name="T3" style:family="text" style:parent-style-name="Strong">)"
        R"(<style:text-properties fo:font-weight="normal"/></style:style></office:automatic-styles>)";
    auto content = contentXml(p("<text:span text:style-name=\"T1\">Amira</text:span><text:span "
                                "text:style-name=\"T2\">:</text:span> I came <text:span "
                                "text:style-name=\"T3\">alone</text:span> in <text:span "
                                "text:style-name=\"Strong\">2016</text:span>"));
    content.replace(content.find("<office:body>"), 0, automatic);
    const auto bytes = ZipWriter().add("content.xml", content).add("styles.xml", styles).bytes();
    const auto blocks = readOdt(bytes).blocks;
    REQUIRE(blocks.size() == 1);
    CHECK(blocks[0].text == "Amira: I came alone in 2016");
    REQUIRE(blocks[0].strong.size() == 2);
    CHECK(blocks[0].strong[0].begin == 0);
    CHECK(blocks[0].strong[0].end == 6);
    CHECK(blocks[0].strong[1].begin == 23);
    CHECK(blocks[0].strong[1].end == 27);
}
