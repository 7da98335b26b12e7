#include "common/error.h"
#include "import/limits.h"
#include "import/parse_file.h"
#include "passage_checks.h"
#include "support/test_paths.h"
#include "support/zip_writer.h"

#include <catch2/catch.hpp>
#include <string>
#include <unicode/ucnv.h>
#include <vector>

using namespace cairn::import;
using cairn::test::passageText;
using cairn::test::ZipWriter;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

std::string encode(const std::string& utf8, const char* encoding) {
    UErrorCode status = U_ZERO_ERROR;
    std::string out(utf8.size() * 4 + 16, '\0');
    const auto length = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                     utf8.data(), static_cast<int32_t>(utf8.size()), &status);
    REQUIRE(U_SUCCESS(status));
    out.resize(static_cast<std::size_t>(length));
    return out;
}

std::string docxWith(const std::vector<std::string>& paragraphs) {
    std::string body;
    for (const auto& p : paragraphs)
        body += "<w:p><w:r><w:t xml:space=\"preserve\">" + p + "</w:t></w:r></w:p>";
    return ZipWriter()
        .add("[Content_Types].xml",
             "<?xml version=\"1.0\"?><Types "
             "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        .add("word/document.xml", "<?xml version=\"1.0\"?><w:document "
                                  "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
                                  "main\"><w:body>" +
                                      body + "</w:body></w:document>")
        .bytes();
}

const std::string kArabic =
    "\xD8\xA3\xD9\x86\xD8\xA7 \xD9\x85\xD9\x86 \xD8\xAD\xD9\x85\xD8\xB5 \xD9\x81\xD9\x8A "
    "\xD8\xA7\xD9\x84\xD8\xA3\xD8\xB5\xD9\x84. \xD8\xB9\xD8\xB4\xD9\x86\xD8\xA7 \xD9\x81\xD9\x8A "
    "\xD9\x84\xD8\xA8\xD9\x86\xD8\xA7\xD9\x86 \xD8\xA3\xD8\xB1\xD8\xA8\xD8\xB9 "
    "\xD8\xB3\xD9\x86\xD9\x88\xD8\xA7\xD8\xAA.";

} // namespace

