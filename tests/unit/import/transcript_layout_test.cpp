#include "common/error.h"
#include "import/plain_text.h"
#include "import/transcript_layout.h"
#include "passage_checks.h"
#include "support/test_paths.h"
#include "text/charset.h"

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

using namespace cairn::import;
using cairn::test::labelBefore;
using cairn::test::passageText;
using Catch::Matchers::Contains;

namespace {

struct Turn {
    std::string speaker;
    std::string label; // as written in the document text, before the span
    std::string utterance;
    std::optional<std::int64_t> timeMs = std::nullopt;
};

void checkTurns(const ParsedDocument& doc, std::size_t first, const std::vector<Turn>& turns) {
    cairn::test::checkInvariants(doc);
    REQUIRE(doc.passages.size() == first + turns.size());
    for (std::size_t i = 0; i < turns.size(); ++i) {
        INFO("turn " << i);
        const auto& p = doc.passages[first + i];
        CHECK(p.speaker == turns[i].speaker);
        CHECK(passageText(doc, first + i) == turns[i].utterance);
        CHECK(labelBefore(doc, first + i) == turns[i].label);
        CHECK(p.timeStartMs == turns[i].timeMs);
    }
}

} // namespace

TEST_CASE("every transcript layout is detected with exact turn spans", "[import][transcript]") {
    struct Row {
        std::string layout;
        std::string text;
        std::vector<Turn> turns;
    };
    const std::vector<Row> rows{
        {"name-colon",
         "Rhian: Thank you for coming in this morning.\n\nAmira: \xD9\x86\xD8\xB9\xD9\x85, no problem at "
         "all.\n\n"
         "Rhian: Could you start with how you came to Cardiff?\n\nAmira: We came in November, it was very "
         "cold.",
         {{"Rhian", "Rhian: ", "Thank you for coming in this morning."},
          {"Amira", "Amira: ", "\xD9\x86\xD8\xB9\xD9\x85, no problem at all."},
          {"Rhian", "Rhian: ", "Could you start with how you came to Cardiff?"},
          {"Amira", "Amira: ", "We came in November, it was very cold."}}},
        {"timestamp-name",
         "[00:00:04] Hannah: Okay, I think that's recording now.\n(00:18) Sohail: I've explained it to them "
         "both.\n00:00:31 Hannah: Not at all, thank you.\n[1:02:03.5] Farid: We have been here seven "
         "months.\n"
         "[1:02:09] Sohail: He says seven months here.",
         {{"Hannah", "[00:00:04] Hannah: ", "Okay, I think that's recording now.", 4000},
          {"Sohail", "(00:18) Sohail: ", "I've explained it to them both.", 18000},
          {"Hannah", "00:00:31 Hannah: ", "Not at all, thank you.", 31000},
          {"Farid", "[1:02:03.5] Farid: ", "We have been here seven months.", 3723500},
          {"Sohail", "[1:02:09] Sohail: ", "He says seven months here.", 3729000}}},
        {"qa",
         "Q: Can you start with how you came to Wrexham?\n\nA: I came in 2010, my cousin was already "
         "here.\n\n"
         "Q: What happened then?\n\nA: Very naive, I thought I would find nursing work quickly.",
         {{"Q", "Q: ", "Can you start with how you came to Wrexham?"},
          {"A", "A: ", "I came in 2010, my cousin was already here."},
          {"Q", "Q: ", "What happened then?"},
          {"A", "A: ", "Very naive, I thought I would find nursing work quickly."}}},
        {"caps-speaker",
         "INTERVIEWER: Okay, we're recording now, thank you.\n\nRESPONDENT: I came in 2013, in March.\n\n"
         "INTERVIEWER\nWhat was it like when you first arrived?\n\nRESPONDENT 2\nHonestly, it was hard for "
         "us.\n\n"
         "INTERVIEWER:\nHow long did that last?",
         {{"INTERVIEWER", "INTERVIEWER: ", "Okay, we're recording now, thank you."},
          {"RESPONDENT", "RESPONDENT: ", "I came in 2013, in March."},
          {"INTERVIEWER", "INTERVIEWER\n", "What was it like when you first arrived?"},
          {"RESPONDENT 2", "RESPONDENT 2\n", "Honestly, it was hard for us."},
          {"INTERVIEWER", "INTERVIEWER:\n", "How long did that last?"}}},
        {"markdown-bold",
         "**Tariq:** Diolch yn fawr, it is good to be here.\n\n**Eleri**: Sut dych chi, how are you "
         "today?\n\n"
         "**Tariq:** I am well, the Welsh class is going well.",
         {{"Tariq", "**Tariq:** ", "Diolch yn fawr, it is good to be here."},
          {"Eleri", "**Eleri**: ", "Sut dych chi, how are you today?"},
          {"Tariq", "**Tariq:** ", "I am well, the Welsh class is going well."}}},
        {"otter",
         "Speaker 1  0:00\nWelcome everyone, thank you for coming today.\n\nAmina Yusuf  0:12\nThank you. I "
         "have been in Leeds\nfor three years now.\n\nSpeaker 1  1:02:03\nAnd how did you find the group?",
         {{"Speaker 1", "Speaker 1  0:00\n", "Welcome everyone, thank you for coming today.", 0},
          {"Amina Yusuf", "Amina Yusuf  0:12\n", "Thank you. I have been in Leeds\nfor three years now.",
           12000},
          {"Speaker 1", "Speaker 1  1:02:03\n", "And how did you find the group?", 3723000}}},
    };
    for (const auto& [layout, text, turns] : rows) {
        INFO(layout);
        const auto doc = parsePlainText(text);
        CHECK(doc.layout == layout);
        CHECK(doc.warnings.empty());
        checkTurns(doc, 0, turns);
        // Forcing the detected layout reads it the same way.
        CHECK(parsePlainText(text, {layout}).passages.size() == turns.size());
    }
}

