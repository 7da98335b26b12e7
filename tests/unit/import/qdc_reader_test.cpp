// readQdc on hand-made codebooks: one per quirk that real tools' files show (NOTES.md), and the
// malformed ones that must be refused with a message a user can act on.

#include "common/error.h"
#include "common/guid.h"
#include "import/qdc_reader.h"

#include <catch2/catch.hpp>
#include <string>

using cairn::InvalidInput;
using cairn::import::readQdc;
using cairn::import::RefiCode;
using Catch::Matchers::Contains;

namespace {

const std::string kGuidA = "0c3c2a52-5b1e-4b7a-9c4e-2a8d1b6f0e01";
const std::string kGuidB = "0c3c2a52-5b1e-4b7a-9c4e-2a8d1b6f0e02";
const std::string kGuidC = "0c3c2a52-5b1e-4b7a-9c4e-2a8d1b6f0e03";

std::string codebook(const std::string& codes,
                     const std::string& open = R"(<CodeBook xmlns="urn:QDA-XML:codebook:1.0">)",
                     const std::string& close = "</CodeBook>") {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + open + "\n<Codes>" + codes + "</Codes>\n" + close;
}

std::string code(const std::string& guid, const std::string& name, const std::string& extra = {},
                 const std::string& inner = {}) {
    return "<Code guid=\"" + guid + "\" name=\"" + name + "\" isCodable=\"true\"" + extra + ">" + inner +
           "</Code>";
}

bool mentions(const std::vector<std::string>& lines, const std::string& text) {
    for (const auto& line : lines)
        if (line.find(text) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("a standard codebook is read as a tree", "[import][qdc]") {
    const auto xml = codebook(code(kGuidA, "Attitudes", R"( color="#336699")",
                                   "<Description>Feelings &amp; views</Description>" + code(kGuidB, "Trust") +
                                       "<Code guid=\"" + kGuidC + "\" name=\"Fear\" isCodable=\"false\"/>"),
                              R"(<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Tool 1.0">)");
    const auto book = readQdc(xml);
    CHECK(book.origin == "Tool 1.0");
    REQUIRE(book.codes.size() == 1);
    const auto& top = book.codes[0];
    CHECK(top.guid == kGuidA);
    CHECK(top.name == "Attitudes");
    CHECK(top.color == "#336699");
    CHECK(top.description == "Feelings & views");
    REQUIRE(top.children.size() == 2);
    CHECK(top.children[0].name == "Trust");
    CHECK(top.children[0].codable);
    CHECK(top.children[1].name == "Fear");
    CHECK_FALSE(top.children[1].codable);
    CHECK(book.repairs.empty());
    CHECK(book.problems.empty());
}

TEST_CASE("codebooks from other tools' dialects read the same", "[import][qdc]") {
    const auto inner = code(kGuidA, "Attitudes", {}, code(kGuidB, "Trust"));
    const std::vector<std::pair<std::string, std::string>> rows{
        {"\xEF\xBB\xBF" + codebook(inner), "a BOM before <?xml"},
        {codebook(inner, R"(<CodeBook xmlns="urn:QDA-XML:codebook:0:4">)"), "namespace version 0:4"},
        {codebook(inner, "<CodeBook>"), "no namespace"},
        {codebook(inner, R"(<Codebook xmlns="urn:QDA-XML:codebook:1.0">)", "</Codebook>"),
         "Codebook spelt lower-case b"},
        {std::string(R"(<qda:CodeBook xmlns:qda="urn:QDA-XML:codebook:1.0"><qda:Codes>)") +
             R"(<qda:Code guid=")" + kGuidA + R"(" name="Attitudes" isCodable="true"><qda:Code guid=")" +
             kGuidB + R"(" name="Trust" isCodable="true"/></qda:Code></qda:Codes></qda:CodeBook>)",
         "a namespace prefix"},
        {codebook(inner + "", R"(<CodeBook xmlns="urn:QDA-XML:codebook:1.0">)", "<Sets/></CodeBook>"),
         "an empty <Sets/>"},
        {R"(<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes>)" + inner +
             "</Codes></CodeBook></Project>",
         "a project document"},
    };
    for (const auto& [xml, why] : rows) {
        INFO(why);
        const auto book = readQdc(xml);
        REQUIRE(book.codes.size() == 1);
        CHECK(book.codes[0].guid == kGuidA);
        CHECK(book.codes[0].name == "Attitudes");
        REQUIRE(book.codes[0].children.size() == 1);
        CHECK(book.codes[0].children[0].name == "Trust");
        CHECK(book.codes[0].children[0].guid == kGuidB);
        CHECK(book.repairs.empty());
    }
}

TEST_CASE("GUIDs lose their braces and upper case silently", "[import][qdc]") {
    const auto book = readQdc(codebook(code("{0C3C2A52-5B1E-4B7A-9C4E-2A8D1B6F0E01}", "A")));
    CHECK(book.codes[0].guid == kGuidA);
    CHECK(book.repairs.empty());
}

TEST_CASE("ids that are not GUIDs get new GUIDs, reported", "[import][qdc]") {
    const auto book = readQdc(codebook(code("c001", "Trust") + code("c002", "Fear") + code(kGuidA, "Hope")));
    REQUIRE(book.codes.size() == 3);
    CHECK(cairn::isGuid(book.codes[0].guid));
    CHECK(cairn::isGuid(book.codes[1].guid));
    CHECK(book.codes[0].guid != book.codes[1].guid);
    CHECK(book.codes[2].guid == kGuidA);
    REQUIRE(book.repairs.size() == 1);
    CHECK_THAT(book.repairs[0], Contains("2 codes") && Contains("\"c001\"") && Contains("\"c002\""));
}

TEST_CASE("a GUID used by two codes is kept by the first only", "[import][qdc]") {
    const auto book = readQdc(codebook(code(kGuidA, "Trust") + code(kGuidA, "Fear")));
    CHECK(book.codes[0].guid == kGuidA);
    CHECK(book.codes[1].guid != kGuidA);
    CHECK(cairn::isGuid(book.codes[1].guid));
    CHECK(mentions(book.repairs, "code \"Fear\" had the GUID of another code"));
}

TEST_CASE("two sibling codes of one name: the later is renamed", "[import][qdc]") {
    const auto book =
        readQdc(codebook(code(kGuidA, "Trust", {}, code(kGuidC, "Trust")) + code(kGuidB, "Trust") +
                         code("c9", "Trust (2)") + code("c10", "Trust")));
    REQUIRE(book.codes.size() == 4);
    CHECK(book.codes[0].name == "Trust");
    CHECK(book.codes[0].children[0].name == "Trust"); // a child may share its parent's name
    CHECK(book.codes[1].name == "Trust (2)");
    CHECK(book.codes[2].name == "Trust (2) (2)");
    CHECK(book.codes[3].name == "Trust (3)");
    CHECK(mentions(book.repairs, "the later one was renamed \"Trust (2)\""));
    CHECK(mentions(book.repairs, "the later one was renamed \"Trust (3)\""));
}

TEST_CASE("isCodable: missing means codable; anything else is read or repaired", "[import][qdc]") {
    const std::vector<std::tuple<std::string, bool, bool>> rows{
        {"", true, false},
        {R"( isCodable="true")", true, false},
        {R"( isCodable="false")", false, false},
        {R"( isCodable="0")", false, false},
        {R"( isCodable="1")", true, false},
        {R"( isCodable="FALSE")", false, false},
        {R"( isCodable="maybe")", true, true},
    };
    for (const auto& [attribute, codable, repaired] : rows) {
        INFO(attribute);
        const auto book = readQdc(codebook("<Code guid=\"" + kGuidA + "\" name=\"A\"" + attribute + "/>"));
        CHECK(book.codes[0].codable == codable);
        CHECK(book.repairs.empty() != repaired);
    }
}

TEST_CASE("colours are normalised to #RRGGBB or dropped with a repair", "[import][qdc]") {
    const std::vector<std::tuple<std::string, std::string, bool>> rows{
        {"#ff8800", "#FF8800", false}, {"#Ff8800", "#FF8800", false},   {"#abc", "#AABBCC", false},
        {"00ff00", "#00FF00", false},  {" #123456 ", "#123456", false}, {"red", "", true},
        {"#12345", "", true},          {"#GG0000", "", true},           {"", "", false},
    };
    for (const auto& [color, expected, repaired] : rows) {
        INFO(color);
        const auto book = readQdc(codebook(code(kGuidA, "A", " color=\"" + color + "\"")));
        CHECK(book.codes[0].color == expected);
        CHECK(mentions(book.repairs, "colour") == repaired);
    }
}

TEST_CASE("names are NFC and a nameless code is named", "[import][qdc]") {
    const auto book = readQdc(codebook(code(kGuidA, "Cafe\xCC\x81") + code(kGuidB, "  ")));
    CHECK(book.codes[0].name == "Caf\xC3\xA9");
    CHECK(book.codes[1].name == "(unnamed code)");
    CHECK(mentions(book.repairs, "without a name"));
}

TEST_CASE("code sets are reported as not imported", "[import][qdc]") {
    const auto xml = codebook(code(kGuidA, "A"), R"(<CodeBook xmlns="urn:QDA-XML:codebook:1.0">)",
                              R"(<Sets><Set guid=")" + kGuidB + R"(" name="Key codes"><MemberCode guid=")" +
                                  kGuidA + R"("/></Set></Sets></CodeBook>)");
    const auto book = readQdc(xml);
    REQUIRE(book.problems.size() == 1);
    CHECK_THAT(book.problems[0], Contains("\"Key codes\"") && Contains("code set"));
}

