// readQdpx on hand-made archives: the standard layout, then one archive per quirk of real exports
// (NOTES.md): container names, encodings, ids, cases, sources that are not text, memos and links.
// Positions have their own file, qdpx_positions_test.cpp.

#include "common/error.h"
#include "common/guid.h"
#include "import/qdpx_reader.h"
#include "qdpx_fixtures.h"

#include <catch2/catch.hpp>
#include <string>

using cairn::InvalidInput;
using cairn::import::readQdpx;
using cairn::test::ZipWriter;
using Catch::Matchers::Contains;
using namespace cairn::test::qdpx;

TEST_CASE("a standard project is read whole", "[import][qdpx]") {
    const auto qde = project(
        "<Users><User guid=\"" + kUser + "\" name=\"Ana\"/></Users>" + codebook() +
        "<Variables><Variable guid=\"" + kVariable +
        "\" name=\"Age\" typeOfVariable=\"Integer\"/></Variables>" + "<Cases><Case guid=\"" + kCase +
        "\" name=\"P1\"><VariableValue><VariableRef targetGUID=\"" + kVariable +
        "\"/><IntegerValue>34</IntegerValue></VariableValue><SourceRef targetGUID=\"" + kSource +
        "\"/></Case></Cases>" + "<Sources><TextSource guid=\"" + kSource +
        "\" name=\"Interview 1\" plainTextPath=\"internal://" + kSource + ".txt\" creatingUser=\"" + kUser +
        "\" creationDateTime=\"2024-01-02T03:04:05Z\">" + "<Description>First interview</Description>" +
        "<PlainTextSelection guid=\"5e1ec710-0000-4000-8000-000000000001\" startPosition=\"5\" "
        "endPosition=\"10\" "
        "creatingUser=\"" +
        kUser + "\"><Description>key moment</Description><Coding guid=\"" + cairn::newGuid() +
        "\" creatingUser=\"" + kUser + "\"><CodeRef targetGUID=\"" + kCodeA +
        "\"/></Coding><NoteRef targetGUID=\"" + kNote + "\"/></PlainTextSelection><NoteRef targetGUID=\"" +
        kNote2 + "\"/></TextSource></Sources>" + "<Notes><Note guid=\"" + kNote +
        "\" name=\"Memo\" creatingUser=\"" + kUser +
        "\"><PlainTextContent>Think about trust.</PlainTextContent></Note><Note guid=\"" + kNote2 +
        "\" name=\"Journal\" plainTextPath=\"internal://" + kNote2 + ".txt\"/></Notes>" +
        "<Description>About trust</Description><NoteRef targetGUID=\"" + kNote2 + "\"/>");
    const auto p = readQdpx(archive(qde, {{"sources/" + kSource + ".txt", "I do trust them."},
                                          {"sources/" + kNote2 + ".txt", "Day one."}}));
    CHECK(p.name == "Study");
    CHECK(p.description == "About trust");
    REQUIRE(p.users.size() == 1);
    CHECK(p.users[0].name == "Ana");
    REQUIRE(p.codebook.codes.size() == 2);
    REQUIRE(p.variables.size() == 1);
    CHECK(p.variables[0].type == cairn::import::RefiVariableType::Integer);
    REQUIRE(p.cases.size() == 1);
    CHECK(p.cases[0].name == "P1");
    REQUIRE(p.cases[0].values.size() == 1);
    CHECK(p.cases[0].values[0].variableGuid == kVariable);
    CHECK(p.cases[0].values[0].value == "34");
    CHECK(p.cases[0].sourceGuids == std::vector<std::string>{kSource});
    REQUIRE(p.sources.size() == 1);
    const auto& source = p.sources[0];
    CHECK(source.text == "I do trust them.");
    CHECK(source.description == "First interview");
    CHECK(source.userGuid == kUser);
    CHECK(source.creationTime == "2024-01-02T03:04:05Z");
    CHECK(source.noteGuids == std::vector<std::string>{kNote2});
    REQUIRE(source.selections.size() == 1);
    CHECK(selectedTexts(source) == std::vector<std::string>{"trust"});
    CHECK(source.selections[0].description == "key moment");
    CHECK(source.selections[0].userGuid == kUser);
    CHECK(source.selections[0].noteGuids == std::vector<std::string>{kNote});
    REQUIRE(source.selections[0].codings.size() == 1);
    CHECK(source.selections[0].codings[0].codeGuid == kCodeA);
    CHECK(source.selections[0].codings[0].userGuid == kUser);
    REQUIRE(p.notes.size() == 2);
    CHECK(p.notes[0].text == "Think about trust.");
    CHECK(p.notes[0].userGuid == kUser);
    CHECK(p.notes[1].text == "Day one.");
    CHECK(p.projectNoteGuids == std::vector<std::string>{kNote2});
    CHECK(p.repairs.empty());
    CHECK(p.problems.empty());
}

