// writeQdc: every codebook it writes validates against the published Codebook.xsd (checked with
// libxml2, not the pugixml that wrote it), and reads back through readQdc unchanged.

#include "common/error.h"
#include "export/qdc_writer.h"
#include "import/qdc_reader.h"
#include "xsd_validate.h"

#include <catch2/catch.hpp>

using cairn::InvalidInput;
using cairn::exporting::writeQdc;
using cairn::import::RefiCode;
using cairn::import::RefiCodebook;
using Catch::Matchers::Contains;

namespace {

RefiCode code(std::string guid, std::string name, std::vector<RefiCode> children = {}) {
    RefiCode c;
    c.guid = std::move(guid);
    c.name = std::move(name);
    c.children = std::move(children);
    return c;
}

// A codebook with what tends to break writers: nesting, markup characters, emoji, right-to-left text,
// line breaks in descriptions, a code that is not codable, colours.
RefiCodebook sampleCodebook() {
    RefiCodebook book;
    book.origin = "Cairn 0.1";
    auto trust = code("0c3c2a52-5b1e-4b7a-9c4e-2a8d1b6f0e02", "Trust & \"faith\" <in> 'others'");
    trust.color = "#FF8800";
    trust.description = "Definition: belief in others.\nInclusion: explicit statements.\n";
    auto arabic = code("0c3c2a52-5b1e-4b7a-9c4e-2a8d1b6f0e03",
                       "\xD8\xAB\xD9\x90\xD9\x82\xD8\xA9 \xF0\x9F\x98\x80"); // ثِقة 😀
    auto top = code("0c3c2a52-5b1e-4b7a-9c4e-2a8d1b6f0e01", "Attitudes", {trust, arabic});
    top.codable = false;
    book.codes = {top, code("0c3c2a52-5b1e-4b7a-9c4e-2a8d1b6f0e04", "Other")};
    return book;
}

void requireValid(const std::string& xml) {
    const auto schema = cairn::test::refiSchema("Codebook.xsd");
    if (!schema) {
        WARN("Codebook.xsd is not in the shared folder: the codebook was not validated");
        return;
    }
    const auto errors = cairn::test::xsdErrors(*schema, xml);
    INFO(xml);
    for (const auto& error : errors)
        UNSCOPED_INFO(error);
    CHECK(errors.empty());
}

} // namespace

TEST_CASE("the schema check itself rejects an invalid codebook", "[export][qdc][xsd]") {
    const auto schema = cairn::test::refiSchema("Codebook.xsd");
    if (!schema) {
        WARN("Codebook.xsd is not in the shared folder: nothing to check");
        return;
    }
    const std::vector<std::pair<std::string, std::string>> rows{
        {R"(<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>)", "empty Codes"},
        {R"(<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="c001" name="A" isCodable="true"/></Codes></CodeBook>)",
         "an id that is not a GUID"},
        {R"(<CodeBook xmlns="urn:QDA-XML:codebook:0:4"><Codes><Code guid="0c3c2a52-5b1e-4b7a-9c4e-2a8d1b6f0e01" name="A" isCodable="true"/></Codes></CodeBook>)",
         "another namespace"},
        {R"(<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="0c3c2a52-5b1e-4b7a-9c4e-2a8d1b6f0e01" name="A"/></Codes></CodeBook>)",
         "no isCodable"},
    };
    for (const auto& [xml, why] : rows) {
        INFO(why);
        CHECK_FALSE(cairn::test::xsdErrors(*schema, xml).empty());
    }
}

TEST_CASE("a written codebook validates against Codebook.xsd", "[export][qdc][xsd]") {
    const auto xml = writeQdc(sampleCodebook());
    CHECK(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")); // no BOM
    CHECK_THAT(xml, Contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Cairn 0.1\">"));
    CHECK_THAT(xml, Contains("isCodable=\"false\""));
    CHECK_THAT(xml, Contains("color=\"#FF8800\""));
    requireValid(xml);
}

TEST_CASE("a codebook reads back as it was written", "[export][qdc][roundtrip]") {
    const auto book = sampleCodebook();
    const auto read = cairn::import::readQdc(writeQdc(book));
    CHECK(read.origin == book.origin);
    CHECK(read.codes == book.codes);
    CHECK(read.repairs.empty());
    CHECK(read.problems.empty());
}

TEST_CASE("colours are written as #RRGGBB or not at all", "[export][qdc]") {
    const std::vector<std::pair<std::string, std::string>> rows{
        {"#abcdef", "color=\"#ABCDEF\""}, {"#abc", "color=\"#AABBCC\""}, {"blue", ""}, {"", ""}};
    for (const auto& [color, written] : rows) {
        INFO(color);
        RefiCodebook book;
        book.codes = {code("0c3c2a52-5b1e-4b7a-9c4e-2a8d1b6f0e01", "A")};
        book.codes[0].color = color;
        const auto xml = writeQdc(book);
        if (written.empty())
            CHECK_THAT(xml, !Contains("color="));
        else
            CHECK_THAT(xml, Contains(written));
        requireValid(xml);
    }
}

TEST_CASE("characters XML cannot hold are replaced, keeping the file valid", "[export][qdc][xsd]") {
    RefiCodebook book;
    book.codes = {code("0c3c2a52-5b1e-4b7a-9c4e-2a8d1b6f0e01", "Page\x0C"
                                                               "break")};
    book.codes[0].description = "bell\x07 and \xEF\xBF\xBF";
    const auto xml = writeQdc(book);
    requireValid(xml);
    const auto read = cairn::import::readQdc(xml);
    CHECK(read.codes[0].name == "Page\xEF\xBF\xBD"
                                "break");
    CHECK(read.codes[0].description == "bell\xEF\xBF\xBD and \xEF\xBF\xBD");
}

TEST_CASE("a codebook that cannot be written truthfully is refused", "[export][qdc]") {
    const auto guid = std::string("0c3c2a52-5b1e-4b7a-9c4e-2a8d1b6f0e01");
    const std::vector<std::tuple<std::vector<RefiCode>, std::string, std::string>> rows{
        {{}, "the codebook has no codes", "no codes: the schema needs one"},
        {{code("c001", "A")}, "not a GUID", "an id that is not a GUID"},
        {{code(guid, "A", {code(guid, "B")})}, "two codes have the GUID", "a GUID used twice"},
        {{code(guid, "Caf\xE9")}, "not valid UTF-8", "a name that is not UTF-8"},
    };
    for (const auto& [codes, message, why] : rows) {
        INFO(why);
        RefiCodebook book;
        book.codes = codes;
        CHECK_THROWS_AS(writeQdc(book), InvalidInput);
        CHECK_THROWS_WITH(writeQdc(book), Contains(message));
    }
}
