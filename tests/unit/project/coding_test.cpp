#include "common/error.h"
#include "project_fixture.h"
#include "text/utf.h"

#include <catch2/catch.hpp>

using namespace cairn;

namespace {

std::int64_t find(const std::string& text, const std::string& needle) {
    const auto byte = text.find(needle);
    REQUIRE(byte != std::string::npos);
    return text::byteToCodePoint(text, static_cast<std::int64_t>(byte));
}

} // namespace

TEST_CASE("a coding covers exactly its code points, whatever the script", "[project][coding]") {
    test::ProjectFixture f;
    // CRLF line ends and a decomposed é arrive; the stored text is NFC with LF, and spans count its code
    // points: an emoji is one, the Arabic and Pashto letters one each.
    f.import("mixed.txt",
             "Amira: \xF0\x9F\x98\x80 I learnt English at the college.\r\n\r\n"
             "Karim: \xD8\xB2\xD9\x87 \xD9\xBE\xD9\x87 \xDA\xA9\xD8\xA7\xD8\xA8\xD9\x84 \xDA\xA9\xDB\x90 "
             "\xD9\x88\xD9\x85.\r\n\r\nJo: Cafe\xCC\x81 talk.\r\n");
    const auto text = f.project->sourceText("mixed");
    const std::vector<std::string> words{"English", "\xDA\xA9\xD8\xA7\xD8\xA8\xD9\x84", "Caf\xC3\xA9",
                                         "\xF0\x9F\x98\x80"};
    f.project->addCode("Words");
    for (const auto& word : words) {
        const auto start = find(text, word);
        const auto view = f.code("mixed", start, start + text::codePointCount(word), "Words");
        CHECK(view.text == word);
    }
    const auto all = f.project->codings({.code = "Words"});
    REQUIRE(all.size() == words.size());
    for (const auto& c : all)
        CHECK(text::sliceCodePoints(text, c.coding.start, c.coding.end) == c.text);

    // Qt counts UTF-16: the same word selected in UTF-16 units lands on the same code points.
    const auto u16Start = text::codePointToUtf16(text, find(text, "English"));
    const auto viaQt = f.code("mixed", u16Start, u16Start + 7, "Words", "qt", project::SpanUnit::Utf16);
    CHECK(viaQt.text == "English");
    // A span ending inside "é" written as e + U+0301 cannot occur (stored NFC), but one ending between a
    // letter and a combining mark widens; spans past the end are refused.
    CHECK_THROWS_AS(f.code("mixed", 0, 100000, "Words"), InvalidInput);
    CHECK_THROWS_AS(f.code("mixed", 5, 5, "Words"), InvalidInput);
    CHECK_THROWS_AS(f.code("mixed", 0, 4, "Nope"), NotFound);
}

TEST_CASE("overlapping, nested and double-coded spans are all kept", "[project][coding]") {
    test::ProjectFixture f;
    f.import("a", "Amira: I waited two years for English classes at the college.\n");
    f.project->addCode("Language");
    f.project->addCode("Waiting");
    f.code("a", 0, 20, "Language", "ana");
    f.code("a", 0, 20, "Language", "ben"); // the same span by another coder
    f.code("a", 5, 10, "Waiting", "ana");  // nested
    f.code("a", 15, 30, "Waiting", "ana"); // overlapping
    CHECK(f.project->countCodings({}) == 4);
    CHECK(f.project->countCodings({.coder = "ben"}) == 1);
    CHECK(f.project->countCodings({.code = "Waiting"}) == 2);
    CHECK_THROWS_AS(f.project->countCodings({.coder = "nobody"}), NotFound);
    // Listing is in source order.
    const auto listed = f.project->codings({});
    for (std::size_t i = 1; i < listed.size(); ++i)
        CHECK(listed[i - 1].coding.start <= listed[i].coding.start);
}

TEST_CASE("codings are retrieved by code with sub-codes, case, attribute and kind", "[project][coding]") {
    test::ProjectFixture f;
    f.import("amira",
             "Amira: The ESOL list was two years long.\n\nBen: And what about housing?\n\nAmira: It was damp "
             "and cold.\n",
             "interview");
    f.import("sub.txt", "Our members wait months for ESOL classes.\n", "submission", "Refugee Action");
    f.project->linkSpeaker("amira", "Amira", "Amira");
    f.project->setCaseAttribute("Amira", "status", "refugee");
    f.project->setCaseAttribute("Refugee Action", "status", "organisation");
    f.project->addCode("Barriers/Language");
    f.code("amira", 11, 15, "Barriers/Language");
    f.code("amira", 47, 58, "Barriers"); // in Ben's turn
    f.code("sub", 0, 11, "Barriers/Language");

    CHECK(f.project->countCodings({.code = "Barriers"}) == 3);
    CHECK(f.project->countCodings({.code = "Barriers", .withSubcodes = false}) == 1);
    // Ben, the interviewer, is no case: his turn belongs to the interview's case, Amira.
    CHECK(f.project->countCodings({.caseName = "Amira"}) == 2);
    CHECK(f.project->countCodings({.caseName = "Refugee Action"}) == 1);
    CHECK(f.project->countCodings({.attribute = "status", .attributeValue = "refugee"}) == 2);
    CHECK(f.project->countCodings({.attribute = "status", .attributeValue = "organisation"}) == 1);
    // Once Ben is a case too, his turn is his.
    f.project->linkSpeaker("amira", "Ben", "Ben");
    CHECK(f.project->countCodings({.caseName = "Amira"}) == 1);
    CHECK(f.project->countCodings({.caseName = "Ben"}) == 1);
    CHECK(f.project->countCodings({.kind = "submission"}) == 1);
    const auto withContext = f.project->codings({.source = "amira", .context = 6});
    REQUIRE(withContext.size() == 2);
    CHECK(withContext[0].text == "ESOL");
    CHECK(withContext[0].before == "The "); // the passage starts after "Amira: "
    CHECK(withContext[0].after == " list ");
    CHECK(withContext[1].text == "And what ab");
    // Context stops at the passage: Ben's turn does not run into Amira's.
    CHECK(withContext[1].before.find("long") == std::string::npos);
}

