#include "import/markdown.h"
#include "import/markdown_inline.h"
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

void checkBlocks(const std::string& markdown, const std::vector<Expected>& expected) {
    INFO(markdown);
    const auto blocks = markdownBlocks(markdown).blocks;
    REQUIRE(blocks.size() == expected.size());
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        INFO("block " << i);
        CHECK(blocks[i].text == expected[i].text);
        CHECK(blocks[i].kind == expected[i].kind);
    }
}

} // namespace

TEST_CASE("Markdown headings lose their markers", "[import][markdown]") {
    checkBlocks("# Integration in Swansea\n\n## Part *two* ##\n\n###### Six\n\n####### seven is text",
                {{"Integration in Swansea", Kind::Heading},
                 {"Part two", Kind::Heading},
                 {"Six", Kind::Heading},
                 {"####### seven is text", Kind::Paragraph}});
    checkBlocks("Setext one\n==========\n\nSetext two\n---\n\nA paragraph\nover two lines",
                {{"Setext one", Kind::Heading},
                 {"Setext two", Kind::Heading},
                 {"A paragraph\nover two lines", Kind::Paragraph}});
}

TEST_CASE("Markdown lists, quotes, code and rules", "[import][markdown]") {
    checkBlocks("- first item\n* second item\n  continued\n+ third\n  - nested item\n1. one\n2) two\n"
                "- [x] done task",
                {{"first item", Kind::ListItem},
                 {"second item\ncontinued", Kind::ListItem},
                 {"third", Kind::ListItem},
                 {"nested item", Kind::ListItem},
                 {"one", Kind::ListItem},
                 {"two", Kind::ListItem},
                 {"done task", Kind::ListItem}});
    checkBlocks("> Quoted **words**\n> more\n>\n> > nested quote\n\nAfter.",
                {{"Quoted words\nmore", Kind::Paragraph},
                 {"nested quote", Kind::Paragraph},
                 {"After.", Kind::Paragraph}});
    checkBlocks("```python\nx = a * b * c\n**not bold**\n```\n\n~~~\ncode\n~~~",
                {{"x = a * b * c\n**not bold**", Kind::Paragraph}, {"code", Kind::Paragraph}});
    checkBlocks("Above\n\n---\n\n* * *\n\n___\n\nBelow",
                {{"Above", Kind::Paragraph}, {"Below", Kind::Paragraph}});
    // An ordered marker other than 1 does not interrupt a paragraph: "2019. That year" is prose.
    checkBlocks("We arrived in\n2019. That year was hard.",
                {{"We arrived in\n2019. That year was hard.", Kind::Paragraph}});
}

TEST_CASE("Markdown tables become rows of cells", "[import][markdown]") {
    checkBlocks(
        "| Service | Wait |\n|---|:---:|\n| ESOL *class* | 8 months |\nGP | 2 weeks\n\nAfter the table.",
        {{"Service | Wait", Kind::TableRow},
         {"ESOL class | 8 months", Kind::TableRow},
         {"GP | 2 weeks", Kind::TableRow},
         {"After the table.", Kind::Paragraph}});
}

TEST_CASE("Markdown inline markup is removed, and only markup", "[import][markdown]") {
    struct Row {
        std::string markdown, text;
    };
    for (const auto& [markdown, text] : std::vector<Row>{
             {"*em* and _em_ and **strong** and __strong__ and ***both***",
              "em and em and strong and strong and both"},
             {"~~struck~~ and `a * b` and ``x ` y``", "struck and a * b and x ` y"},
             {"[the report](https://example.org/r.pdf) and ![a map](map.png) and [ref][1]",
              "the report and a map and ref"},
             {"(laughs) [laughs] [00:12:34] stay", "(laughs) [laughs] [00:12:34] stay"},
             {"2 * 3 * 4 = 24, snake_case_name, 5*3", "2 * 3 * 4 = 24, snake_case_name, 5*3"},
             {"\\*literal\\* and &amp; &#8217; &eacute; &bogus;",
              "*literal* and & \xE2\x80\x99 \xC3\xA9 &bogus;"},
             {"<https://example.org> and <b>bold tag</b> and a < b",
              "https://example.org and bold tag and a < b"},
             {"**unclosed and *half", "**unclosed and *half"},
         }) {
        INFO(markdown);
        CHECK(renderMarkdownInline(markdown).text == text);
    }
}

TEST_CASE("strong ranges survive for speaker labels", "[import][markdown]") {
    const auto rendered = renderMarkdownInline("**Amira:** hello\n**Rhian**: and *you*");
    CHECK(rendered.text == "Amira: hello\nRhian: and you");
    REQUIRE(rendered.strong.size() == 2);
    CHECK(rendered.text.substr(rendered.strong[0].begin, rendered.strong[0].end - rendered.strong[0].begin) ==
          "Amira:");
    CHECK(rendered.text.substr(rendered.strong[1].begin, rendered.strong[1].end - rendered.strong[1].begin) ==
          "Rhian");
}

TEST_CASE("a Markdown transcript in bold labels gives speaker turns", "[import][markdown][transcript]") {
    const auto doc =
        parseMarkdown("# Interview S-02, Abertawe\n\n**Eleri:** Croeso, welcome to the centre.\n"
                      "**Tariq:** Diolch. I have lived in *Swansea* five years.\n\n"
                      "**Eleri:** And the Welsh class?\n\n**Tariq**: I go every Tuesday evening.");
    CHECK(doc.format == "markdown");
    CHECK(doc.layout == "markdown-bold");
    CHECK(doc.title == "Interview S-02, Abertawe");
    REQUIRE(doc.passages.size() == 5);
    CHECK(cairn::test::speakers(doc) == std::vector<std::string>{"", "Eleri", "Tariq", "Eleri", "Tariq"});
    CHECK(passageText(doc, 2) == "Diolch. I have lived in Swansea five years.");
    CHECK(cairn::test::labelBefore(doc, 4) == "Tariq: ");
    CHECK(doc.text.find('*') == std::string::npos);
    cairn::test::checkInvariants(doc);
}

TEST_CASE("YAML front matter gives the title and is not text", "[import][markdown]") {
    const auto doc =
        parseMarkdown("---\ntitle: \"Workshop notes, Newport\"\nauthor: Bethan\n---\n\nWe met at the hub.");
    CHECK(doc.title == "Workshop notes, Newport");
    REQUIRE(doc.passages.size() == 1);
    CHECK(passageText(doc, 0) == "We met at the hub.");
    // Without a closing line it is an ordinary rule and paragraph.
    CHECK(markdownBlocks("---\ntitle: x").blocks.size() == 1);
}
