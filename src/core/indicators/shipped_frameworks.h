#pragma once
// The indicator frameworks Cairn ships (codebooks/indicator-frameworks/<key>.csv, in the framework
// CSV format, with a README naming each one's sources) and the default links between them and the
// shipped codebooks (default-links.csv), made where a code and an indicator name the same thing.

#include <optional>
#include <string>
#include <vector>

namespace cairn::indicators {

struct ShippedFramework {
    std::string name; // the file name without .csv: "home-office-2019"
    std::string path;
};

std::vector<ShippedFramework> shippedFrameworks();
std::optional<ShippedFramework> findShippedFramework(const std::string& name);

struct DefaultLink {
    std::string codebook;  // shipped codebook name
    std::string codePath;  // path of the code in that codebook
    std::string framework; // framework key
    std::string indicator; // id in the framework
    std::string rationale;
};

/// Every default link; empty when the file is missing. Throws InvalidInput when it is malformed.
std::vector<DefaultLink> defaultLinks();

} // namespace cairn::indicators
