#pragma once
// The codebooks Cairn ships (codebooks/<name>/<name>.qdc, each with a README saying where it comes
// from). Found, in order, in $CAIRN_CODEBOOKS_DIR, beside the program (../share/cairn/codebooks from
// bin/, as installed), and in the source tree the program was built from.

#include <optional>
#include <string>
#include <vector>

namespace cairn::coding {

struct ShippedCodebook {
    std::string name; // the folder name: "home-office-2019"
    std::string path; // the .qdc file
};

std::vector<ShippedCodebook> shippedCodebooks();
std::optional<ShippedCodebook> findShippedCodebook(const std::string& name);

} // namespace cairn::coding
