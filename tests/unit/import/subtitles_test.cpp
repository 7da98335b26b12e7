#include "common/error.h"
#include "import/subtitles.h"
#include "passage_checks.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace cairn::import;
using cairn::test::labelBefore;
using cairn::test::passageText;
using cairn::test::speakers;
using Catch::Matchers::Contains;

namespace {

const std::string kTeamsVtt = "WEBVTT - Teams export\nKind: captions\n\n"
                              "NOTE\nInterview E-02, names changed.\n\n"
                              "STYLE\n::cue { color: yellow }\n\n"
                              "1\n00:00:01.000 --> 00:00:10.800 align:start position:10%\n"
                              "<v Kirsty Lennox>Hi Reza, can you hear me <i>okay</i>?</v>\n\n"
                              "2\n00:00:11.700 --> 00:00:20.667\n<v.loud Reza>Yes &amp; I see the red dot.\n"
                              "Sorry, the library.</v>\n\n"
                              "00:01:02.000 --> 01:00:03.500\n<v Kirsty Lennox>Shall we start?</v>\n"
                              "<v Reza>Yes.</v>\n";

const std::string kZoomSrt =
    "1\n00:00:02,000 --> 00:00:09,600\nInterviewer: So, for the film, where are we now?\n\n"
    "2\n00:00:10,600 --> 00:00:21,000\nMaureen: We're in the church hall off the\n"
    "Foleshill Road, every Thursday.\n\n"
    "3\n00:00:22,000 --> 00:00:33,600\nand everybody eats together here.\n\n"
    "4\n00:00:34,600 --> 00:00:37,800\nInterviewer: What has changed for you?\n\n"
    "5\n00:00:38,800 --> 00:00:51,200\n{\\an8}Maureen: <font color=\"#ff0\">I've learned</font> to "
    "make injera.\n";

} // namespace

TEST_CASE("WebVTT voice spans give speakers, one passage a cue", "[import][subtitles]") {
    const auto doc = parseVtt(kTeamsVtt);
    cairn::test::checkInvariants(doc);
    CHECK(doc.format == "vtt");
    CHECK(doc.layout == "vtt-voice");
    REQUIRE(doc.passages.size() == 3);
    CHECK(speakers(doc) == std::vector<std::string>{"Kirsty Lennox", "Reza", "Kirsty Lennox"});
    CHECK(passageText(doc, 0) == "Hi Reza, can you hear me okay?");
    CHECK(labelBefore(doc, 0) == "[00:00:01] Kirsty Lennox: ");
    CHECK(passageText(doc, 1) == "Yes & I see the red dot.\nSorry, the library.");
    // A second voice in one cue is written inline so the text still says who spoke.
    CHECK(passageText(doc, 2) == "Shall we start?\nReza: Yes.");
    CHECK(labelBefore(doc, 2) == "[00:01:02] Kirsty Lennox: ");
    CHECK(doc.passages[1].timeStartMs == 11700);
    CHECK(doc.passages[1].timeEndMs == 20667);
    CHECK(doc.passages[2].timeEndMs == 3603500);
    CHECK(doc.text.find("NOTE") == std::string::npos);
    CHECK(doc.text.find("color") == std::string::npos);
}

TEST_CASE("SRT cues beginning with a name give speakers when consistent", "[import][subtitles]") {
    const auto doc = parseSrt(kZoomSrt);
    cairn::test::checkInvariants(doc);
    CHECK(doc.format == "srt");
    CHECK(doc.layout == "srt-name-colon");
    REQUIRE(doc.passages.size() == 5);
    // Cue 3 has no label: it continues Maureen.
    CHECK(speakers(doc) ==
          std::vector<std::string>{"Interviewer", "Maureen", "Maureen", "Interviewer", "Maureen"});
    CHECK(passageText(doc, 1) == "We're in the church hall off the\nFoleshill Road, every Thursday.");
    CHECK(labelBefore(doc, 1) == "[00:00:10] Maureen: ");
    CHECK(labelBefore(doc, 2) == "[00:00:22] ");
    CHECK(passageText(doc, 4) == "I've learned to make injera.");
    CHECK(doc.passages[0].timeStartMs == 2000);
    CHECK(doc.passages[0].timeEndMs == 9600);
}

