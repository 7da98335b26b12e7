#include "import/text_blocks.h"

#include "common/error.h"
#include "import/transcript_layout.h"
#include "text/normalize.h"

#include <algorithm>
#include <optional>

namespace cairn::import {

namespace {

// Detection prefers a more specific layout, or warns about an ambiguous one, within this much coverage.
constexpr double kNearTie = 0.1;

struct Line {
    std::string_view raw;         // as in the block, without its LF
    std::string_view text;        // leading spaces removed: what labels are matched against
    std::size_t strongPrefix = 0; // bytes of `text` that open in bold
};

struct Block {
    const TextBlock* source = nullptr;
    std::vector<Line> lines; // non-blank lines only
};

std::size_t strongPrefixAt(const TextBlock& block, std::size_t lineStart, std::size_t lineEnd) {
    for (const auto& range : block.strong)
        if (range.begin <= lineStart && lineStart < range.end)
            return std::min(range.end, lineEnd) - lineStart;
    return 0;
}

std::vector<Block> splitLines(const std::vector<TextBlock>& blocks) {
    std::vector<Block> out;
    for (const auto& block : blocks) {
        Block b{&block, {}};
        const std::string_view all = block.text;
        for (std::size_t start = 0; start <= all.size();) {
            const auto end = std::min(all.find('\n', start), all.size());
            const auto raw = all.substr(start, end - start);
            const auto trimmed = text::trim(raw);
            if (!trimmed.empty()) {
                const auto text = raw.substr(static_cast<std::size_t>(trimmed.data() - raw.data()));
                const auto textStart = static_cast<std::size_t>(text.data() - all.data());
                b.lines.push_back({raw, text, strongPrefixAt(block, textStart, end)});
            }
            start = end + 1;
        }
        out.push_back(std::move(b));
    }
    return out;
}

bool isHeading(const Block& b) {
    return b.source->kind == TextBlock::Kind::Heading;
}

std::int64_t countWords(std::string_view s) {
    std::int64_t words = 0;
    bool inWord = false;
    for (const char c : s) {
        const bool space = c == ' ' || c == '\t' || c == '\n';
        words += !inWord && !space;
        inWord = !space;
    }
    return words;
}

// One layout's reading of the whole document.
struct Reading {
    std::string layout;
    std::vector<std::vector<std::optional<TurnLabel>>> labels; // [block][line]
    std::vector<bool> labelled;                                // every line in order: does it start a turn?
    TurnStats stats;
    double blockFit = 0; // share of non-heading blocks holding a turn label
    double lineFit = 0;  // share of all lines inside a labelled turn's own block
};

Reading read(const std::string& layout, const std::vector<Block>& blocks) {
    Reading r{layout, {}, {}, {}, 0, 0};
    std::int64_t lines = 0, covered = 0, unitsFromFirst = 0, coveredFromFirst = 0;
    std::int64_t paragraphs = 0, labelledParagraphs = 0;
    bool seenTurn = false;
    for (const auto& block : blocks) {
        auto& labels = r.labels.emplace_back(block.lines.size());
        if (isHeading(block)) continue;
        ++paragraphs;
        bool turnInBlock = false;
        for (std::size_t i = 0; i < block.lines.size(); ++i) {
            const auto& line = block.lines[i];
            auto label = matchTurnLabel(layout, line.text, line.strongPrefix);
            if (label && label->alone && i + 1 == block.lines.size()) label.reset(); // nothing said below it
            r.labelled.push_back(label.has_value());
            ++lines;
            if (label) {
                seenTurn = turnInBlock = true;
                ++r.stats.turns;
                ++r.stats.turnsBySpeaker[label->speaker];
                r.stats.utteranceWords += countWords(line.text.substr(label->labelBytes));
            } else if (turnInBlock) {
                r.stats.utteranceWords += countWords(line.text);
            }
            covered += turnInBlock;
            unitsFromFirst += seenTurn;
            coveredFromFirst += turnInBlock;
            labels[i] = std::move(label);
        }
        labelledParagraphs += turnInBlock;
    }
    r.stats.coverage =
        unitsFromFirst ? static_cast<double>(coveredFromFirst) / static_cast<double>(unitsFromFirst) : 0;
    r.lineFit = lines ? static_cast<double>(covered) / static_cast<double>(lines) : 0;
    r.blockFit = paragraphs ? static_cast<double>(labelledParagraphs) / static_cast<double>(paragraphs) : 0;
    return r;
}

// Whether one reading's labelled lines include the other's: the same turns seen by a stricter pattern.
bool nested(const Reading& a, const Reading& b) {
    bool aInB = true, bInA = true;
    for (std::size_t i = 0; i < a.labelled.size(); ++i) {
        aInB = aInB && (!a.labelled[i] || b.labelled[i]);
        bInA = bInA && (!b.labelled[i] || a.labelled[i]);
    }
    return aInB || bInA;
}

std::optional<Reading> detectLayout(const std::vector<Block>& blocks, std::vector<std::string>& warnings) {
    std::vector<Reading> accepted; // in transcriptLayouts() order: most specific first
    for (const auto& layout : transcriptLayouts())
        if (auto r = read(layout, blocks); acceptsAsTranscript(layout, r.stats))
            accepted.push_back(std::move(r));
    if (accepted.empty()) return std::nullopt;
    const auto best =
        std::max_element(accepted.begin(), accepted.end(), [](const Reading& a, const Reading& b) {
            return a.stats.coverage < b.stats.coverage;
        });
    auto chosen = best;
    for (auto it = accepted.begin(); it != best; ++it) {
        if (it->stats.coverage >= best->stats.coverage - kNearTie && nested(*it, *best)) {
            chosen = it;
            break;
        }
    }
    for (const auto& other : accepted) {
        if (&other == &*chosen || other.stats.coverage < chosen->stats.coverage - kNearTie ||
            nested(other, *chosen))
            continue;
        warnings.push_back("layout looked like both " + chosen->layout + " and " + other.layout + "; used " +
                           chosen->layout + "; choose with --layout");
        break;
    }
    return std::move(*chosen);
}

Reading forcedLayout(const std::string& layout, const std::vector<Block>& blocks) {
    const auto& names = transcriptLayouts();
    if (std::find(names.begin(), names.end(), layout) == names.end()) {
        std::string known = "auto, none";
        for (const auto& n : names)
            known += ", " + n;
        throw InvalidInput("unknown layout '" + layout + "'; choose one of: " + known);
    }
    auto r = read(layout, blocks);
    if (std::max(r.blockFit, r.lineFit) < 0.5)
        throw InvalidInput("the text does not fit the '" + layout + "' layout (" +
                           std::to_string(static_cast<int>(r.blockFit * 100)) + "% of paragraphs and " +
                           std::to_string(static_cast<int>(r.lineFit * 100)) +
                           "% of lines are speaker turns); choose another with --layout, or --layout none");
    return r;
}

// Writes turns: a labelled line opens one, unlabelled lines after it continue it (LF inside a block,
// a blank line between blocks), and a heading closes it. Lines before the first turn stay prose.
void writeTurns(const std::vector<Block>& blocks, const Reading& reading, DocumentBuilder& builder) {
    std::optional<ParsedPassage> turn;
    std::string label, utterance;
    const auto closeTurn = [&] {
        if (turn) builder.addPassage(utterance, label, *turn);
        turn.reset();
    };
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const auto& block = blocks[b];
        if (isHeading(block)) {
            closeTurn();
            builder.addHeading(block.source->text);
            continue;
        }
        std::string prose;
        for (std::size_t i = 0; i < block.lines.size(); ++i) {
            const auto& line = block.lines[i];
            if (const auto& found = reading.labels[b][i]) {
                if (!prose.empty()) builder.addPassage(prose);
                prose.clear();
                closeTurn();
                label = std::string(found->alone ? text::trim(line.text)
                                                 : line.text.substr(0, found->labelBytes));
                if (found->alone) label += '\n';
                utterance = found->alone ? "" : std::string(line.text.substr(found->labelBytes));
                turn = ParsedPassage{};
                turn->speaker = found->speaker;
                turn->timeStartMs = found->timeStartMs;
            } else if (turn) {
                if (!utterance.empty()) utterance += i == 0 ? "\n\n" : "\n";
                utterance += line.raw;
            } else {
                if (!prose.empty()) prose += '\n';
                prose += line.raw;
            }
        }
        if (!prose.empty()) builder.addPassage(prose);
    }
    closeTurn();
}

} // namespace

ParsedDocument documentFromBlocks(const std::vector<TextBlock>& blocks, const std::string& format,
                                  const LayoutChoice& choice) {
    DocumentBuilder builder(format);
    const auto lines = splitLines(blocks);
    std::optional<Reading> reading;
    std::vector<std::string> warnings;
    if (choice.layout == "auto" || choice.layout.empty())
        reading = detectLayout(lines, warnings);
    else if (choice.layout != "none")
        reading = forcedLayout(choice.layout, lines);
    for (auto& w : warnings)
        builder.warn(std::move(w));
    if (reading) {
        builder.setLayout(reading->layout);
        writeTurns(lines, *reading, builder);
    } else {
        for (const auto& block : blocks) {
            if (block.kind == TextBlock::Kind::Heading)
                builder.addHeading(block.text);
            else
                builder.addPassage(block.text);
        }
    }
    return std::move(builder).finish();
}

} // namespace cairn::import