TEST_CASE("archives laid out as other tools lay them out are read", "[import][qdpx]") {
    const auto text = std::string("We trust the nurses.");
    const auto body = codebook() + "<Sources>" + textSource(selection(3, 8)) + "</Sources>";
    const auto lowerPath = "internal://" + kSource + ".txt";
    const auto upperFile = "Sources/" + std::string("55555555-0000-4000-8000-000000000001.TXT");
    const std::vector<std::tuple<std::string, std::string>> rows{
        {archive(project(body), {{"sources/" + kSource + ".txt", text}}), "the standard layout"},
        {archive(project(body), {{"Sources/" + kSource + ".txt", text}}), "Sources/ with a capital S"},
        {archive(project(body), {{upperFile, text}}), "the file name in another case"},
        {archive(project(body), {{"sources/" + kSource + ".txt", text}}, "My Study.qde"),
         "a .qde named after the project"},
        {archive(project(body, "urn:QDA-XML:project:0:4"), {{"sources/" + kSource + ".txt", text}}),
         "namespace version 0:4"},
        {archive(project(body, ""), {{"sources/" + kSource + ".txt", text}}), "no namespace"},
    };
    for (const auto& [bytes, why] : rows) {
        INFO(why);
        const auto p = readQdpx(bytes);
        REQUIRE(p.sources.size() == 1);
        CHECK(selectedTexts(p.sources[0]) == std::vector<std::string>{"trust"});
        CHECK(p.problems.empty());
    }
}

TEST_CASE("a project zipped inside its folder is read, and said so", "[import][qdpx]") {
    const auto body = codebook() + "<Sources>" + textSource(selection(0, 2)) + "</Sources>";
    const auto p = readQdpx(
        archive(project(body), {{"Study/sources/" + kSource + ".txt", "Hi there"}}, "Study/Study.qde"));
    REQUIRE(p.sources.size() == 1);
    CHECK(selectedTexts(p.sources[0]) == std::vector<std::string>{"Hi"});
    CHECK(mentions(p.repairs, "inside the folder Study/"));
}

TEST_CASE("what is not a readable project is refused with a reason", "[import][qdpx]") {
    const auto good = project(codebook());
    const std::vector<std::tuple<std::string, std::string, std::string>> rows{
        {"just text", "not a valid REFI-QDA project", "not a ZIP"},
        {ZipWriter().add("sources/a.txt", "x").bytes(), "holds no project file", "no .qde"},
        {ZipWriter().add("a.qde", good).add("b.qde", good).bytes(), "2 project files", "two .qde files"},
        {archive("<Project name=\"x\">\n<Sources>\n</Source></Project>"), "line 3", "malformed XML"},
        {archive("<CodeBook><Codes/></CodeBook>"), "not <Project>", "a codebook where the project should be"},
    };
    for (const auto& [bytes, message, why] : rows) {
        INFO(why);
        CHECK_THROWS_AS(readQdpx(bytes), InvalidInput);
        CHECK_THROWS_WITH(readQdpx(bytes), Contains(message));
    }
}

TEST_CASE("a text file in a legacy encoding is decoded, and said so", "[import][qdpx]") {
    const std::string latin1 =
        "Le caf\xE9 est tr\xE8s bon, tr\xE8s chaud et tr\xE8s fort, dit le gar\xE7on du caf\xE9.";
    const auto p =
        readQdpx(archive(project(codebook() + "<Sources>" + textSource(selection(3, 7)) + "</Sources>"),
                         {{"sources/" + kSource + ".txt", latin1}}));
    REQUIRE(p.sources.size() == 1);
    CHECK(selectedTexts(p.sources[0]) == std::vector<std::string>{"caf\xC3\xA9"});
    CHECK(mentions(p.repairs, "not UTF-8; it was converted"));
}

