#include "common/error.h"
#include "project_fixture.h"
#include "support/zip_writer.h"
#include "text/utf.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>

using namespace cairn;

namespace {

// What a round trip must keep: sources, codes, codings with the text under each, cases.
struct Contents {
    std::map<std::string, std::string> sources; // guid → name + kind + text
    std::map<std::string, std::string> codes;   // guid → path + definition + codable
    std::map<std::string, std::string> codings; // guid → code path + source + coder + text + memo
    std::map<std::string, std::string> cases;   // guid → name + kind + consent + attributes + sources
    std::size_t memos = 0;
};

Contents contents(project::Project& p) {
    Contents out;
    for (const auto& s : p.sources())
        out.sources[s.guid] = s.name + "|" + s.kind + "|" + p.sourceText(s.guid);
    for (const auto& c : p.codebook())
        out.codes[c.code.guid] = c.path + "|" + c.code.definition + "|" + c.code.inclusion + "|" +
                                 std::to_string(c.code.codable) + "|" + c.code.color;
    for (const auto& v : p.codings({}))
        out.codings[v.coding.guid] = v.codePath + "|" + v.coding.sourceName + "|" + v.coding.coder + "|" +
                                     v.text + "|" + v.coding.memo;
    for (const auto& c : p.cases()) {
        std::string attributes;
        for (const auto& [name, value] : c.attributes)
            attributes += name + "=" + std::to_string(value.index()) + ";";
        out.cases[c.guid] = c.name + "|" + c.kind + "|" + c.consent + "|" + c.consentDate + "|" + attributes +
                            "|" + std::to_string(c.sources);
    }
    out.memos = p.memos().size();
    return out;
}

} // namespace

TEST_CASE("export to .qdpx and import again keeps sources, codes, codings and cases", "[project][qdpx]") {
    test::ProjectFixture f;
    f.import("amira",
             "Interviewer: How long did you wait for English classes?\n\n"
             "Amira: Two years \xF0\x9F\x98\x9E on the ESOL list. \xD8\xA7\xD9\x84\xD8\xAD\xD9\x85\xD8\xAF "
             "\xD9\x84\xD9\x84\xD9\x87 I go now.\n\nInterviewer: And housing in Cardiff?\n\n"
             "Amira: Cafe\xCC\x81 owners helped me find a flat.\n",
             "interview", "Amira");
    f.import("sub01", "Our members wait months for ESOL classes in Newport.\n", "submission",
             "Refugee Action");
    f.project->setCaseAttribute("Amira", "arrival_year", "2019");
    f.project->setCaseAttribute("Amira", "interpreter", "true");
    f.project->setConsent("Amira", "anonymous", "2026-03-01", "verbal");
    f.project->loadCodebook("barriers-enablers");
    f.project->addCode("Own/Cafés", {.definition = "Places to meet", .inclusion = "Named cafés"});
    f.project->autocode({.search = {"esol"}, .code = "Barriers/Language/ESOL waiting list", .coder = "ana"});
    f.project->autocode({.search = {"esol"},
                         .code = "Barriers/Language/ESOL waiting list",
                         .unit = project::AutocodeUnit::Match,
                         .coder = "ben"});
    const auto text = f.project->sourceText("amira");
    const auto cafe = text::byteToCodePoint(text, static_cast<std::int64_t>(text.find("Caf")));
    f.project->code({.source = "amira",
                     .start = cafe,
                     .end = cafe + 4,
                     .code = "Own/Cafés",
                     .memo = "é is one code point"});
    f.project->addMemo("Housing", "Recurring", project::MemoTarget{.code = "Barriers/Housing"});
    f.project->addMemo("", "Journal entry", project::MemoTarget{});
    f.project->addMemo("", "About the submission", project::MemoTarget{.source = "sub01"});
    const auto before = contents(*f.project);
    REQUIRE(before.codings.size() == 5);

    const auto file = (f.dir / "study.qdpx").string();
    const auto exported = f.project->exportQdpx(file);
    CHECK(exported.sources == 2);
    CHECK(exported.codings == 5);
    CHECK(exported.cases == 2);
    const auto saysIndicators = [](const project::ExchangeReport& r) {
        return std::any_of(r.problems.begin(), r.problems.end(),
                           [](const auto& p) { return p.find("indicator frameworks") != std::string::npos; });
    };
    CHECK_FALSE(saysIndicators(exported)); // nothing to leave out yet
    f.project->loadFrameworks("home-office-2019");
    CHECK(saysIndicators(f.project->exportQdpx((f.dir / "with-frameworks.qdpx").string())));

    project::ExchangeReport report;
    auto copy = project::Project::importQdpx(file, (f.dir / "copy.cairn").string(), report);
    CHECK(report.sources == 2);
    CHECK(report.codings == 5);
    CHECK(report.repairs.empty());
    const auto after = contents(*copy);
    CHECK(after.sources == before.sources);
    CHECK(after.codes == before.codes);
    CHECK(after.codings == before.codings);
    CHECK(after.cases == before.cases);
    CHECK(after.memos == before.memos);
    // The copy is a working project: search, code: and undo of the whole import.
    CHECK(copy->searchCount({"code:Barriers"}) == 2);
    CHECK(copy->check().empty());
    REQUIRE(copy->undo());
    CHECK(copy->sources().empty());
    CHECK(copy->codebook().empty());
}

