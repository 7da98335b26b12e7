#pragma once
// Selection positions in a REFI-QDA source, turned into Cairn's: code points of the NFC, LF-only text.
//
// The standard counts code points of the text file, but real exports do not all agree. NVivo counts
// UTF-16 code units (every emoji or other character outside the Basic Multilingual Plane counts two),
// and some tools count a CR LF line end as one character while the file keeps both. A wrong guess
// shifts every selection after the first emoji or line end, silently, so the reading is not assumed:
// each plausible one is scored by how many selection ends land on word boundaries (people select
// words, not halves of them), and the best wins; the standard's reading wins ties.
//
// The text as stored may also differ from Cairn's canonical form (CR LF, a non-NFC sequence), so
// positions are mapped through: a position between CR and LF is the line end; a position inside a
// sequence that NFC composes rounds outwards (a start to the sequence's start, an end to its end).
// Internal to import/.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::import::refi {

/// How a file counted positions in a text.
enum class PositionUnit {
    CodePoints,           // code points of the text as stored (the standard's reading)
    CodePointsOneLineEnd, // code points, a CR LF line end counting one
    Utf16,                // UTF-16 code units of the text as stored (NVivo)
    Utf16OneLineEnd,      // UTF-16 code units, a CR LF line end counting one
};

/// A half-open range [start, end).
struct Span {
    std::int64_t start = 0;
    std::int64_t end = 0;
};

/// How `unit` is described to a user ("UTF-16 code units (as NVivo counts them)").
std::string describe(PositionUnit unit);

/// A source's text as a file stored it, with Cairn's canonical form of it and the maps between them.
class SourceText {
public:
    /// `stored` is valid UTF-8 without a BOM, as the file held it (CR LF and non-NFC text allowed).
    explicit SourceText(std::string_view stored);
    ~SourceText();
    SourceText(const SourceText&) = delete;
    SourceText& operator=(const SourceText&) = delete;

    /// NFC, LF line ends: what Cairn stores, and what converted positions count.
    const std::string& canonical() const;
    std::int64_t canonicalLength() const;

    /// The readings that can give different positions for this text: code points always; the
    /// one-line-end readings only when the text has a CR; the UTF-16 ones only when it has a character
    /// beyond U+FFFF. In order of preference.
    std::vector<PositionUnit> distinctReadings() const;

    /// `raw` counted in `unit`, as code points of canonical(). The start rounds down and the end up
    /// when inside a composed sequence. Nullopt when either end lies outside the text or inside a
    /// character (half of a UTF-16 surrogate pair). The result may be empty or reversed, as `raw` was.
    std::optional<Span> toCanonical(PositionUnit unit, Span raw) const;

    /// Up to `maxChars` characters of canonical text where `raw` points, clamped to the text; for
    /// messages about selections that cannot be placed. Empty when nothing of it lies in the text.
    std::string quote(PositionUnit unit, Span raw, std::int64_t maxChars = 60) const;

    /// How well `span` (canonical) fits word boundaries: 2 per end on a boundary with a visible
    /// character inside the span, 1 per end on a boundary next to a space, 0 inside a word or a
    /// character sequence. An empty or reversed span scores as unplaceable (negative).
    int fit(const std::optional<Span>& span) const;

private:
    struct Maps;
    std::unique_ptr<const Maps> m_maps; // keeps the offset tables out of this header
};

/// A reading other than the standard's must fit this many points better (one selection end moved off a
/// word and onto a boundary) before it is believed: a file that follows the standard but has
/// selections that split words must not be "repaired" because another reading happens to fit them.
inline constexpr int kMinFitGain = 2;

/// The reading under which `raws` fit word boundaries best, with every span converted; nullopt entries
/// could not be placed. The standard's reading (code points) is kept unless another fits at least
/// kMinFitGain better; ties among the others go to the earlier in distinctReadings(). With
/// `standardOnly` (files Cairn wrote, which count code points by construction) no other is tried.
struct Reading {
    PositionUnit unit = PositionUnit::CodePoints;
    std::vector<std::optional<Span>> spans;
};
Reading chooseReading(const SourceText& text, const std::vector<Span>& raws, bool standardOnly = false);

} // namespace cairn::import::refi