TEST_CASE("the format comes from the content, the extension, then the text", "[import][parse_file]") {
    struct Row {
        std::string bytes, fileName, format;
    };
    const std::string odt =
        ZipWriter()
            .add("mimetype", "application/vnd.oasis.opendocument.text", ZipWriter::Method::Store)
            .add("content.xml", "<x/>")
            .bytes();
    for (const auto& [bytes, fileName, format] :
         std::vector<Row>{{"hello", "notes.TXT", "text"},
                          {"hello", "notes.text", "text"},
                          {"# hi", "notes.md", "markdown"},
                          {"# hi", "notes.markdown", "markdown"},
                          {"<p>hi", "page.htm", "html"},
                          {"<p>hi", "page.xhtml", "html"},
                          {"1\n00:00:01,000 --> 00:00:02,000\nhi", "a.srt", "srt"},
                          {"WEBVTT\n", "a.vtt", "vtt"},
                          {"%PDF-1.7\n", "report.pdf", "pdf"},
                          {"%PDF-1.4\n", "saved-as.txt", "pdf"},
                          {docxWith({"x"}), "no-extension", "docx"},
                          {docxWith({"x"}), "mislabelled.odt", "docx"},
                          {odt, "export", "odt"},
                          {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 old word", "old.doc", "docx"},
                          {"\xEF\xBB\xBF  WEBVTT\n\n00:01.000 --> 00:02.000\nhi", "captions", "vtt"},
                          {"1\r\n00:00:01,000 --> 00:00:02,000\r\nhi", "captions.sub", "srt"},
                          {"\n<!DOCTYPE HTML><html>", "saved-page", "html"},
                          {"<HTML><body>", "saved.page", "html"},
                          {"Just notes.", "notes.log", "text"},
                          {"Just notes.", "dir.d/README", "text"}}) {
        INFO(fileName);
        CHECK(detectFormat(bytes, fileName) == format);
    }
    CHECK(detectFormat("<p>x</p>", "a.txt", "html") == "html");
    CHECK(detectFormat("# x", "a.txt", "md") == "markdown");
    CHECK_THROWS_WITH(detectFormat("x", "a.txt", "rtf"),
                      Contains("unknown format 'rtf'") && Contains("markdown"));
    CHECK_THROWS_WITH(detectFormat(ZipWriter().add("a.csv", "1,2").bytes(), "data"),
                      Contains("neither a DOCX nor"));
    // A truncated archive is refused as input (it once read past the end), or left to the reader its
    // extension names, which explains the damage.
    CHECK_THROWS_AS(detectFormat(std::string("PK\x03\x04", 4), "short"), cairn::InvalidInput);
    CHECK(detectFormat(std::string("PK\x03\x04", 4), "short.docx") == "docx");
    CHECK_THROWS_AS(parseSourceBytes(std::string("PK\x03\x04", 4), "short.odt", {}), cairn::InvalidInput);
}

TEST_CASE("text files are decoded, made canonical and their encoding recorded", "[import][parse_file]") {
    const std::string text =
        "The caseworker said it would cost \xC2\xA3"
        "50 a month. \xE2\x80\x9CThat\xE2\x80\x99s too much,\xE2\x80\x9D she told us, and we "
        "didn\xE2\x80\x99t know where the money would come from.";
    const auto doc = parseSourceBytes(encode(text, "windows-1252"), "notes.txt", {});
    CHECK(doc.format == "text");
    CHECK(doc.encoding == "windows-1252");
    CHECK(doc.text == text);
    REQUIRE_FALSE(doc.warnings.empty());
    CHECK_THAT(doc.warnings[0], Contains("guessed as windows-1252") && Contains("--encoding"));

    // BOM, CRLF and decomposed accents: stored as NFC with LF and no BOM.
    const auto bom = parseSourceBytes("\xEF\xBB\xBF"
                                      "Caf"
                                      "e\xCC\x81 one\r\n\r\nsecond\r\n",
                                      "bom.txt", {});
    CHECK(bom.encoding == "UTF-8");
    CHECK(bom.text == "Caf\xC3\xA9 one\n\nsecond");
    CHECK(bom.warnings.empty());

    // The user's encoding wins over detection.
    const std::string lithuanian = "U\xC5\xBE t\xC4\x85 lov\xC4\x85 mok\xC4\x97jau beveik pus\xC4\x99 algos.";
    ParseOptions options;
    options.encoding = "windows-1257";
    const auto lt = parseSourceBytes(encode(lithuanian, "windows-1257"), "lt.txt", options);
    CHECK(lt.encoding == "windows-1257");
    CHECK(lt.text == lithuanian);
}

TEST_CASE("an HTML page's declared charset is used when its bytes are not UTF-8", "[import][parse_file]") {
    const std::string page = "<html><head><meta charset=\"windows-1256\"><title>t</title></head><body><p>" +
                             kArabic + "</p></body></html>";
    const auto doc = parseSourceBytes(encode(page, "windows-1256"), "page.html", {});
    CHECK(doc.encoding == "windows-1256");
    CHECK(doc.warnings.empty());
    CHECK(passageText(doc, 0) == kArabic);

    // A page whose bytes do not fit its declared charset is detected instead, with a warning.
    const std::string stale = "<meta charset=\"windows-1257\"><p>Caf\xC3\xA9 \xE2\x80\x9C"
                              "chips\xE2\x80\x9D "
                              "\xE2\x80\x93"
                              " fine food, good prices and very friendly people.</p>";
    auto bytes = encode(stale, "windows-1252");
    bytes += "\xA1"; // undefined in windows-1257, so the declaration cannot be right
    const auto detected = parseSourceBytes(bytes, "stale.htm", {});
    CHECK(detected.encoding == "windows-1252");
    REQUIRE_FALSE(detected.warnings.empty());
    CHECK_THAT(detected.warnings[0], Contains("declares charset windows-1257"));
}

TEST_CASE("each format reaches its parser", "[import][parse_file]") {
    struct Row {
        std::string bytes, fileName, format, layout;
    };
    for (const auto& [bytes, fileName, format, layout] : std::vector<Row>{
             {"# Title\n\n**Amira:** We came in 2019 to Cardiff.\n\n**Rhian:** And the first winter?\n\n"
              "**Amira:** Very cold and very grey.\n",
              "int.md", "markdown", "markdown-bold"},
             {"<h1>Notes</h1><p>We met at the hub.</p>", "n.html", "html", ""},
             {"WEBVTT\n\n00:01.000 --> 00:02.000\n<v Reza>Hello there.</v>\n", "t.vtt", "vtt", "vtt-voice"},
             {"1\n00:00:01,000 --> 00:00:02,000\nHello.\n", "t.srt", "srt", "srt-cues"},
             {docxWith({"Q: Where did you live first?", "A: In a hotel near the station.", "Q: For how long?",
                        "A: Seven months, all six of us in one room."}),
              "interview", "docx", "qa"}}) {
        INFO(fileName);
        const auto doc = parseSourceBytes(bytes, fileName, {});
        CHECK(doc.format == format);
        CHECK(doc.layout == layout);
        CHECK(doc.encoding == (format == "docx" ? "" : "UTF-8"));
        cairn::test::checkInvariants(doc);
    }
    ParseOptions options;
    options.encoding = "windows-1252";
    const auto docx = parseSourceBytes(docxWith({"Plain paragraph."}), "a.docx", options);
    REQUIRE(docx.warnings.size() == 1);
    CHECK_THAT(docx.warnings[0], Contains("--encoding applies to text formats"));
}

TEST_CASE("errors name the file", "[import][parse_file]") {
    try {
        parseSourceBytes("", "empty.txt", {});
        FAIL("expected InvalidInput");
    } catch (const cairn::InvalidInput& e) {
        CHECK(e.file() == "empty.txt");
        CHECK_THAT(e.what(), StartsWith("empty.txt: the file is empty"));
    }
    try {
        parseSourceBytes("1\n00:00:01,000 --> 00:00:0x,000\nHi\n", "bad.srt", {});
        FAIL("expected InvalidInput");
    } catch (const cairn::InvalidInput& e) {
        CHECK(e.file() == "bad.srt");
        CHECK_THAT(e.what(), StartsWith("bad.srt: line 2: malformed cue timing"));
    }
    try {
        parseSourceBytes(std::string("ab\0cd", 5), "blob.bin", {});
        FAIL("expected InvalidInput");
    } catch (const cairn::InvalidInput& e) {
        CHECK(e.file() == "blob.bin");
        CHECK(e.byteOffset() == 2);
    }
    const std::string huge(static_cast<std::size_t>(kMaxSourceBytes) + 1, 'a');
    CHECK_THROWS_WITH(parseSourceBytes(huge, "huge.txt", {}),
                      Contains("huge.txt: the file is larger than the 256 MiB"));
}

TEST_CASE("the domain reports import through the dispatcher as prose", "[import][parse_file][data]") {
    for (const auto* name :
         {"british-academy-call-for-evidence-2017.txt", "west-midlands-integration-survey-2024.txt"}) {
        INFO(name);
        const auto doc =
            parseSourceBytes(cairn::test::readFile(cairn::test::sharedDir() / "domain" / name), name, {});
        CHECK(doc.format == "text");
        CHECK(doc.encoding == "UTF-8");
        CHECK(doc.layout.empty());
        CHECK(doc.passages.size() > 10);
        cairn::test::checkInvariants(doc);
    }
}