TEST_CASE("an NVivo-style .qdpx with UTF-16 positions, BOM and CRLF lands on the right words",
          "[project][qdpx]") {
    test::ProjectFixture f;
    // "Hi 😀 there.\r\nThe ESOL list 😀 was long." with a BOM: NVivo counts UTF-16 units and the CR.
    const std::string raw =
        "\xEF\xBB\xBFHi \xF0\x9F\x98\x80 there.\r\nThe ESOL list \xF0\x9F\x98\x80 was long.";
    // UTF-16 positions in the text after the BOM: "ESOL" starts at 18 (H i _ 😀😀 _ t h e r e . CR LF T h e _).
    const std::string qde = R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="NVivo study" origin="NVivo">
  <Users><User guid="11111111-1111-1111-1111-111111111111" name="Sam"/></Users>
  <CodeBook><Codes><Code guid="22222222-2222-2222-2222-222222222222" name="Language" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="33333333-3333-3333-3333-333333333333" name="Interview 1" plainTextPath="internal://33333333-3333-3333-3333-333333333333.txt">
      <PlainTextSelection guid="44444444-4444-4444-4444-444444444444" startPosition="18" endPosition="22" creatingUser="11111111-1111-1111-1111-111111111111">
        <Coding guid="55555555-5555-5555-5555-555555555555" creatingUser="11111111-1111-1111-1111-111111111111"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="66666666-6666-6666-6666-666666666666" startPosition="31" endPosition="34">
        <Coding guid="77777777-7777-7777-7777-777777777777"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="88888888-8888-8888-8888-888888888888" startPosition="3" endPosition="5">
        <Description>Smiley in the first line</Description>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>)";
    const auto file = f.write("nvivo.qdpx", test::ZipWriter()
                                                .add("NVivo study.qde", qde)
                                                .add("Sources/33333333-3333-3333-3333-333333333333.txt", raw)
                                                .bytes());
    project::ExchangeReport report;
    auto p = project::Project::importQdpx(file, (f.dir / "n.cairn").string(), report);
    std::vector<std::string> texts;
    for (const auto& v : p->codings({}))
        texts.push_back(v.text + "/" + v.coding.coder);
    CHECK(texts == std::vector<std::string>{"ESOL/Sam", "was/" + p->file().coderName()});
    bool explained = false;
    for (const auto& line : report.repairs)
        explained = explained || line.find("UTF-16") != std::string::npos;
    CHECK(explained);
    // The comment with no coding became a memo on the source, quoting the smiley.
    const auto memos = p->memos();
    REQUIRE(memos.size() == 1);
    CHECK(memos[0].text == "Smiley in the first line");
    CHECK(memos[0].title.find("\xF0\x9F\x98\x80") != std::string::npos);
}

TEST_CASE("a .qdpx that cannot be read leaves no project behind", "[project][qdpx]") {
    test::ProjectFixture f;
    const auto target = (f.dir / "new.cairn").string();
    project::ExchangeReport report;
    const auto notZip = f.write("bad.qdpx", "this is not a zip archive");
    CHECK_THROWS_AS(project::Project::importQdpx(notZip, target, report), InvalidInput);
    const auto noQde = f.write("empty.qdpx", test::ZipWriter().add("readme.txt", "hello").bytes());
    CHECK_THROWS_AS(project::Project::importQdpx(noQde, target, report), InvalidInput);
    CHECK(!std::filesystem::exists(target));
    // An existing project is never overwritten.
    const auto good = (f.dir / "good.qdpx").string();
    f.project->exportQdpx(good);
    CHECK_THROWS(project::Project::importQdpx(good, f.project->file().path(), report));
}