TEST_CASE("subtitles without consistent labels are plain cues", "[import][subtitles]") {
    const auto doc = parseSrt("1\n00:00:01,000 --> 00:00:02,000\nNote: captions by volunteers.\n\n"
                              "2\n00:00:03,000 --> 00:00:04,000\nThe hall was full.\n\n"
                              "3\n00:00:05,000 --> 00:00:06,000\nEveryone brought food.\n");
    CHECK(doc.layout == "srt-cues");
    for (const auto& p : doc.passages)
        CHECK(p.speaker.empty());
    CHECK(labelBefore(doc, 0) == "[00:00:01] ");
    CHECK(passageText(doc, 0) == "Note: captions by volunteers.");

    const auto vtt =
        parseVtt("WEBVTT\n\n00:01.000 --> 00:02.000\nHello there.\n\nintro\n00:03.000 --> 00:04.500\n"
                 "<c.yellow>Welcome</c> <b>all</b> <00:03.500>friends.\n");
    CHECK(vtt.layout == "vtt-cues");
    REQUIRE(vtt.passages.size() == 2);
    CHECK(passageText(vtt, 1) == "Welcome all friends.");
}

TEST_CASE("subtitle layouts can be forced or switched off", "[import][subtitles]") {
    const auto none = parseSrt(kZoomSrt, {"none"});
    CHECK(none.layout == "srt-cues");
    CHECK(passageText(none, 0) == "Interviewer: So, for the film, where are we now?");
    CHECK(parseVtt(kTeamsVtt, {"none"}).passages[0].speaker.empty());
    CHECK_THROWS_WITH(
        parseSrt("1\n00:00:01,000 --> 00:00:02,000\nNo label here at all.\n", {"srt-name-colon"}),
        Contains("do not fit"));
    CHECK_THROWS_WITH(parseSrt(kZoomSrt, {"karaoke"}), Contains("unknown layout 'karaoke'"));
}

TEST_CASE("malformed subtitle files are refused with the line", "[import][subtitles]") {
    struct Row {
        std::string text;
        bool vtt;
        std::string message;
    };
    for (const auto& [text, vtt, message] : std::vector<Row>{
             {"1\n00:00:01,000 --> 00:00:0x,000\nHello\n", false, "line 2: malformed cue timing"},
             {"1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\n00:00:05,000 -> 00:00:06,000\nBye\n", false,
              "line 6: expected a cue timing"},
             {"1\n00:00:09,000 --> 00:00:02,000\nBackwards\n", false,
              "line 2: the cue ends before it starts"},
             {"Just some text\n", false, "line 1: expected a cue number or timing"},
             {"WEBVTX\n\n00:01.000 --> 00:02.000\nHi\n", true, "line 1: a WebVTT file starts with WEBVTT"},
             {"WEBVTT\n\n00:01.000 --> 00:02.0000\nHi\n", true, "line 3: malformed cue timing"},
             {"WEBVTT\n\nstray text without a timing\n", true, "line 3: expected a cue timing"}}) {
        INFO(text);
        CHECK_THROWS_WITH(vtt ? parseVtt(text) : parseSrt(text), Contains(message));
    }
}

TEST_CASE("a blank line inside an SRT cue's text keeps the text in that cue", "[import][subtitles]") {
    const auto cues = readSrtCues("1\n00:00:01,000 --> 00:00:04,000\nFirst part\n\nsecond part\n\n"
                                  "2\n00:00:05,000 --> 00:00:06,000\nNext\n");
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].text == "First part\nsecond part");
    CHECK(cues[1].line == 8); // the timing line
}
