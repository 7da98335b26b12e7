#include "import/transcript_layout.h"

#include "text/normalize.h"
#include "text/utf.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace cairn::import {

namespace {

constexpr std::int64_t kMaxLabelCodePoints = 40;
constexpr int kMaxLabelWords = 5;

enum class Case { Any, Capitalised, Upper };

bool isSpace(char c) {
    return c == ' ' || c == '\t';
}

std::string_view skipSpaces(std::string_view s) {
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    return s;
}

// Characters a speaker label may hold besides letters, marks and digits: "Speaker #2",
// "Interpreter (Nour)", "R1/P2", "Mary-Jane", "O'Brien", and ZWNJ/ZWJ inside Persian names.
bool isLabelPunctuation(UChar32 c) {
    return c == ' ' || c == '-' || c == '\'' || c == 0x2019 || c == '(' || c == ')' || c == '&' || c == '/' ||
           c == '#' || c == '_' || c == 0x200C || c == 0x200D;
}

int countWords(std::string_view s) {
    int words = 0;
    bool inWord = false;
    for (const char c : s) {
        words += !inWord && c != ' ';
        inWord = c != ' ';
    }
    return words;
}

// Whether `name` reads as a speaker label rather than the start of a sentence.
bool plausibleName(std::string_view name, Case wanted) {
    name = text::trim(name);
    if (name.empty() || text::codePointCount(name) > kMaxLabelCodePoints) return false;
    const auto* s = reinterpret_cast<const uint8_t*>(name.data());
    const auto length = static_cast<int32_t>(name.size());
    int lettersInWord = 0;
    bool sawUpper = false;
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0) return false;
        if (start == 0) {
            if (!u_isalpha(c)) return false;
            if (wanted == Case::Capitalised && u_islower(c)) return false;
        }
        if (u_isalpha(c)) {
            if (wanted == Case::Upper && (u_islower(c) || u_istitle(c))) return false;
            sawUpper = sawUpper || u_isupper(c);
            ++lettersInWord;
        } else if (c == ' ') {
            lettersInWord = 0;
        } else if (c == '.') {
            // "Dr. Jones", "St. Clair": a full stop may end a short abbreviation, nothing else.
            const bool atWordEnd = i == length || name[static_cast<std::size_t>(i)] == ' ';
            if (lettersInWord == 0 || lettersInWord > 4 || !atWordEnd) return false;
        } else if (!(U_GET_GC_MASK(c) & (U_GC_M_MASK | U_GC_ND_MASK)) && !isLabelPunctuation(c)) {
            return false;
        }
    }
    if (countWords(name) > kMaxLabelWords) return false;
    return wanted != Case::Upper || sawUpper;
}

struct ColonSplit {
    std::string_view name;
    std::size_t utteranceStart = 0; // after the colon and the spaces that follow it
};

// "Name: text" (or French "Name : text"): the colon must be followed by a space and then some text,
// which rules out times ("10:30"), URLs ("https://…") and bare headings ("Key findings:").
std::optional<ColonSplit> splitAtColon(std::string_view line) {
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || colon + 1 >= line.size() || !isSpace(line[colon + 1])) return {};
    const auto rest = skipSpaces(line.substr(colon + 1));
    if (text::trim(rest).empty()) return {};
    return ColonSplit{line.substr(0, colon), line.size() - rest.size()};
}

std::optional<TurnLabel> nameColon(std::string_view line, Case wanted) {
    const auto split = splitAtColon(line);
    if (!split || !plausibleName(split->name, wanted)) return {};
    return TurnLabel{split->utteranceStart, std::string(text::trim(split->name)), std::nullopt, false};
}

std::optional<TurnLabel> capsSpeaker(std::string_view line) {
    if (auto label = nameColon(line, Case::Upper)) return label;
    // "INTERVIEWER" (or "INTERVIEWER:") alone on its line, the utterance below.
    auto name = text::trim(line);
    if (!name.empty() && name.back() == ':') name.remove_suffix(1);
    if (!plausibleName(name, Case::Upper)) return {};
    return TurnLabel{line.size(), std::string(text::trim(name)), std::nullopt, true};
}

std::optional<TurnLabel> questionAnswer(std::string_view line) {
    if (line.empty() || (line[0] != 'Q' && line[0] != 'A')) return {};
    const auto afterLetter = skipSpaces(line.substr(1));
    if (afterLetter.empty() || afterLetter[0] != ':') return {};
    const auto split = splitAtColon(line);
    if (!split) return {};
    return TurnLabel{split->utteranceStart, std::string(1, line[0]), std::nullopt, false};
}

