#include "common/error.h"
#include "import/pdf.h"
#include "support/pdf_writer.h"
#include "text/utf.h"

#include <catch2/catch.hpp>

using cairn::InvalidInput;
using cairn::import::parsePdf;
using cairn::import::readPdf;
using cairn::test::makeNoTextPdf;
using cairn::test::makeTextPdf;
using cairn::test::PdfOptions;
using Catch::Matchers::Contains;

namespace {

std::vector<std::string> blockTexts(const std::string& pdf) {
    std::vector<std::string> out;
    for (const auto& block : readPdf(pdf).blocks)
        out.push_back(block.text);
    return out;
}

const std::string kLong = "This line is long enough to reach the right margin of a page set in twelve";

} // namespace

TEST_CASE("PDF paragraphs split at gaps and short lines, soft breaks join with spaces", "[import][pdf]") {
    const auto pdf = makeTextPdf({{"Arrival", "", kLong, "point Helvetica, and it wraps onto the next line",
                                   "", kLong, "point type. A short last line ends it:", "Next paragraph."}});
    CHECK(blockTexts(pdf) ==
          std::vector<std::string>{"Arrival", kLong + " point Helvetica, and it wraps onto the next line",
                                   kLong + " point type. A short last line ends it:", "Next paragraph."});
}

TEST_CASE("PDF line-end hyphens are removed only before a lower-case continuation", "[import][pdf]") {
    const auto pdf = makeTextPdf(
        {{"We crossed from Izmir to Lesbos and walked for days and days through Tur-",
          "key before the camp; the Anglo-Welsh family who helped us there were Anglo-",
          "Welsh, they said, and the number on the papers they gave us was 2015-", "2016 on the papers."}});
    CHECK(blockTexts(pdf) ==
          std::vector<std::string>{
              "We crossed from Izmir to Lesbos and walked for days and days through Turkey "
              "before the camp; the Anglo-Welsh family who helped us there were Anglo- Welsh, "
              "they said, and the number on the papers they gave us was 2015- 2016 on the "
              "papers."});
}

TEST_CASE("PDF bulleted lines start paragraphs even after a full-width line", "[import][pdf]") {
    // WinAnsiEncoding code 0x95 is the bullet; poppler gives it back as U+2022.
    const auto pdf = makeTextPdf({{"\x95 " + kLong, "\x95 " + kLong, "point type."}});
    CHECK(blockTexts(pdf) ==
          std::vector<std::string>{"\xE2\x80\xA2 " + kLong, "\xE2\x80\xA2 " + kLong + " point type."});
}

TEST_CASE("PDF paragraphs continue across a page break in lower case only", "[import][pdf]") {
    const auto pdf =
        makeTextPdf({{kLong, "point type and carries on past the foot of the page where it was"},
                     {"", "", "interrupted, then ends.", ""}, // a top margin is no paragraph gap
                     {kLong, "point type and it ends the page with a complete and long sentence."},
                     {"Capital start, so a new paragraph."}});
    CHECK(blockTexts(pdf) ==
          std::vector<std::string>{
              kLong + " point type and carries on past the foot of the page where it was "
                      "interrupted, then ends.",
              kLong + " point type and it ends the page with a complete and long sentence.",
              "Capital start, so a new paragraph."});
}

TEST_CASE("PDF running headers and page-number footers repeated on every page are dropped", "[import][pdf]") {
    std::vector<std::vector<std::string>> pages;
    for (int page = 1; page <= 3; ++page)
        pages.push_back({"Wrexham study - confidential", "", "Content of page " + std::to_string(page) + ".",
                         "", "Page " + std::to_string(page) + " of 3"});
    CHECK(blockTexts(makeTextPdf(pages)) ==
          std::vector<std::string>{"Content of page 1.", "Content of page 2.", "Content of page 3."});
    pages.pop_back(); // two pages: too few to tell a running header from content
    CHECK(blockTexts(makeTextPdf(pages)).size() == 6);
}

TEST_CASE("PDF transcript turns get speakers, title from the document information",
          "[import][pdf][transcript]") {
    PdfOptions options;
    options.title = "Interview 7 (Edinburgh)";
    const auto doc = parsePdf(makeTextPdf(
        {{"Interviewer: When did you come to Edinburgh?", "Reza: In the winter of 2019, on my own.",
          "Interviewer: Alone?", "Reza: Yes. My brother came later."}},
        options));
    CHECK(doc.format == "pdf");
    CHECK(doc.title == "Interview 7 (Edinburgh)");
    REQUIRE(doc.passages.size() == 4);
    CHECK(doc.passages[1].speaker == "Reza");
    CHECK(cairn::text::sliceCodePoints(doc.text, doc.passages[3].cpStart, doc.passages[3].cpEnd) ==
          "Yes. My brother came later.");
}

TEST_CASE("PDF prose keeps a line break before a label-like line but stays one paragraph", "[import][pdf]") {
    CHECK(
        blockTexts(makeTextPdf({{kLong, "Note: this line looks like a label, and the paragraph goes on"}})) ==
        std::vector<std::string>{kLong + "\nNote: this line looks like a label, and the paragraph goes on"});
}

TEST_CASE("PDF pages without text are refused or reported", "[import][pdf][scanned]") {
    CHECK_THROWS_WITH(parsePdf(makeNoTextPdf(2)),
                      "the PDF has no text layer (it looks scanned); run OCR first and import the result");
    auto mixed = makeTextPdf({{"Only the first page has text."}, {}, {"", ""}});
    const auto content = readPdf(mixed);
    CHECK(content.blocks.size() == 1);
    CHECK(content.warnings ==
          std::vector<std::string>{
              "pages 2, 3 of the PDF have no text layer (scanned?) and were not imported"});
}

TEST_CASE("damaged, truncated or locked PDFs are refused with a clear message", "[import][pdf][corrupt]") {
    const auto good = makeTextPdf({{"Some text on the page."}});
    PdfOptions locked;
    locked.lockedWithUnknownPassword = true;
    const std::vector<std::pair<std::string, std::string>> rows{
        {"", "not a PDF file"},
        {"plain text pretending", "not a PDF file"},
        {good.substr(0, 40), "not a valid PDF file: it is damaged or truncated"},
        {good.substr(0, good.find("xref")), "not a valid PDF file: it is damaged or truncated"},
        {"%PDF-1.4\n" + std::string(3000, '\0'), "not a valid PDF file"},
        // found by fuzz_pdf: poppler spends seconds and hundreds of MB rebuilding such a table
        {"%PDF-1.4\n8388607 0 obj\n<< >>\nendobj\n", "it numbers an object 8388607"},
        {good.substr(0, 200) + "\n11111111111112 0 obj\n<< >>\nendobj\n",
         "it numbers an object 11111111111112"},
        {makeTextPdf({{"secret"}}, locked), "the PDF is password-protected"},
    };
    for (const auto& [bytes, message] : rows) {
        INFO(message);
        CHECK_THROWS_AS(parsePdf(bytes), InvalidInput);
        CHECK_THROWS_WITH(parsePdf(bytes), Contains(message));
    }
}