TEST_CASE("a preamble stays prose and unlabelled paragraphs continue the turn", "[import][transcript]") {
    const auto doc = parsePlainText("Interview C-07, Cardiff, 14 March 2024\nNames changed.\n\n"
                                    "Rhian: How did you learn English?\n\n"
                                    "Amira: From YouTube at first.\n\nThen from my neighbour Glenys.\n\n"
                                    "Rhian: Your neighbour did that?\n\nAmira: Yes, every week a new word.");
    CHECK(doc.layout == "name-colon");
    CHECK(passageText(doc, 0) == "Interview C-07, Cardiff, 14 March 2024\nNames changed.");
    CHECK(doc.passages[0].speaker.empty());
    checkTurns(doc, 1,
               {{"Rhian", "Rhian: ", "How did you learn English?"},
                {"Amira", "Amira: ", "From YouTube at first.\n\nThen from my neighbour Glenys."},
                {"Rhian", "Rhian: ", "Your neighbour did that?"},
                {"Amira", "Amira: ", "Yes, every week a new word."}});
}

TEST_CASE("a heading ends a turn and stays a heading", "[import][transcript]") {
    std::vector<TextBlock> blocks{{"Q: Where did you live first?", TextBlock::Kind::Paragraph},
                                  {"A: In a hotel near the station, for months.", TextBlock::Kind::Paragraph},
                                  {"Part two", TextBlock::Kind::Heading},
                                  {"Q: And the children's school?", TextBlock::Kind::Paragraph},
                                  {"A: They waited four months for places.", TextBlock::Kind::Paragraph}};
    const auto doc = documentFromBlocks(blocks, "docx");
    CHECK(doc.layout == "qa");
    REQUIRE(doc.passages.size() == 5);
    CHECK(passageText(doc, 2) == "Part two");
    CHECK(doc.passages[2].speaker.empty());
    CHECK(passageText(doc, 1) == "In a hotel near the station, for months.");
}

TEST_CASE("bold runs from a parser give markdown-bold turns without asterisks", "[import][transcript]") {
    std::vector<TextBlock> blocks;
    for (const auto& [name, said] : std::vector<std::pair<std::string, std::string>>{
             {"Tariq", "It is good to be here with you."},
             {"Eleri", "How long have you lived in Swansea?"},
             {"Tariq", "Five years now, since the resettlement."}}) {
        const auto label = name + ":";
        blocks.push_back({label + " " + said, TextBlock::Kind::Paragraph, {{0, label.size()}}});
    }
    const auto doc = documentFromBlocks(blocks, "markdown");
    CHECK(doc.layout == "markdown-bold");
    checkTurns(doc, 0,
               {{"Tariq", "Tariq: ", "It is good to be here with you."},
                {"Eleri", "Eleri: ", "How long have you lived in Swansea?"},
                {"Tariq", "Tariq: ", "Five years now, since the resettlement."}});
}