TEST_CASE("ids that are not GUIDs are replaced everywhere they are referred to", "[import][qdpx][ids]") {
    const auto qde = project(
        R"(<Users><User guid="u1" name="Ana"/></Users>)"
        R"(<CodeBook><Codes><Code guid="c001" name="Trust" isCodable="true"><NoteRef targetGUID="n1"/></Code>)"
        R"(</Codes></CodeBook>)"
        R"(<Variables><Variable guid="v1" name="Age" typeOfVariable="Integer"/></Variables>)"
        R"(<Cases><Case guid="k1" name="P1"><VariableValue><VariableRef targetGUID="v1"/><IntegerValue>5</IntegerValue>)"
        R"(</VariableValue><SourceRef targetGUID="s1"/></Case></Cases>)"
        R"(<Sources><TextSource guid="s1" name="A" plainTextPath="internal://s1.txt" creatingUser="u1">)"
        R"(<PlainTextSelection guid="sel1" startPosition="0" endPosition="5" creatingUser="u1">)"
        R"(<Coding guid="cd1" creatingUser="u1"><CodeRef targetGUID="c001"/></Coding><NoteRef targetGUID="n1"/>)"
        R"(</PlainTextSelection></TextSource></Sources>)"
        R"(<Notes><Note guid="n1" name="Memo"><PlainTextContent>m</PlainTextContent></Note></Notes>)");
    const auto p = readQdpx(archive(qde, {{"sources/s1.txt", "Hello world"}}));
    REQUIRE(p.sources.size() == 1);
    const auto& code = p.codebook.codes.at(0);
    const auto& s = p.sources[0].selections.at(0);
    const auto& note = p.notes.at(0);
    for (const auto& id : {p.users.at(0).guid, code.guid, p.variables.at(0).guid, p.cases.at(0).guid,
                           p.sources[0].guid, s.guid, s.codings.at(0).guid, note.guid})
        CHECK(cairn::isGuid(id));
    CHECK(s.codings[0].codeGuid == code.guid);
    CHECK(s.codings[0].userGuid == p.users[0].guid);
    CHECK(s.userGuid == p.users[0].guid);
    CHECK(p.sources[0].userGuid == p.users[0].guid);
    CHECK(s.noteGuids == std::vector<std::string>{note.guid});
    CHECK(code.noteGuids == std::vector<std::string>{note.guid});
    CHECK(p.cases[0].sourceGuids == std::vector<std::string>{p.sources[0].guid});
    CHECK(p.cases[0].values.at(0).variableGuid == p.variables[0].guid);
    CHECK(mentions(p.repairs, "1 code had an id that is not a GUID (\"c001\")"));
    CHECK(mentions(p.repairs, "\"sel1\""));
    CHECK(p.problems.empty());
}

TEST_CASE("a case that reuses a code's GUID gets its own; the code keeps its codings",
          "[import][qdpx][ids]") {
    const auto qde =
        project(codebook() + "<Cases><Case guid=\"" + kCodeA + "\" name=\"P1\"><SourceRef targetGUID=\"" +
                kSource + "\"/></Case></Cases><Sources>" + textSource(selection(0, 5)) + "</Sources>");
    const auto p = readQdpx(archive(qde, {{"sources/" + kSource + ".txt", "Hello world"}}));
    REQUIRE(p.cases.size() == 1);
    CHECK(p.cases[0].guid != kCodeA);
    CHECK(cairn::isGuid(p.cases[0].guid));
    CHECK(p.sources.at(0).selections.at(0).codings.at(0).codeGuid == kCodeA);
    CHECK(mentions(p.repairs, "case \"P1\" had the GUID of a code"));
}

