#include "indicators/shipped_frameworks.h"

#include "common/error.h"
#include "common/file_io.h"
#include "common/shipped_data.h"
#include "import/csv.h"
#include "indicators/csv_columns.h"

#include <algorithm>
#include <system_error>

namespace cairn::indicators {

namespace {

namespace fs = std::filesystem;

constexpr const char* kFolder = "indicator-frameworks";
constexpr const char* kLinksFile = "default-links.csv";

std::optional<fs::path> shippedFolder() {
    for (const auto& dir : shippedDataDirectories(kFolder)) {
        std::error_code error;
        if (fs::is_directory(dir, error)) return dir;
    }
    return std::nullopt;
}

} // namespace

std::vector<ShippedFramework> shippedFrameworks() {
    std::vector<ShippedFramework> found;
    const auto dir = shippedFolder();
    if (!dir) return found;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(*dir, error)) {
        const auto file = entry.path().filename().string();
        if (!entry.is_regular_file() || entry.path().extension() != ".csv" || file == kLinksFile) continue;
        found.push_back({entry.path().stem().string(), entry.path().string()});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return found;
}

std::optional<ShippedFramework> findShippedFramework(const std::string& name) {
    for (auto& framework : shippedFrameworks())
        if (framework.name == name) return framework;
    return std::nullopt;
}

std::vector<DefaultLink> defaultLinks() {
    std::vector<DefaultLink> links;
    const auto dir = shippedFolder();
    std::error_code error;
    if (!dir || !fs::is_regular_file(*dir / kLinksFile, error)) return links;
    const auto path = (*dir / kLinksFile).string();
    const auto table = import::parseCsv(readInputFile(path, 8 << 20));
    const auto cCodebook = findColumn(table, {"codebook"});
    const auto cCode = findColumn(table, {"code"});
    const auto cFramework = findColumn(table, {"framework"});
    const auto cIndicator = findColumn(table, {"indicator"});
    const auto cRationale = findColumn(table, {"rationale"});
    if (!cCodebook || !cCode || !cFramework || !cIndicator)
        throw InvalidInput(path + " needs codebook, code, framework and indicator columns");
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        DefaultLink link{field(row, cCodebook), field(row, cCode), field(row, cFramework),
                         field(row, cIndicator), field(row, cRationale)};
        if (link.codebook.empty() || link.codePath.empty() || link.framework.empty() ||
            link.indicator.empty())
            throw InvalidInput(path + " line " + std::to_string(table.rowLines[r]) + " has an empty field");
        links.push_back(std::move(link));
    }
    return links;
}

} // namespace cairn::indicators
