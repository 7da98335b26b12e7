#include "views/coding_lanes.h"

#include <algorithm>
#include <numeric>

namespace cairn::gui {

std::vector<int> assignLanes(const std::vector<LaneSpan>& spans) {
    std::vector<std::size_t> order(spans.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return spans[a].start != spans[b].start ? spans[a].start < spans[b].start
                                                : spans[a].end > spans[b].end;
    });
    std::vector<int> lanes(spans.size(), 0);
    std::vector<int> laneEnds; // where each lane's last span ends
    for (const auto i : order) {
        const auto free =
            std::find_if(laneEnds.begin(), laneEnds.end(), [&](int end) { return end <= spans[i].start; });
        if (free == laneEnds.end()) {
            lanes[i] = static_cast<int>(laneEnds.size());
            laneEnds.push_back(spans[i].end);
        } else {
            lanes[i] = static_cast<int>(free - laneEnds.begin());
            *free = spans[i].end;
        }
    }
    return lanes;
}

} // namespace cairn::gui
