#pragma once
// Word segmentation for the analyser (internal to text/): the word segments ICU's word BreakIterator
// finds (UAX #29 plus ICU's tailorings), keeping only those ICU marks as words (rule status letter,
// number, kana or ideograph), with byte and code-point offsets into the text.
//
// Two implementations, one output:
//   - a scanner over UTF-8 that applies the UAX #29 rules that decide where words are (WB4 to WB13b)
//     to a Word_Break table built from ICU's own property data. It needs no UTF-16 copy and counts
//     bytes and code points as it goes. ICU's BreakIterator alone runs at about a third of FTS5
//     unicode61's speed on our corpus text (tests/bench/analyser_bench.cpp), so a pipeline built on it
//     could not meet the analyser's budget of 60% of unicode61; the scanner runs several times faster.
//   - ICU's BreakIterator (a per-thread clone of one prototype, over a UTF-8 UText so that boundaries
//     come back as byte offsets), for every text holding a character whose segmentation needs ICU's
//     dictionaries or its Hebrew, kana and emoji rules: Thai, Lao, Khmer, Myanmar (Complex_Context),
//     Han, Hiragana, Katakana, Hangul syllables, Hebrew letters, letters that are also emoji, and ZWJ
//     before an emoji. The scanner stops at the first such character and the whole text goes to ICU,
//     so one passage is never segmented by a mix of the two.
// analyser_segment_test.cpp checks that the scanner and ICU agree on random mixes of every
// character class involved; the fuzz target (tests/fuzz/fuzz_analyser.cpp) checks it on its inputs.

#include <cstdint>
#include <string_view>
#include <vector>

namespace cairn::text::detail {

/// What the analyser may skip for a word (its fast path): bits of WordSpan::shape.
enum WordShape : std::uint8_t {
    kNonAscii = 1, // has a byte ≥ 0x80
    kMiddle = 2,   // has a MidLetter, MidNum or MidNumLet character inside (apostrophe, dot, colon, comma)
    kEdges = 4,    // has an ExtendNumLet, Extend, Format or ZWJ character (may need trimming)
    kAnyShape = 7, // nothing known (ICU's segments)
};

struct WordSpan {
    std::int64_t byteStart;
    std::int64_t byteEnd; // one past the last byte
    std::int64_t cpStart;
    std::int64_t cpEnd; // one past the last code point
    std::uint8_t shape = kAnyShape;
    bool operator==(const WordSpan& o) const {
        return byteStart == o.byteStart && byteEnd == o.byteEnd && cpStart == o.cpStart && cpEnd == o.cpEnd;
    }
};

/// Appends the word segments of `text` (UTF-8; ill-formed bytes are non-word characters) to `out`, in
/// order: the scanner's when it can, ICU's otherwise. Throws InvalidInput for a text of 2 GiB or more
/// that needs ICU (its iterator counts in int32).
void segmentWords(std::string_view text, std::vector<WordSpan>& out);

/// The scanner alone. Returns false, leaving `out` as it was, when the text needs ICU.
bool segmentWordsDirect(std::string_view text, std::vector<WordSpan>& out);

/// ICU's BreakIterator alone.
void segmentWordsIcu(std::string_view text, std::vector<WordSpan>& out);

} // namespace cairn::text::detail
