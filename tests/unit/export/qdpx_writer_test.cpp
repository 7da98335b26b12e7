// writeQdpx: the archive's layout, project.qde valid against the published Project.xsd (checked with
// libxml2), a round trip through readQdpx that gives back the same project, and a warning for each
// thing REFI-QDA cannot hold.

#include "common/error.h"
#include "common/guid.h"
#include "export/qdpx_writer.h"
#include "import/qdpx_reader.h"
#include "import/zip_archive.h"
#include "text/utf.h"
#include "xsd_validate.h"

#include <catch2/catch.hpp>
#include <functional>

using cairn::InvalidInput;
using cairn::exporting::writeQdpx;
using cairn::import::RefiCase;
using cairn::import::RefiCode;
using cairn::import::RefiCoding;
using cairn::import::RefiNote;
using cairn::import::RefiProject;
using cairn::import::RefiSelection;
using cairn::import::RefiSource;
using cairn::import::RefiVariable;
using cairn::import::RefiVariableType;
using cairn::import::ZipArchive;
using Catch::Matchers::Contains;

namespace {

const std::string kUser = "aaaaaaaa-0000-4000-8000-000000000001";
const std::string kCodeA = "cccccccc-0000-4000-8000-00000000000a";
const std::string kCodeB = "cccccccc-0000-4000-8000-00000000000b";
const std::string kSource = "55555555-0000-4000-8000-000000000001";
const std::string kSource2 = "55555555-0000-4000-8000-000000000002";
const std::string kNote = "eeeeeeee-0000-4000-8000-000000000001";
const std::string kNote2 = "eeeeeeee-0000-4000-8000-000000000002";
const std::string kAge = "77777777-0000-4000-8000-000000000001";
const std::string kConsent = "77777777-0000-4000-8000-000000000002";

// The selection of `word` in `text` (the first occurrence), in code points, coded with `code`.
RefiSelection select(const std::string& text, const std::string& word, const std::string& code,
                     const std::string& guid) {
    const auto at = text.find(word);
    REQUIRE(at != std::string::npos);
    RefiSelection s;
    s.guid = guid;
    s.start = cairn::text::byteToCodePoint(text, static_cast<std::int64_t>(at));
    s.end = cairn::text::byteToCodePoint(text, static_cast<std::int64_t>(at + word.size()));
    s.userGuid = kUser;
    s.creationTime = "2024-03-01T10:00:00Z";
    if (!code.empty()) {
        RefiCoding coding;
        coding.guid = "c0d10000-0000-4000-8000-" + guid.substr(24);
        coding.codeGuid = code;
        coding.userGuid = kUser;
        coding.creationTime = "2024-03-01T10:00:00Z";
        s.codings.push_back(coding);
    }
    return s;
}

// A project with something of every kind, in text that breaks naive position counting: emoji (with
// a skin tone), Arabic with harakat, a composed accent, and markup characters.
RefiProject sampleProject() {
    RefiProject p;
    p.name = "Trust study";
    p.origin = "Cairn 0.1";
    p.creationTime = "2024-03-01T09:00:00Z";
    p.description = "Interviews about trust.";
    p.users = {{kUser, "Ana"}};
    RefiCode trust;
    trust.guid = kCodeA;
    trust.name = "Trust";
    trust.color = "#336699";
    trust.description = "Belief in others.";
    trust.noteGuids = {kNote};
    RefiCode fear;
    fear.guid = kCodeB;
    fear.name = "Fear & <doubt>";
    RefiCode top;
    top.guid = "cccccccc-0000-4000-8000-000000000001";
    top.name = "Feelings";
    top.codable = false;
    top.children = {trust, fear};
    p.codebook.codes = {top};
    p.variables = {{kAge, "Age", RefiVariableType::Integer, "Age in years"},
                   {kConsent, "Consent", RefiVariableType::Boolean, ""}};

    RefiSource one;
    one.guid = kSource;
    one.name = "Interview 1";
    one.text = "Salam \xF0\x9F\x98\x80 "
               "friends.\n\xD9\x85\xD9\x8E\xD8\xB1\xD9\x92\xD8\xAD\xD9\x8E\xD8\xA8\xD9\x8B\xD8\xA7 "
               "\xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD today\nCaf\xC3\xA9 & <tea>, \xF0\x9F\x8E\x89 party time!\n";
    one.description = "First interview";
    one.userGuid = kUser;
    one.creationTime = "2024-03-01T09:30:00Z";
    one.selections = {select(one.text, "friends", kCodeA, "5e1ec710-0000-4000-8000-000000000001"),
                      select(one.text,
                             "\xD9\x85\xD9\x8E\xD8\xB1\xD9\x92\xD8\xAD\xD9\x8E\xD8\xA8\xD9\x8B\xD8\xA7",
                             kCodeB, "5e1ec710-0000-4000-8000-000000000002"),
                      select(one.text, "Caf\xC3\xA9 & <tea>", kCodeA, "5e1ec710-0000-4000-8000-000000000003"),
                      select(one.text, "party time", "", "5e1ec710-0000-4000-8000-000000000004")};
    RefiCoding second;
    second.guid = "c0d10000-0000-4000-8000-000000000099";
    second.codeGuid = kCodeA; // the same text coded twice
    one.selections[1].codings.push_back(second);
    one.selections[2].description = "A comment on tea.";
    one.selections[3].noteGuids = {kNote2};
    one.selections[3].description = "Only a memo, no code.";
    one.noteGuids = {kNote2};
    RefiSource two;
    two.guid = kSource2;
    two.name = "Interview 2";
    two.text = "";
    p.sources = {one, two};

    RefiCase c;
    c.guid = "99999999-0000-4000-8000-000000000001";
    c.name = "P1";
    c.description = "First participant";
    c.values = {{kAge, "34"}, {kConsent, "true"}};
    c.sourceGuids = {kSource, kSource2};
    p.cases = {c};
    p.notes = {RefiNote{kNote, "Memo on trust", "Trust is\nfragile.", kUser, "2024-03-02T08:00:00Z",
                        "2024-03-03T08:00:00Z"},
               RefiNote{kNote2, "Journal", "", "", "", ""}};
    p.projectNoteGuids = {kNote2};
    return p;
}

std::string qdeOf(const std::string& bytes) {
    const ZipArchive zip(bytes, "REFI-QDA project (.qdpx)");
    return zip.read("project.qde").value_or("");
}

void requireValid(const std::string& qde) {
    const auto schema = cairn::test::refiSchema("Project.xsd");
    if (!schema) {
        WARN("Project.xsd is not in the shared folder: the project was not validated");
        return;
    }
    const auto errors = cairn::test::xsdErrors(*schema, qde);
    INFO(qde);
    for (const auto& error : errors)
        UNSCOPED_INFO(error);
    CHECK(errors.empty());
}

bool mentions(const std::vector<std::string>& lines, const std::string& text) {
    for (const auto& line : lines)
        if (line.find(text) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("the schema check itself rejects an invalid project", "[export][qdpx][xsd]") {
    const auto schema = cairn::test::refiSchema("Project.xsd");
    if (!schema) {
        WARN("Project.xsd is not in the shared folder: nothing to check");
        return;
    }
    const std::vector<std::pair<std::string, std::string>> rows{
        {R"(<Project xmlns="urn:QDA-XML:project:1.0"/>)", "no name"},
        {R"(<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources/><Users/></Project>)",
         "wrong order, empty"},
        {R"(<Project xmlns="urn:QDA-XML:project:1.0" name="p" creationDateTime="yesterday"/>)",
         "a date that is not one"},
    };
    for (const auto& [xml, why] : rows) {
        INFO(why);
        CHECK_FALSE(cairn::test::xsdErrors(*schema, xml).empty());
    }
}

TEST_CASE("the archive holds project.qde and one UTF-8 text file per source", "[export][qdpx]") {
    const auto p = sampleProject();
    std::vector<std::string> warnings;
    const auto bytes = writeQdpx(p, &warnings);
    const ZipArchive zip(bytes, "REFI-QDA project (.qdpx)");
    CHECK(zip.entryNames() == std::vector<std::string>{"project.qde", "sources/" + kSource + ".txt",
                                                       "sources/" + kSource2 + ".txt"});
    CHECK(zip.read("sources/" + kSource + ".txt") == p.sources[0].text); // no BOM, LF, as held
    CHECK(zip.read("sources/" + kSource2 + ".txt") == "");
    const auto qde = qdeOf(bytes);
    CHECK(qde.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    CHECK_THAT(qde, Contains("plainTextPath=\"internal://" + kSource + ".txt\""));
    CHECK_THAT(qde, !Contains("richTextPath") && !Contains("basePath"));
    CHECK(warnings.empty());
}

TEST_CASE("a written project validates against Project.xsd", "[export][qdpx][xsd]") {
    const auto qde = qdeOf(writeQdpx(sampleProject(), nullptr));
    CHECK_THAT(qde,
               Contains("<IntegerValue>34</IntegerValue>") && Contains("<BooleanValue>true</BooleanValue>"));
    CHECK_THAT(qde, Contains("typeOfVariable=\"Integer\""));
    requireValid(qde);
}

TEST_CASE("a project reads back as it was written", "[export][qdpx][roundtrip]") {
    const auto p = sampleProject();
    const auto read = cairn::import::readQdpx(writeQdpx(p, nullptr));
    CHECK(read.repairs.empty());
    CHECK(read.problems.empty());
    CHECK(read.name == p.name);
    CHECK(read.origin == p.origin);
    CHECK(read.creationTime == p.creationTime);
    CHECK(read.description == p.description);
    CHECK(read.users == p.users);
    CHECK(read.codebook.codes == p.codebook.codes);
    CHECK(read.variables == p.variables);
    CHECK(read.cases == p.cases);
    CHECK(read.notes == p.notes);
    CHECK(read.projectNoteGuids == p.projectNoteGuids);
    REQUIRE(read.sources.size() == p.sources.size());
    for (std::size_t i = 0; i < p.sources.size(); ++i) {
        INFO("source " << p.sources[i].name);
        CHECK(read.sources[i].text == p.sources[i].text);
        REQUIRE(read.sources[i].selections.size() == p.sources[i].selections.size());
        for (std::size_t k = 0; k < p.sources[i].selections.size(); ++k) {
            const auto& original = p.sources[i].selections[k];
            const auto& back = read.sources[i].selections[k];
            CHECK(cairn::text::sliceCodePoints(read.sources[i].text, back.start, back.end) ==
                  cairn::text::sliceCodePoints(p.sources[i].text, original.start, original.end));
            CHECK(back == original);
        }
        CHECK(read.sources[i] == p.sources[i]);
    }
}

TEST_CASE("variable values are written in their type's element, or as text with a warning",
          "[export][qdpx][xsd]") {
    struct Row {
        RefiVariableType type;
        std::string value;
        std::string element; // what project.qde must hold
        bool warned;
    };
    const std::vector<Row> rows{
        {RefiVariableType::Text, "North & <south>", "<TextValue>North &amp; &lt;south&gt;</TextValue>",
         false},
        {RefiVariableType::Boolean, "Yes", "<BooleanValue>true</BooleanValue>", false},
        {RefiVariableType::Boolean, "0", "<BooleanValue>false</BooleanValue>", false},
        {RefiVariableType::Boolean, "maybe", "<TextValue>maybe</TextValue>", true},
        {RefiVariableType::Integer, "-42", "<IntegerValue>-42</IntegerValue>", false},
        {RefiVariableType::Integer, "4.5", "<TextValue>4.5</TextValue>", true},
        {RefiVariableType::Float, "3.25", "<FloatValue>3.25</FloatValue>", false},
        {RefiVariableType::Float, "1e5", "<TextValue>1e5</TextValue>", true},
        {RefiVariableType::Date, "2024-02-29", "<DateValue>2024-02-29</DateValue>", false},
        {RefiVariableType::Date, "2023-02-29", "<TextValue>2023-02-29</TextValue>", true},
        {RefiVariableType::DateTime, "2024-02-29T23:59:59+01:00",
         "<DateTimeValue>2024-02-29T23:59:59+01:00</DateTimeValue>", false},
        {RefiVariableType::DateTime, "2024-02-29 23:59", "<TextValue>2024-02-29 23:59</TextValue>", true},
        {RefiVariableType::Integer, "", "<VariableRef targetGUID=\"" + kAge + "\" />\n", false},
    };
    for (const auto& row : rows) {
        INFO(row.value);
        RefiProject p;
        p.name = "p";
        p.variables = {{kAge, "V", row.type, ""}};
        p.cases = {RefiCase{"99999999-0000-4000-8000-000000000001", "P1", "", {{kAge, row.value}}, {}}};
        std::vector<std::string> warnings;
        const auto qde = qdeOf(writeQdpx(p, &warnings));
        CHECK_THAT(qde, Contains(row.element));
        CHECK(mentions(warnings, "written as text") == row.warned);
        requireValid(qde);
    }
}

TEST_CASE("what REFI-QDA cannot hold is left out with a warning", "[export][qdpx]") {
    auto p = sampleProject();
    auto& selections = p.sources[0].selections;
    selections[0].codings[0].weight = 0.5;
    selections.push_back(selections[0]);
    selections.back().guid = "5e1ec710-0000-4000-8000-000000000009";
    selections.back().codings.clear();
    selections.back().start = 5;
    selections.back().end = 500;                                                // beyond the text
    selections[1].codings[0].codeGuid = "cccccccc-0000-4000-8000-0000000000ff"; // not in the codebook
    selections[2].noteGuids = {"eeeeeeee-0000-4000-8000-0000000000ff"};         // not a note
    selections[2].creationTime = "yesterday";
    selections[3].userGuid = "aaaaaaaa-0000-4000-8000-0000000000ff"; // not a user
    p.cases[0].values.push_back({"77777777-0000-4000-8000-0000000000ff", "x"});
    p.cases[0].sourceGuids.push_back("55555555-0000-4000-8000-0000000000ff");
    p.notes[0].text = "form\x0C"
                      "feed";
    std::vector<std::string> warnings;
    const auto bytes = writeQdpx(p, &warnings);
    requireValid(qdeOf(bytes));
    const std::vector<std::string> expected{
        "1 coding(s) have weights",
        "selection 5–500 of source \"Interview 1\" does not fit its text",
        "1 coding(s) refer to codes that are not in the codebook",
        "1 reference(s) to notes that are not in the project",
        "1 reference(s) to users who are not in the project's user list",
        "1 date(s) that are not valid date-times",
        "1 value(s) of variables that are not in the project",
        "1 case reference(s) to sources that are not in the project",
        "1 character(s) that XML cannot hold",
    };
    for (const auto& line : expected) {
        INFO(line);
        CHECK(mentions(warnings, line));
    }
    CHECK(warnings.size() == expected.size());
    const auto read = cairn::import::readQdpx(bytes);
    CHECK(read.sources[0].selections.size() == 4);
    CHECK_FALSE(read.sources[0].selections[0].codings.at(0).weight.has_value());
    CHECK(read.notes[0].text == "form\xEF\xBF\xBD"
                                "feed");
}

TEST_CASE("selections and codings without ids get new GUIDs", "[export][qdpx]") {
    auto p = sampleProject();
    p.sources[0].selections[0].guid.clear();
    p.sources[0].selections[0].codings[0].guid.clear();
    const auto read = cairn::import::readQdpx(writeQdpx(p, nullptr));
    const auto& s = read.sources.at(0).selections.at(0);
    CHECK(cairn::isGuid(s.guid));
    CHECK(cairn::isGuid(s.codings.at(0).guid));
    CHECK(read.repairs.empty());
}

TEST_CASE("an empty project is a valid file", "[export][qdpx][xsd]") {
    RefiProject p;
    p.name = "Empty";
    const auto bytes = writeQdpx(p, nullptr);
    requireValid(qdeOf(bytes));
    CHECK(cairn::import::readQdpx(bytes).name == "Empty");
}

TEST_CASE("a project whose ids cannot be written is refused", "[export][qdpx]") {
    const std::vector<std::pair<std::function<void(RefiProject&)>, std::string>> rows{
        {[](RefiProject& p) { p.sources[0].guid = "s1"; }, "the source \"Interview 1\" has the id \"s1\""},
        {[](RefiProject& p) { p.notes[1].guid = kNote; }, "two elements of the project have the GUID"},
        {[](RefiProject& p) { p.cases[0].guid = kCodeA; }, "two elements of the project have the GUID"},
        {[](RefiProject& p) { p.sources[0].selections[0].guid = "x"; }, "not a GUID"},
        {[](RefiProject& p) { p.sources[1].text = "\xFF"; }, "not valid UTF-8"},
    };
    for (const auto& [change, message] : rows) {
        INFO(message);
        auto p = sampleProject();
        change(p);
        CHECK_THROWS_AS(writeQdpx(p, nullptr), InvalidInput);
        CHECK_THROWS_WITH(writeQdpx(p, nullptr), Contains(message));
    }
}
