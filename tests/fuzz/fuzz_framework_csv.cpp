// libFuzzer target: the framework CSV reader on valid UTF-8. A file either fails as a whole or gives
// frameworks whose nodes have unique ids, known kinds, units and directions, and parents placed before
// children; writing them and reading them back gives the same nodes.

#include "common/error.h"
#include "fuzz/fuzz_checks.h"
#include "indicators/framework_csv.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string_view>

using cairn::fuzz::require;
using namespace cairn::indicators;

namespace {

bool known(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    if (!cairn::text::isValidUtf8(input)) return 0;
    std::vector<FrameworkDefinition> frameworks;
    try {
        frameworks = parseFrameworkCsv(input);
    } catch (const cairn::InvalidInput&) {
        return 0;
    }
    std::set<std::string> frameworkKeys;
    for (const auto& f : frameworks) {
        require(!f.key.empty() && !f.name.empty() && frameworkKeys.insert(f.key).second);
        std::set<std::string> placed;
        for (const auto& node : f.indicators) {
            require(!node.ident.empty() && !node.title.empty());
            require(known(nodeKinds(), node.kind) && known(units(), node.unit) &&
                    known(directions(), node.direction));
            require(node.parent.empty() || placed.contains(node.parent));
            require(placed.insert(node.ident).second);
        }
    }
    if (std::any_of(frameworks.begin(), frameworks.end(), [](const auto& f) { return f.indicators.empty(); }))
        return 0;
    const auto back = parseFrameworkCsv(writeFrameworkCsv(frameworks));
    require(back.size() == frameworks.size());
    for (std::size_t i = 0; i < back.size(); ++i) {
        require(back[i].key == frameworks[i].key && back[i].version == frameworks[i].version);
        require(back[i].indicators.size() == frameworks[i].indicators.size());
        for (std::size_t j = 0; j < back[i].indicators.size(); ++j) {
            require(back[i].indicators[j].ident == frameworks[i].indicators[j].ident);
            require(back[i].indicators[j].parent == frameworks[i].indicators[j].parent);
            require(back[i].indicators[j].title == frameworks[i].indicators[j].title);
        }
    }
    return 0;
}