std::optional<TurnLabel> timestampName(std::string_view line) {
    std::string_view clock;
    std::size_t after = 0;
    if (!line.empty() && (line[0] == '[' || line[0] == '(')) {
        const auto close = line.find(line[0] == '[' ? ']' : ')');
        if (close == std::string_view::npos) return {};
        clock = line.substr(1, close - 1);
        after = close + 1;
    } else {
        after = line.find_first_of(" \t");
        if (after == std::string_view::npos) return {};
        clock = line.substr(0, after);
    }
    const auto ms = parseClockMs(clock);
    if (!ms) return {};
    const auto rest = skipSpaces(line.substr(after));
    auto label = nameColon(rest, Case::Any);
    if (!label) return {};
    label->labelBytes += line.size() - rest.size();
    label->timeStartMs = ms;
    return label;
}

std::optional<TurnLabel> boldName(std::string_view line, std::size_t strongPrefixBytes) {
    std::string_view bold;
    std::size_t afterBold = 0;
    if (strongPrefixBytes > 0 && strongPrefixBytes <= line.size()) {
        bold = line.substr(0, strongPrefixBytes);
        afterBold = strongPrefixBytes;
    } else {
        for (const std::string_view marker : {"**", "__"}) {
            if (line.substr(0, 2) != marker) continue;
            const auto close = line.find(marker, 2);
            if (close == std::string_view::npos) return {};
            bold = line.substr(2, close - 2);
            afterBold = close + 2;
        }
    }
    const auto trimmed = text::trim(bold);
    std::string_view name;
    std::size_t rest = 0;
    if (!trimmed.empty() && trimmed.back() == ':') { // **Amira:** text
        name = trimmed.substr(0, trimmed.size() - 1);
        rest = afterBold;
    } else if (afterBold < line.size() && line[afterBold] == ':') { // **Amira**: text
        name = trimmed;
        rest = afterBold + 1;
    } else {
        return {};
    }
    const auto utterance = skipSpaces(line.substr(rest));
    if (text::trim(utterance).empty() || !plausibleName(name, Case::Any)) return {};
    return TurnLabel{line.size() - utterance.size(), std::string(text::trim(name)), std::nullopt, false};
}

// Otter.ai's export: "Speaker Name  1:02:03" alone on its line.
std::optional<TurnLabel> otter(std::string_view line) {
    const auto trimmed = text::trim(line);
    const auto space = trimmed.find_last_of(" \t");
    if (space == std::string_view::npos) return {};
    const auto ms = parseClockMs(trimmed.substr(space + 1));
    const auto name = text::trim(trimmed.substr(0, space));
    if (!ms || !plausibleName(name, Case::Any)) return {};
    return TurnLabel{line.size(), std::string(name), ms, true};
}

bool allDigits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

} // namespace

const std::vector<std::string>& transcriptLayouts() {
    static const std::vector<std::string> names{"otter", "timestamp-name", "markdown-bold",
                                                "qa",    "caps-speaker",   "name-colon"};
    return names;
}

std::optional<TurnLabel> matchTurnLabel(std::string_view layout, std::string_view line,
                                        std::size_t strongPrefixBytes) {
    if (layout == "name-colon") return nameColon(line, Case::Capitalised);
    if (layout == "caps-speaker") return capsSpeaker(line);
    if (layout == "qa") return questionAnswer(line);
    if (layout == "timestamp-name") return timestampName(line);
    if (layout == "markdown-bold") return boldName(line, strongPrefixBytes);
    if (layout == "otter") return otter(line);
    return std::nullopt;
}

std::optional<std::int64_t> parseClockMs(std::string_view text) {
    std::int64_t fractionMs = 0;
    if (const auto dot = text.find_first_of(".,"); dot != std::string_view::npos) {
        const auto fraction = text.substr(dot + 1);
        if (!allDigits(fraction) || fraction.size() > 3) return {};
        fractionMs = std::stoll(std::string(fraction)) * (fraction.size() == 1   ? 100
                                                          : fraction.size() == 2 ? 10
                                                                                 : 1);
        text = text.substr(0, dot);
    }
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        const auto colon = text.find(':', start);
        parts.push_back(text.substr(start, colon == std::string_view::npos ? colon : colon - start));
        if (colon == std::string_view::npos) break;
        start = colon + 1;
    }
    if (parts.size() < 2 || parts.size() > 3) return {};
    std::int64_t total = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const auto& part = parts[i];
        // The leading unit may run long (a 100-minute recording as "100:00"); the others are two digits.
        if (!allDigits(part) || (i == 0 ? part.size() > 3 : part.size() != 2)) return {};
        const auto value = std::stoll(std::string(part));
        if (i > 0 && value >= 60) return {};
        total = total * 60 + value;
    }
    return total * 1000 + fractionMs;
}

bool acceptsAsTranscript(std::string_view layout, const TurnStats& stats) {
    const bool timestamped = layout == "otter" || layout == "timestamp-name";
    const auto speakers = static_cast<std::int64_t>(stats.turnsBySpeaker.size());
    return stats.turns >= 3 && speakers >= (timestamped ? 1 : 2) && speakers <= 12 &&
           stats.turns * 2 >= speakers * 3 && stats.utteranceWords >= 3 * stats.turns &&
           stats.coverage >= 0.4;
}

} // namespace cairn::import