TEST_CASE("what is not a usable codebook is refused with a reason", "[import][qdc]") {
    const std::vector<std::tuple<std::string, std::string, std::string>> rows{
        {"", "is empty", "empty input"},
        {"\xEF\xBB\xBF \n", "is empty", "a BOM and a line end"},
        {"<CodeBook><Codes><Code guid=\"x\" name=\"A\"></Codes></CodeBook>", "line 1", "unclosed element"},
        {"<?xml version=\"1.0\"?>\n<CodeBook>\n<Codes>\n<Code name=\"A\"></Cod></Codes></CodeBook>",
         "line 4, column", "mismatched end tag on line 4"},
        {codebook(""), "no codes", "empty <Codes/>"},
        {"<CodeBook/>", "no codes", "no Codes element"},
        {"<html><body/></html>", "not a REFI-QDA codebook", "another XML document"},
        {codebook(code(kGuidA, "Caf\xE9")), "not valid UTF-8", "Latin-1 byte in a name"},
    };
    for (const auto& [xml, message, why] : rows) {
        INFO(why);
        CHECK_THROWS_AS(readQdc(xml), InvalidInput);
        CHECK_THROWS_WITH(readQdc(xml), Contains(message));
    }
}

TEST_CASE("codes nested past the depth limit are refused, not a stack overflow", "[import][qdc][limits]") {
    std::string nested;
    for (int i = 0; i < 300; ++i)
        nested += "<Code guid=\"c" + std::to_string(i) + "\" name=\"n\" isCodable=\"true\">";
    for (int i = 0; i < 300; ++i)
        nested += "</Code>";
    CHECK_THROWS_WITH(readQdc(codebook(nested)), Contains("nest more than"));
}