TEST_CASE("memos sit on sources, cases, codes, codings or nothing, and are searchable", "[project][memo]") {
    test::ProjectFixture f;
    f.import("a", "Amira: I waited two years for English classes.\n", "interview", "Amira");
    f.project->addCode("Language");
    project::CodingRequest request{
        .source = "a", .start = 7, .end = 15, .code = "Language", .memo = "Strong quote"};
    const auto coding = f.project->code(request);
    CHECK(coding.coding.memo == "Strong quote");
    f.project->addMemo("", "Recurring theme across interviews", project::MemoTarget{.code = "Language"});
    f.project->addMemo("Day 1", "Started coding", project::MemoTarget{});
    f.project->addMemo("", "Follow up", project::MemoTarget{.caseName = "Amira"});
    CHECK(f.project->memos(project::MemoTarget{.coding = coding.coding.guid}).size() == 1);
    CHECK(f.project->memos(project::MemoTarget{.code = "Language"}).size() == 1);
    CHECK(f.project->memos({}, true).size() == 1);
    CHECK(f.project->codings({}).front().coding.memo == "Strong quote");
    const auto found = f.project->searchMemos("recurring");
    REQUIRE(found.size() == 1);
    const auto edited = f.project->editMemo(found.front().guid, "Theme", "Recurring theme, five interviews");
    CHECK(edited.text == "Recurring theme, five interviews");
    CHECK(edited.title == "Theme");
    // Without a title the old one stays.
    CHECK(f.project->editMemo(found.front().guid, std::nullopt, "Six interviews").title == "Theme");
    CHECK_THROWS_AS(f.project->editMemo("no-such-memo", std::nullopt, "x"), NotFound);
    f.project->deleteMemo(found.front().guid);
    CHECK(f.project->searchMemos("recurring").empty());
    // Removing the coding removes its memo.
    f.project->uncode(coding.coding.guid);
    CHECK(f.project->memos(project::MemoTarget{}).size() == 2);
}

TEST_CASE("auto-coding codes every hit by passage, sentence or match", "[project][coding][autocode]") {
    test::ProjectFixture f;
    f.import("a", "Amira: I waited two years for English classes. Then I found work.\n\n"
                  "Ben: My English is better now. Housing is the problem.\n\nAmira: No idea.\n");
    f.import("b.txt",
             "Karim: English classes were full.\n\nJo: Thank you for that.\n\nKarim: You are welcome.\n");
    f.project->addCode("Language");
    f.project->addCode("Sentences");
    f.project->addCode("Words");

    project::AutocodeRequest dry{.search = {"english"}, .code = "Language", .dryRun = true};
    const auto preview = f.project->autocode(dry);
    CHECK(preview.passages == 3);
    CHECK(preview.sources == 2);
    CHECK(preview.added == 0);
    CHECK(f.project->countCodings({}) == 0);

    const auto passages = f.project->autocode({.search = {"english"}, .code = "Language"});
    CHECK(passages.added == 3);
    // Running it again codes nothing new.
    const auto again = f.project->autocode({.search = {"english"}, .code = "Language"});
    CHECK(again.added == 0);
    CHECK(again.skipped == 3);

    f.project->autocode(
        {.search = {"english"}, .code = "Sentences", .unit = project::AutocodeUnit::Sentence});
    std::vector<std::string> sentences;
    for (const auto& c : f.project->codings({.code = "Sentences"}))
        sentences.push_back(c.text);
    CHECK(sentences == std::vector<std::string>{"I waited two years for English classes.",
                                                "My English is better now.", "English classes were full."});

    f.project->autocode(
        {.search = {"english OR housing"}, .code = "Words", .unit = project::AutocodeUnit::Match});
    std::vector<std::string> words;
    for (const auto& c : f.project->codings({.code = "Words"}))
        words.push_back(c.text);
    CHECK(words == std::vector<std::string>{"English", "English", "Housing", "English"});

    // One auto-coding is one undo step.
    REQUIRE(f.project->undo());
    CHECK(f.project->countCodings({.code = "Words"}) == 0);
    CHECK_THROWS_AS(f.project->autocode({.search = {"english"}, .code = "Missing"}), NotFound);
}

TEST_CASE("code: filters search by a code and its sub-codes", "[project][coding][search]") {
    test::ProjectFixture f;
    f.import("a", "Amira: I waited two years for English classes.\n\nBen: Housing was damp.\n\n"
                  "Amira: The college helped with English.\n");
    f.project->addCode("Barriers/Language");
    f.project->addCode("Barriers/Housing");
    project::CodingRequest first{.source = "a", .start = 9, .end = 20, .code = "Barriers/Language"};
    f.project->code(first);
    project::CodingRequest second{.source = "a", .start = 54, .end = 60, .code = "Barriers/Housing"};
    f.project->code(second);
    CHECK(f.hits("code:Barriers/Language") == 1);
    CHECK(f.hits("code:Barriers") == 2);
    CHECK(f.hits("english code:Barriers") == 1);
    CHECK(f.hits("english -code:Barriers") == 1);
    CHECK(f.hits("code:\"Barriers/Housing\"") == 1);
    CHECK_THROWS_AS(f.hits("code:Nothing"), InvalidInput);
}
