#include "import/subtitles.h"

#include "common/error.h"
#include "import/char_refs.h"
#include "import/transcript_layout.h"
#include "text/normalize.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>

namespace cairn::import {

namespace {

struct Line {
    std::string_view text;
    int number; // 1-based
};

// The file's lines grouped into blocks separated by blank lines.
std::vector<std::vector<Line>> blocksOf(std::string_view s) {
    std::vector<std::vector<Line>> blocks(1);
    int number = 0;
    for (std::size_t start = 0; start <= s.size();) {
        const auto end = std::min(s.find('\n', start), s.size());
        const auto line = s.substr(start, end - start);
        ++number;
        if (text::trim(line).empty()) {
            if (!blocks.back().empty()) blocks.emplace_back();
        } else {
            blocks.back().push_back({line, number});
        }
        start = end + 1;
    }
    if (blocks.back().empty()) blocks.pop_back();
    return blocks;
}

[[noreturn]] void malformed(int line, const std::string& what) {
    throw InvalidInput("line " + std::to_string(line) + ": " + what);
}

// "00:00:01,000 --> 00:00:04,000 align:start": the times, settings ignored.
void readTiming(const Line& line, SubtitleCue& cue) {
    const auto arrow = line.text.find("-->");
    const auto start = text::trim(line.text.substr(0, arrow));
    auto rest = text::trim(line.text.substr(arrow + 3));
    const auto end = rest.substr(0, rest.find_first_of(" \t"));
    const auto startMs = parseClockMs(start), endMs = parseClockMs(end);
    if (!startMs || !endMs)
        malformed(line.number, "malformed cue timing '" + std::string(text::trim(line.text)) +
                                   "'; expected e.g. 00:00:01,000 --> 00:00:04,000");
    if (*endMs < *startMs) malformed(line.number, "the cue ends before it starts");
    cue.startMs = *startMs;
    cue.endMs = *endMs;
    cue.line = line.number;
}

bool isTagStart(std::string_view s, std::size_t i) {
    if (i + 1 >= s.size()) return false;
    const auto c = static_cast<unsigned char>(s[i + 1]);
    return std::isalnum(c) || c == '/';
}

// Removes cue markup, keeping the first voice as the cue's speaker and writing later, different
// voices inline ("Name: ") so a cue shared by two speakers still says who spoke.
std::string cleanCueText(std::string_view raw, std::string& voice) {
    std::string out;
    for (std::size_t i = 0; i < raw.size();) {
        if (raw[i] != '<' && raw[i] != '{') {
            out += raw[i++];
            continue;
        }
        // Tags close on their own line, within a short distance; anything else is text.
        auto scope = raw.substr(i, 1024);
        scope = scope.substr(0, scope.find('\n'));
        const auto closeInScope = scope.find(raw[i] == '<' ? '>' : '}');
        const bool closedOnLine = closeInScope != std::string_view::npos;
        const auto close = i + closeInScope;
        if (raw[i] == '<' && isTagStart(raw, i) && closedOnLine) {
            const auto tag = raw.substr(i + 1, close - i - 1);
            if (tag.size() > 2 && tag[0] == 'v' && (tag[1] == ' ' || tag[1] == '.')) {
                const auto name = text::trim(tag.substr(std::min(tag.find(' '), tag.size())));
                if (voice.empty())
                    voice = std::string(name);
                else if (name != voice && !name.empty())
                    out += std::string(name) + ": ";
            }
            i = close + 1;
        } else if (raw[i] == '{' && i + 1 < raw.size() && raw[i + 1] == '\\' && closedOnLine) {
            i = close + 1; // an SSA override such as {\an8}
        } else {
            out += raw[i++];
        }
    }
    return decodeCharacterReferences(out);
}

void addText(SubtitleCue& cue, const std::vector<Line>& lines, std::size_t from) {
    std::string raw;
    for (std::size_t k = from; k < lines.size(); ++k)
        raw += std::string(lines[k].text) + (k + 1 < lines.size() ? "\n" : "");
    const auto cleaned = cleanCueText(raw, cue.voice);
    if (!cue.text.empty() && !cleaned.empty()) cue.text += '\n';
    cue.text += cleaned;
}

std::string clockLabel(std::int64_t ms) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "[%02lld:%02lld:%02lld] ", static_cast<long long>(ms / 3600000),
                  static_cast<long long>(ms / 60000 % 60), static_cast<long long>(ms / 1000 % 60));
    return buffer;
}

// Finds "Name: " labels on each cue's first line with one layout's grammar.
std::vector<std::optional<TurnLabel>> labelCues(const std::vector<SubtitleCue>& cues,
                                                const std::string& layout, TurnStats& stats) {
    std::vector<std::optional<TurnLabel>> labels;
    std::int64_t labelled = 0;
    for (const auto& cue : cues) {
        const auto first = std::string_view(cue.text).substr(0, cue.text.find('\n'));
        auto label = matchTurnLabel(layout, first);
        if (label && label->alone && first.size() == cue.text.size()) label.reset();
        if (label) {
            ++labelled;
            ++stats.turns;
            ++stats.turnsBySpeaker[label->speaker];
            const auto said = std::string_view(cue.text).substr(label->labelBytes);
            stats.utteranceWords += std::count(said.begin(), said.end(), ' ') + 1;
        }
        labels.push_back(std::move(label));
    }
    stats.coverage = cues.empty() ? 0 : static_cast<double>(labelled) / static_cast<double>(cues.size());
    return labels;
}