TEST_CASE("cases without names are named; file variables become a case", "[import][qdpx][cases]") {
    const auto values = [](const std::string& v) {
        return "<VariableValue><VariableRef targetGUID=\"" + kVariable + "\"/><TextValue>" + v +
               "</TextValue></VariableValue>";
    };
    const auto qde =
        project(codebook() + "<Variables><Variable guid=\"" + kVariable +
                "\" name=\"Region\" typeOfVariable=\"Text\"/></Variables>" + "<Cases><Case guid=\"" + kCase +
                "\">" + values("North") + "<SourceRef targetGUID=\"" + kSource + "\"/></Case><Case guid=\"" +
                cairn::newGuid() + "\"/><Case guid=\"" + cairn::newGuid() +
                "\" name=\"Interview 1\"/></Cases>" + "<Sources>" + textSource("") + "<TextSource guid=\"" +
                kSource2 + "\" name=\"Survey\" plainTextPath=\"internal://" + kSource2 + ".txt\">" +
                values("South") + "</TextSource></Sources>");
    const auto p = readQdpx(
        archive(qde, {{"sources/" + kSource + ".txt", "One"}, {"sources/" + kSource2 + ".txt", "Two"}}));
    REQUIRE(p.cases.size() == 4);
    CHECK(p.cases[0].name == "Interview 1"); // named after its one source
    CHECK(p.cases[0].values.at(0).value == "North");
    CHECK(p.cases[1].name == "Unnamed case 1");
    CHECK(p.cases[2].name == "Interview 1 (2)");
    CHECK(p.cases[3].name == "Survey");
    CHECK(p.cases[3].sourceGuids == std::vector<std::string>{kSource2});
    CHECK(p.cases[3].values.at(0).value == "South");
    CHECK(mentions(p.repairs, "named \"Interview 1\", after its source"));
    CHECK(mentions(p.repairs, "variable values of source \"Survey\""));
    CHECK(mentions(p.repairs, "renamed \"Interview 1 (2)\""));
}

TEST_CASE("sources that are not text are reported by name", "[import][qdpx]") {
    const auto qde = project(codebook() + "<Sources><PDFSource guid=\"" + cairn::newGuid() +
                             "\" name=\"Report.pdf\" path=\"internal://x.pdf\"/><AudioSource guid=\"" +
                             cairn::newGuid() + "\" name=\"Call.mp3\"/><PDFSource guid=\"" +
                             cairn::newGuid() + "\" name=\"Plan.pdf\"/>" + textSource("") + "</Sources>");
    const auto p = readQdpx(archive(qde, {{"sources/" + kSource + ".txt", "Text"}}));
    CHECK(p.sources.size() == 1);
    REQUIRE(p.problems.size() == 2);
    CHECK(mentions(p.problems, "2 PDF sources (\"Report.pdf\", \"Plan.pdf\") were not imported"));
    CHECK(mentions(p.problems, "1 audio source (\"Call.mp3\") was not imported"));
}

TEST_CASE("sources without readable text are reported with their selections", "[import][qdpx]") {
    const auto qde =
        project(codebook() + "<Sources>" + textSource(selection(0, 1) + selection(1, 2), "Missing") +
                textSource("", "Outside", "relative://data/b.txt", kSource2) + "<TextSource guid=\"" +
                cairn::newGuid() + "\" name=\"Rich\" richTextPath=\"internal://r.docx\"/></Sources>");
    const auto p = readQdpx(archive(qde));
    CHECK(p.sources.empty());
    REQUIRE(p.problems.size() == 3);
    CHECK_THAT(p.problems[0], Contains("\"Missing\"") && Contains("has no file") && Contains("2 selections"));
    CHECK_THAT(p.problems[1], Contains("\"Outside\"") && Contains("outside the project"));
    CHECK_THAT(p.problems[2], Contains("\"Rich\"") && Contains("only rich text"));
}

TEST_CASE("memos arrive as descriptions, note references or links", "[import][qdpx][notes]") {
    const auto selectionGuid = std::string("5e1ec710-aaaa-4000-8000-000000000001");
    const auto qde = project(
        codebook() + "<Sources><TextSource guid=\"" + kSource + "\" name=\"A\" plainTextPath=\"internal://" +
        kSource + ".txt\"><PlainTextSelection guid=\"" + selectionGuid +
        "\" startPosition=\"0\" endPosition=\"5\"><Description>just a "
        "comment</Description></PlainTextSelection>"
        "</TextSource></Sources><Notes><Note guid=\"" +
        kNote + "\" name=\"Annotation\"><PlainTextContent>see this</PlainTextContent></Note></Notes>" +
        "<Links><Link guid=\"" + cairn::newGuid() + "\" name=\"annotates\" originGUID=\"" + kNote +
        "\" targetGUID=\"" + selectionGuid + "\"/><Link guid=\"" + cairn::newGuid() +
        "\" name=\"causes\" originGUID=\"" + kCodeA + "\" targetGUID=\"" + kCodeB + "\"/></Links>");
    const auto p = readQdpx(archive(qde, {{"sources/" + kSource + ".txt", "Hello world"}}));
    const auto& s = p.sources.at(0).selections.at(0);
    CHECK(s.description == "just a comment");
    CHECK(s.codings.empty());
    CHECK(s.noteGuids == std::vector<std::string>{kNote});
    REQUIRE(p.problems.size() == 1);
    CHECK_THAT(p.problems[0], Contains("\"causes\"") && Contains("could not be imported"));
}

