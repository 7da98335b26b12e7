// Cell helpers shared by the analyses.

#include "analysis/table.h"

#include <cmath>

namespace cairn::analysis {

Cell decimal(double value) {
    if (!std::isfinite(value)) return std::monostate{};
    return value;
}

} // namespace cairn::analysis