ParsedDocument cuesToDocument(const std::vector<SubtitleCue>& cues, const std::string& format,
                              const LayoutChoice& choice) {
    DocumentBuilder builder(format);
    const bool voices =
        std::any_of(cues.begin(), cues.end(), [](const SubtitleCue& c) { return !c.voice.empty(); });
    const auto& choiceName = choice.layout;
    const bool automatic = choiceName.empty() || choiceName == "auto";
    std::string grammar; // the text layout whose labels are read from cue text, if any
    std::vector<std::optional<TurnLabel>> labels(cues.size());
    if (!automatic && choiceName != "none" && choiceName != "vtt-voice" && choiceName != format + "-cues") {
        grammar =
            choiceName == "srt-name-colon" || choiceName == "vtt-name-colon" ? "name-colon" : choiceName;
        const auto& names = transcriptLayouts();
        if (std::find(names.begin(), names.end(), grammar) == names.end())
            throw InvalidInput("unknown layout '" + choiceName + "' for subtitles; choose auto, none, " +
                               format + "-cues, " + format + "-name-colon, vtt-voice or a text layout");
        TurnStats stats;
        labels = labelCues(cues, grammar, stats);
        if (stats.coverage < 0.5)
            throw InvalidInput("the cues do not fit the '" + choiceName + "' layout (" +
                               std::to_string(static_cast<int>(stats.coverage * 100)) +
                               "% begin with a label)");
    } else if (automatic && !voices) {
        TurnStats stats;
        auto found = labelCues(cues, "name-colon", stats);
        if (acceptsAsTranscript("name-colon", stats)) {
            grammar = "name-colon";
            labels = std::move(found);
        }
    }
    const bool useVoices = voices && choiceName != "none" && grammar.empty();
    builder.setLayout(useVoices                 ? "vtt-voice"
                      : grammar.empty()         ? format + "-cues"
                      : grammar == "name-colon" ? format + "-name-colon"
                                                : grammar);
    std::string speaker; // a cue without a label continues the last labelled speaker
    for (std::size_t i = 0; i < cues.size(); ++i) {
        const auto& cue = cues[i];
        ParsedPassage meta;
        meta.timeStartMs = cue.startMs;
        meta.timeEndMs = cue.endMs;
        auto label = clockLabel(cue.startMs);
        std::string_view utterance = cue.text;
        if (useVoices) {
            meta.speaker = cue.voice;
            if (!cue.voice.empty()) label += cue.voice + ": ";
        } else if (labels[i]) {
            speaker = labels[i]->speaker;
            label += cue.text.substr(0, labels[i]->labelBytes) + (labels[i]->alone ? "\n" : "");
            utterance.remove_prefix(
                std::min(utterance.size(), labels[i]->labelBytes + (labels[i]->alone ? 1 : 0)));
        }
        if (!useVoices && !grammar.empty()) meta.speaker = speaker;
        builder.addPassage(utterance, label, std::move(meta));
    }
    return std::move(builder).finish();
}

} // namespace

std::vector<SubtitleCue> readSrtCues(std::string_view utf8Canonical) {
    std::vector<SubtitleCue> cues;
    for (const auto& block : blocksOf(utf8Canonical)) {
        const bool timingFirst = block[0].text.find("-->") != std::string_view::npos;
        const bool timingSecond = block.size() > 1 && block[1].text.find("-->") != std::string_view::npos;
        const auto first = text::trim(block[0].text);
        if (!timingFirst && !timingSecond) {
            if (first.find_first_not_of("0123456789") == std::string_view::npos)
                malformed(block.size() > 1 ? block[1].number : block[0].number,
                          "expected a cue timing like 00:00:01,000 --> 00:00:04,000 after cue number " +
                              std::string(first));
            // A blank line inside a cue's text, which some editors write: the text goes on.
            if (cues.empty())
                malformed(block[0].number, "expected a cue number or timing; is this an SRT file?");
            addText(cues.back(), block, 0);
            continue;
        }
        SubtitleCue cue;
        const std::size_t timing = timingFirst ? 0 : 1;
        readTiming(block[timing], cue);
        addText(cue, block, timing + 1);
        cues.push_back(std::move(cue));
    }
    return cues;
}

std::vector<SubtitleCue> readVttCues(std::string_view utf8Canonical) {
    const auto blocks = blocksOf(utf8Canonical);
    const auto signature = blocks.empty() ? std::string_view() : blocks[0][0].text;
    if (signature.substr(0, 6) != "WEBVTT" ||
        (signature.size() > 6 && signature[6] != ' ' && signature[6] != '\t'))
        malformed(1, "a WebVTT file starts with WEBVTT");
    std::vector<SubtitleCue> cues;
    for (std::size_t b = 1; b < blocks.size(); ++b) { // blocks[0] is the header
        const auto& block = blocks[b];
        const auto keyword = block[0].text.substr(0, block[0].text.find_first_of(" \t"));
        if (keyword == "NOTE" || keyword == "STYLE" || keyword == "REGION") continue;
        const bool timingFirst = block[0].text.find("-->") != std::string_view::npos;
        const bool timingSecond = block.size() > 1 && block[1].text.find("-->") != std::string_view::npos;
        if (!timingFirst && !timingSecond)
            malformed(block[0].number, "expected a cue timing like 00:00:01.000 --> 00:00:04.000");
        SubtitleCue cue;
        const std::size_t timing = timingFirst ? 0 : 1; // the line before a timing is the cue's identifier
        readTiming(block[timing], cue);
        addText(cue, block, timing + 1);
        cues.push_back(std::move(cue));
    }
    return cues;
}

ParsedDocument parseSrt(std::string_view utf8Canonical, const LayoutChoice& layout) {
    return cuesToDocument(readSrtCues(utf8Canonical), "srt", layout);
}

ParsedDocument parseVtt(std::string_view utf8Canonical, const LayoutChoice& layout) {
    return cuesToDocument(readVttCues(utf8Canonical), "vtt", layout);
}

} // namespace cairn::import
