#include "import/html.h"
#include "passage_checks.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace cairn::import;
using cairn::test::passageText;
using Kind = TextBlock::Kind;

namespace {

struct Expected {
    std::string text;
    Kind kind;
};

void checkBlocks(const std::string& html, const std::vector<Expected>& expected) {
    INFO(html);
    const auto blocks = htmlBlocks(html).blocks;
    REQUIRE(blocks.size() == expected.size());
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        INFO("block " << i);
        CHECK(blocks[i].text == expected[i].text);
        CHECK(blocks[i].kind == expected[i].kind);
    }
}

} // namespace

TEST_CASE("HTML drops scripts, styles and the head but keeps the title", "[import][html]") {
    const std::string page = "<!DOCTYPE html><html><head><title>  Call for\n evidence </title>"
                             "<style>p { color: red }</style><script>var x = '<p>no</p>';</script></head>"
                             "<body><noscript>Enable JS</noscript><template><p>later</p></template>"
                             "<p hidden>secret</p><h1>Findings</h1><p>First   paragraph\n  here.</p>"
                             "<script>alert(1)</script></body></html>";
    const auto content = htmlBlocks(page);
    CHECK(content.title == "Call for evidence");
    checkBlocks(page, {{"Findings", Kind::Heading}, {"First paragraph here.", Kind::Paragraph}});
    const auto doc = parseHtml(page);
    CHECK(doc.format == "html");
    CHECK(doc.title == "Call for evidence");
    CHECK(doc.text == "Findings\n\nFirst paragraph here.");
}

TEST_CASE("HTML entities are decoded and whitespace collapses as in a browser", "[import][html]") {
    checkBlocks("<p>Caf&eacute; &amp; &#8220;chips&#8221;&nbsp;&pound;3 &lt;cheap&gt;</p>",
                {{"Caf\xC3\xA9 & \xE2\x80\x9C"
                  "chips\xE2\x80\x9D\xC2\xA0\xC2\xA3"
                  "3 <cheap>",
                  Kind::Paragraph}});
    checkBlocks("<p>  one <em>two</em>\n\t<span> three </span>four</p><p>line<br>break<br/> here</p>"
                "<pre>  keep   this\n    layout</pre>",
                {{"one two three four", Kind::Paragraph},
                 {"line\nbreak\nhere", Kind::Paragraph},
                 {"keep   this\n    layout", Kind::Paragraph}});
}

TEST_CASE("HTML lists, nested lists, quotes, headings and tables", "[import][html]") {
    checkBlocks("<ul><li>Housing<ul><li>hotels</li><li>flats</li></ul></li><li><p>Health</p></li></ul>"
                "<ol><li>One</li></ol><blockquote><p>We were not told.</p></blockquote>"
                "<h2>Section <small>2</small></h2><div>Loose <div>nested</div> text</div>",
                {{"Housing", Kind::ListItem},
                 {"hotels", Kind::ListItem},
                 {"flats", Kind::ListItem},
                 {"Health", Kind::ListItem},
                 {"One", Kind::ListItem},
                 {"We were not told.", Kind::Paragraph},
                 {"Section 2", Kind::Heading},
                 {"Loose", Kind::Paragraph},
                 {"nested", Kind::Paragraph},
                 {"text", Kind::Paragraph}});
    checkBlocks("<table><caption>Waits</caption><thead><tr><th>Service</th><th>Wait</th></tr></thead>"
                "<tbody><tr><td>ESOL <b>class</b></td><td><p>8</p><p>months</p></td></tr>"
                "<tr><td></td><td></td></tr></tbody></table>",
                {{"Waits", Kind::Paragraph},
                 {"Service | Wait", Kind::TableRow},
                 {"ESOL class | 8 months", Kind::TableRow}});
}

TEST_CASE("broken HTML is mended, not refused", "[import][html]") {
    checkBlocks("<p>Unclosed <b>bold<p>Next para</i></div>",
                {{"Unclosed bold", Kind::Paragraph}, {"Next para", Kind::Paragraph}});
    checkBlocks("just text, no tags", {{"just text, no tags", Kind::Paragraph}});
}

TEST_CASE("an HTML transcript with bold names gives speaker turns", "[import][html][transcript]") {
    const auto doc = parseHtml("<h1>Interview E-04</h1><p><b>Reza:</b> I came to Edinburgh in 2021.</p>"
                               "<p><strong>Fiona:</strong> How was the first winter?</p>"
                               "<p><b>Reza:</b> Dark at four o'clock, very dark.</p>"
                               "<p><b>Fiona:</b> And the college course?</p>");
    CHECK(doc.layout == "markdown-bold");
    REQUIRE(doc.passages.size() == 5);
    CHECK(cairn::test::speakers(doc) == std::vector<std::string>{"", "Reza", "Fiona", "Reza", "Fiona"});
    CHECK(passageText(doc, 3) == "Dark at four o'clock, very dark.");
    CHECK(cairn::test::labelBefore(doc, 3) == "Reza: ");
    cairn::test::checkInvariants(doc);
}

TEST_CASE("a page's declared charset is found by the prescan", "[import][html]") {
    struct Row {
        std::string head, charset;
    };
    for (const auto& [head, charset] : std::vector<Row>{
             {"<html><head><meta charset=\"windows-1256\">", "windows-1256"},
             {"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-2\">", "iso-8859-2"},
             {"<meta charset='iso-8859-1'>", "windows-1252"},
             {"<meta charset=utf-16le>", "UTF-8"},
             {"<meta name=\"author\" content=\"x\"><p>charset=koi8-r in text</p>", ""},
             {std::string(1100, ' ') + "<meta charset=\"windows-1250\">", ""}}) {
        INFO(head);
        CHECK(declaredHtmlCharset(head) == charset);
    }
    // The bytes are already UTF-8: a stale declaration must not make libxml2 decode them again.
    CHECK(htmlBlocks("<meta charset=\"iso-8859-1\"><p>Caf\xC3\xA9</p>").blocks.at(0).text == "Caf\xC3\xA9");
}
