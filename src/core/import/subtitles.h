#pragma once
// SubRip (.srt) and WebVTT (.vtt) import: one passage per cue, with its start and end times.
//
// Speakers come from, in order:
//   vtt-voice        WebVTT voice spans, "<v Kirsty Lennox>text</v>" (what Teams writes);
//   srt-name-colon,  cues whose text begins "Name: " (what Zoom and many captioners write), when
//   vtt-name-colon   that is consistent across the file by the same rules as text transcripts
//                    (acceptsAsTranscript); a cue without a label continues the speaker before it;
//   srt-cues,        otherwise: cues without speakers.
//   vtt-cues
// Each cue is written "[00:01:02] Name: text" (or "[00:01:02] text") so the document reads as a
// transcript; the passage covers the text only. Other markup is removed: <i>, <b>, <u>, <c.x>,
// <lang>, <ruby>, timestamp tags, <font>, and SSA overrides such as {\an8}; character references
// are decoded. WebVTT's header, NOTE, STYLE and REGION blocks, cue identifiers and cue settings are
// read and dropped.
//
// LayoutChoice: "auto" as above; "none" for no speakers; "name-colon" (or srt-/vtt-name-colon), or
// another layout from transcriptLayouts(), applies that label grammar to each cue's first line.

#include "import/parsed_document.h"
#include "import/text_blocks.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::import {

struct SubtitleCue {
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    std::string text;  // markup removed; lines joined by LF
    std::string voice; // from a WebVTT <v> span; empty otherwise
    int line = 0;      // 1-based line of the cue's timing, for messages
};

/// Reads the cues of canonical SRT text. Throws InvalidInput naming the line of a malformed timing,
/// a cue that ends before it starts, or a number not followed by a timing.
std::vector<SubtitleCue> readSrtCues(std::string_view utf8Canonical);

/// Reads the cues of canonical WebVTT text. Throws InvalidInput when the WEBVTT signature is missing
/// or naming the line of a malformed timing.
std::vector<SubtitleCue> readVttCues(std::string_view utf8Canonical);

/// Parses canonical SRT text as format "srt". Throws InvalidInput as readSrtCues does, when there
/// is no text, or when a forced layout does not fit.
ParsedDocument parseSrt(std::string_view utf8Canonical, const LayoutChoice& layout = {});

/// Parses canonical WebVTT text as format "vtt". Throws as parseSrt does.
ParsedDocument parseVtt(std::string_view utf8Canonical, const LayoutChoice& layout = {});

} // namespace cairn::import