TEST_CASE("prose with a few labelled paragraphs is not a transcript", "[import][transcript]") {
    const std::vector<std::string> texts{
        // One label, twice: a submission's notes.
        "Note: the meeting was held in the community centre.\n\nTwelve people came, most of them women.\n\n"
        "Childcare was provided by volunteers.\n\nNote: the interpreter left early.\n\nWe closed at four.",
        // Numbered labels each once: recommendations, not speakers.
        "Recommendation 1: fund ESOL classes with creches.\n\nRecommendation 2: publish bus routes in "
        "Arabic.\n\nRecommendation 3: train GP receptionists.\n\nRecommendation 4: open libraries later.",
        // A form: labels recur but say almost nothing.
        "Name: Ali\nAge: 34\nCountry: Syria\n\nName: Mona\nAge: 29\nCountry: Sudan\n\nName: Jan\nAge: 41\n"
        "Country: Poland",
        // Sentences whose first clause ends in a colon.
        "The reason was simple: nobody told us where to go.\n\nShe said it plainly: we were not welcome.\n\n"
        "What we needed was this: a map, a phone, a friend.\n\nIn 2019. Then: the pandemic came.",
        // One label throughout: a survey export's comments, not a conversation.
        "Comment: the bus pass made the biggest difference.\n\nComment: more evening classes please.\n\n"
        "Comment: the staff were kind and patient.\n\nComment: we need a creche at the college.",
        // A report quoting a short exchange among many paragraphs of its own.
        "The evidence came from forty groups across the region, large and small.\n\n"
        "Amira: We waited eight months for a class.\n\nRhian: Eight months?\n\n"
        "Amira: Yes, and then the creche was full.\n\nRhian: What did you do then?\n\n" +
            std::string("Councils reported the same pattern in their responses.\n\n") +
            "Funding was short-term in most areas.\n\nVolunteers filled many of the gaps.\n\n"
            "Waiting lists were longest in the cities.\n\nRural areas had fewer classes.\n\n"
            "Transport was the barrier named most often.\n\nChildcare came second.\n\n"
            "Several groups asked for longer funding.\n\nWe make six recommendations.",
        // All-caps section titles over their paragraphs, each once.
        "KEY FINDINGS\nMost people rarely left home at first.\n\nINITIAL SITUATION\nFriendship groups were "
        "small.\n\nCURRENT SITUATION\nMost now volunteer weekly.",
    };
    for (const auto& text : texts) {
        INFO(text);
        const auto doc = parsePlainText(text);
        CHECK(doc.layout.empty());
        for (const auto& p : doc.passages)
            CHECK(p.speaker.empty());
    }
}

TEST_CASE("a timestamped layout may have a single speaker", "[import][transcript]") {
    const auto doc = parsePlainText("Dr Patel  0:00\nWelcome to this session on housing rights.\n\n"
                                    "Dr Patel  4:10\nFirst, what the council must do by law.\n\n"
                                    "Dr Patel  9:45\nSecond, what you can ask a caseworker for.");
    CHECK(doc.layout == "otter");
    CHECK(cairn::test::speakers(doc) == std::vector<std::string>{"Dr Patel", "Dr Patel", "Dr Patel"});
    CHECK(doc.passages[2].timeStartMs == 585000);
}

TEST_CASE("the domain reports import as prose", "[import][transcript][data]") {
    for (const auto* name :
         {"british-academy-call-for-evidence-2017.txt", "west-midlands-integration-survey-2024.txt"}) {
        INFO(name);
        const auto bytes = cairn::test::readFile(cairn::test::sharedDir() / "domain" / name);
        const auto doc = parsePlainText(cairn::text::canonicalText(cairn::text::decodeBytes(bytes).utf8));
        CHECK(doc.layout.empty());
        CHECK(doc.passages.size() > 10);
        cairn::test::checkInvariants(doc);
    }
}

TEST_CASE("a more specific layout wins over name-colon when both label the same lines",
          "[import][transcript]") {
    const auto doc =
        parsePlainText("INTERVIEWER: When did you come to Glasgow?\nRESPONDENT: In 2013, in March.\n"
                       "INTERVIEWER: And your wife joined later?\nRESPONDENT: Yes, with our son.");
    CHECK(doc.layout == "caps-speaker");
    CHECK(doc.warnings.empty());
}

TEST_CASE("a specific layout also wins a near-tie it loses by a stray label", "[import][transcript]") {
    // name-colon also labels the "Note:" line and so covers slightly more; caps-speaker reads the same
    // turns with a stricter pattern and wins, and the note continues the turn before it.
    std::string text;
    for (int i = 0; i < 5; ++i) {
        text += "INTERVIEWER: What happened in year " + std::to_string(i) + " after you came?\n\n";
        text += "RESPONDENT: We moved again, to a flat near the school.\n\n";
        if (i == 2) text += "Note: the recording paused here for a minute.\n\n";
    }
    const auto doc = parsePlainText(text);
    CHECK(doc.layout == "caps-speaker");
    CHECK(doc.warnings.empty());
    REQUIRE(doc.passages.size() == 10);
    CHECK(passageText(doc, 5) ==
          "We moved again, to a flat near the school.\n\nNote: the recording paused here for a minute.");
}