TEST_CASE("references to what is not in the file are reported and dropped", "[import][qdpx]") {
    const auto missing = cairn::newGuid();
    const auto qde =
        project(codebook() + "<Sources>" +
                textSource(selection(0, 5, missing) +
                           selection(6, 11, kCodeB, "<NoteRef targetGUID=\"" + missing + "\"/>")) +
                "</Sources><Sets><Set guid=\"" + cairn::newGuid() + "\" name=\"S\"/></Sets>");
    const auto p = readQdpx(archive(qde, {{"sources/" + kSource + ".txt", "Hello world"}}));
    const auto& selections = p.sources.at(0).selections;
    REQUIRE(selections.size() == 2);
    CHECK(selections[0].codings.empty());
    CHECK(selections[1].noteGuids.empty());
    CHECK(mentions(p.problems, "a code that is not in the codebook"));
    CHECK(mentions(p.problems, "a note that is not in the project"));
    CHECK(mentions(p.problems, "1 set(s) of codes or sources could not be imported"));
}

TEST_CASE("a coding of a whole source becomes one selection of all its text", "[import][qdpx]") {
    const auto source = "<TextSource guid=\"" + kSource + "\" name=\"A\" plainTextPath=\"internal://" +
                        kSource + ".txt\"><Coding guid=\"" + cairn::newGuid() + "\"><CodeRef targetGUID=\"" +
                        kCodeB + "\"/></Coding></TextSource>";
    const auto p = readQdpx(archive(project(codebook() + "<Sources>" + source + "</Sources>"),
                                    {{"sources/" + kSource + ".txt", "All of it\r\n"}}));
    REQUIRE(p.sources.at(0).selections.size() == 1);
    CHECK(selectedTexts(p.sources[0]) == std::vector<std::string>{"All of it\n"});
    CHECK(p.sources[0].selections[0].codings.at(0).codeGuid == kCodeB);
    CHECK(mentions(p.repairs, "coded as a whole"));
}

TEST_CASE("links carry memos to selections, sources and codes", "[import][qdpx][notes]") {
    const auto selectionGuid = std::string("5e1ec710-aaaa-4000-8000-000000000002");
    const auto link = [](const std::string& origin, const std::string& target,
                         const std::string& inner = {}) {
        return "<Link guid=\"" + cairn::newGuid() + "\" name=\"l\" originGUID=\"" + origin +
               "\" targetGUID=\"" + target + "\">" + inner + "</Link>";
    };
    const auto qde = project(
        codebook() + "<Sources><TextSource guid=\"" + kSource + "\" name=\"A\" plainTextPath=\"internal://" +
        kSource + ".txt\"><PlainTextSelection guid=\"" + selectionGuid +
        "\" startPosition=\"0\" endPosition=\"5\"/></TextSource></Sources><Notes><Note guid=\"" + kNote +
        "\"><PlainTextContent>one</PlainTextContent></Note><Note guid=\"" + kNote2 +
        "\"><PlainTextContent>two</PlainTextContent></Note></Notes><Links>" + link(kCodeA, kNote) +
        link(kSource, kNote2) + "<Link guid=\"" + cairn::newGuid() +
        "\" name=\"from a selection\" originGUID=\"" + selectionGuid + "\"><NoteRef targetGUID=\"" + kNote2 +
        "\"/></Link>" + link(kNote, kNote2) + "</Links>");
    const auto p = readQdpx(archive(qde, {{"sources/" + kSource + ".txt", "Hello world"}}));
    CHECK(p.codebook.codes.at(0).noteGuids == std::vector<std::string>{kNote});
    CHECK(p.sources.at(0).noteGuids == std::vector<std::string>{kNote2});
    CHECK(p.sources.at(0).selections.at(0).noteGuids == std::vector<std::string>{kNote2});
    REQUIRE(p.problems.size() == 1); // the link between two notes
    CHECK_THAT(p.problems[0], Contains("1 link"));
}
