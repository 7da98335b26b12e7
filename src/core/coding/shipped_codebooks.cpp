#include "coding/shipped_codebooks.h"

#include "common/shipped_data.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace cairn::coding {

namespace fs = std::filesystem;

std::vector<ShippedCodebook> shippedCodebooks() {
    for (const auto& dir : shippedDataDirectories()) {
        std::error_code error;
        if (!fs::is_directory(dir, error)) continue;
        std::vector<ShippedCodebook> found;
        for (const auto& entry : fs::directory_iterator(dir, error)) {
            const auto name = entry.path().filename().string();
            const auto qdc = entry.path() / (name + ".qdc");
            if (entry.is_directory() && fs::is_regular_file(qdc, error))
                found.push_back({name, qdc.string()});
        }
        if (found.empty()) continue;
        std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
        return found;
    }
    return {};
}

std::optional<ShippedCodebook> findShippedCodebook(const std::string& name) {
    for (auto& codebook : shippedCodebooks())
        if (codebook.name == name) return codebook;
    return std::nullopt;
}

} // namespace cairn::coding