TEST_CASE("two layouts labelling different lines equally well give a warning", "[import][transcript]") {
    std::string text;
    for (int i = 0; i < 2; ++i)
        text += "[00:00:01] Amira: We waited a long time for that.\n\nRhian: How long was the wait?\n\n"
                "[00:00:09] Nour: She says eight months at least.\n\nHannah: That is far too long for "
                "anyone.\n\n";
    const auto doc = parsePlainText(text);
    CHECK(doc.layout == "name-colon");
    REQUIRE(doc.warnings.size() == 1);
    CHECK(doc.warnings[0] ==
          "layout looked like both name-colon and timestamp-name; used name-colon; choose with --layout");
    CHECK(parsePlainText(text, {"timestamp-name"}).layout == "timestamp-name");
}

TEST_CASE("forced layouts: none, one that fits, one that does not, an unknown one", "[import][transcript]") {
    const std::string interview =
        "Rhian: What do you remember of the first weeks?\nAmira: It was like a dream.\n"
        "Rhian: A strange dream?\nAmira: Yes, a strange dream, very cold.";
    const auto prose = parsePlainText(interview, {"none"});
    CHECK(prose.layout.empty());
    CHECK(prose.passages.size() == 1);

    // Two turns are too few to detect, but the user may say it is a transcript.
    const std::string shortOne = "Rhian: Thank you.\n\nAmira: You are welcome.";
    CHECK(parsePlainText(shortOne).layout.empty());
    const auto forced = parsePlainText(shortOne, {"name-colon"});
    CHECK(forced.layout == "name-colon");
    CHECK(cairn::test::speakers(forced) == std::vector<std::string>{"Rhian", "Amira"});

    CHECK_THROWS_WITH(parsePlainText(interview, {"otter"}), Contains("does not fit the 'otter' layout"));
    CHECK_THROWS_WITH(parsePlainText(interview, {"zoom"}),
                      Contains("unknown layout 'zoom'") && Contains("name-colon"));
}

TEST_CASE("speaker labels are short names, not sentences", "[import][transcript]") {
    struct Row {
        std::string layout;
        std::string line;
        std::string speaker; // empty: not a label
    };
    for (const auto& [layout, line, speaker] :
         std::vector<Row>{{"name-colon", "Dr. Jones: Good morning.", "Dr. Jones"},
                          {"name-colon", "Interpreter (Nour): She agrees.", "Interpreter (Nour)"},
                          {"name-colon", "\xD9\x85\xD8\xB1\xDB\x8C\xD9\x85: \xD8\xA8\xD9\x84\xD9\x87",
                           "\xD9\x85\xD8\xB1\xDB\x8C\xD9\x85"},
                          {"name-colon", "Amira : Oui, c'est vrai.", "Amira"},
                          {"name-colon", "In short, it was: a mess.", ""},
                          {"name-colon", "the answer: yes.", ""},
                          {"name-colon", "One two three four five six: words.", ""},
                          {"name-colon", "A name that is far too long to be anyone's label: yes", ""},
                          {"name-colon", "See https://example.org for more.", ""},
                          {"name-colon", "Meeting at 10:30 today.", ""},
                          {"name-colon", "Key findings:", ""},
                          {"caps-speaker", "Interviewer: hello there", ""},
                          {"caps-speaker", "RESPONDENT 2: yes", "RESPONDENT 2"},
                          {"qa", "Q: Why?", "Q"},
                          {"qa", "Question: Why?", ""},
                          {"timestamp-name", "[00:61] Amira: hello", ""},
                          {"timestamp-name", "[00:12:34] interviewer: hello", "interviewer"},
                          {"otter", "Amira  12:03", "Amira"},
                          {"otter", "We met at 12:03", "We met at"},
                          {"otter", "Amira 12:3", ""},
                          {"markdown-bold", "**Amira** says hello", ""},
                          {"markdown-bold", "__Amira:__ hello", "Amira"}}) {
        INFO(layout << ": " << line);
        const auto label = matchTurnLabel(layout, line);
        CHECK(label.has_value() == !speaker.empty());
        if (label) CHECK(label->speaker == speaker);
    }
}

TEST_CASE("clock times parse to milliseconds", "[import][transcript]") {
    struct Row {
        std::string text;
        std::optional<std::int64_t> ms;
    };
    for (const auto& [text, ms] : std::vector<Row>{{"0:00", 0},
                                                   {"12:34", 754000},
                                                   {"1:02:03", 3723000},
                                                   {"00:00:01,500", 1500},
                                                   {"00:01.25", 1250},
                                                   {"100:00", 6000000},
                                                   {"1:60", std::nullopt},
                                                   {"12", std::nullopt},
                                                   {"a:bc", std::nullopt},
                                                   {"1:2:3:4", std::nullopt},
                                                   {"00:01.1234", std::nullopt}}) {
        INFO(text);
        CHECK(parseClockMs(text) == ms);
    }
}
