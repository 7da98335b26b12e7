#pragma once
// The grammar of speaker labels in transcripts, one layout at a time, and the rules that tell a
// transcript from prose that happens to contain a few "Label: text" lines.
//
// Layouts, with their stable names (shown by --help, accepted by --layout), most specific first:
//   otter           "Amira Haddad  0:00" alone on a line, the utterance on the lines below
//   timestamp-name  "[00:12:34] Amira: text", "(00:12) Amira: text", "00:12:34 Amira: text"
//   markdown-bold   "**Amira:** text", "**Amira**: text", or a bold run "Amira:" opening the line
//   qa              "Q: text" / "A: text"
//   caps-speaker    "INTERVIEWER: text", or "INTERVIEWER" alone on a line with the utterance below
//   name-colon      "Amira: text", "Interviewer: text"
// A label is short: at most 5 words and 40 characters, starting with a letter, with no sentence
// punctuation (a full stop only after a short word, as in "Dr. Jones"). That alone keeps most prose
// out; the acceptance rules below keep out the rest ("Note: …", "Recommendation 3: …").
//
// Subtitles reuse the name-colon grammar and the acceptance rules for cues that begin "Name:".

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::import {

/// The layout names, most specific first (the order breaks near-ties in detection).
const std::vector<std::string>& transcriptLayouts();

/// A speaker label at the start of one line.
struct TurnLabel {
    std::size_t labelBytes = 0; // bytes of the line that are the label as written, with its trailing spaces
    std::string speaker;        // "Amira", "Q", "INTERVIEWER"
    std::optional<std::int64_t> timeStartMs;
    bool alone = false; // the label is the whole line; the utterance is on the following lines
};

/// Matches one line (no LF, leading whitespace already removed) against `layout`. `strongPrefixBytes`
/// is how many bytes at the line's start were bold in the source (Markdown `**…**` already removed by
/// the parser, a bold run in DOCX); markdown-bold accepts such a prefix as well as literal asterisks.
/// Returns nullopt when the line does not start a turn in that layout. A label that is `alone` needs
/// text on a following line; that is the caller's to check. Throws nothing.
std::optional<TurnLabel> matchTurnLabel(std::string_view layout, std::string_view line,
                                        std::size_t strongPrefixBytes = 0);

/// Parses "1:02:03", "00:12:34", "12:34", "0:05", with an optional ".123" or ",123" fraction.
std::optional<std::int64_t> parseClockMs(std::string_view text);

/// What a candidate reading of a document as a transcript found.
struct TurnStats {
    std::int64_t turns = 0;
    std::map<std::string, std::int64_t> turnsBySpeaker;
    std::int64_t utteranceWords = 0;
    double coverage = 0; // share of the text's lines, from the first turn on, inside labelled turns
};

/// The rules that accept an automatically detected layout: at least 3 turns; 1 to 12 speakers, at
/// least 2 unless every label carries a timestamp (a lecture recorded by Otter has one speaker);
/// speakers recur (1.5 turns a speaker on average, which "Recommendation 1: … 6:" never does);
/// turns say something (3 words on average, which a form's "Age: 34" does not); and labelled turns
/// cover at least 40% of the lines from the first turn on (multi-paragraph turns leave some unlabelled).
bool acceptsAsTranscript(std::string_view layout, const TurnStats& stats);

} // namespace cairn::import
