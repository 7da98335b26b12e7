#pragma once
// Stripes of overlapping codings must not hide each other: each coding gets a lane (a column of
// the margin) that no overlapping coding before it uses, the lowest free one, as interval
// partitioning does. Sorting once makes it O(n log n + n·lanes) for a source's codings.

#include <vector>

namespace cairn::gui {

struct LaneSpan {
    int start = 0; // half-open, in any one unit
    int end = 0;
};

/// The lane of each span, in the order given; lane 0 is nearest the text.
std::vector<int> assignLanes(const std::vector<LaneSpan>& spans);

} // namespace cairn::gui
