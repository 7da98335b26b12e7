#include "indicators/framework_definition.h"

#include "common/guid.h"

#include <algorithm>
#include <cctype>

namespace cairn::indicators {

namespace {

// The namespace of indicator GUIDs: fixed, so every Cairn derives the same GUID for the same framework
// key and identifier.
constexpr std::string_view kIndicatorNamespace = "9b1f4e27-3c8a-5d60-a2e4-7f5c0d9b6a13";

std::string lowerTrimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

} // namespace

const std::vector<std::string>& nodeKinds() {
    static const std::vector<std::string> kinds{"group", "domain", "indicator"};
    return kinds;
}

const std::vector<std::string>& units() {
    static const std::vector<std::string> list{"", "percent", "score", "count", "currency", "ratio"};
    return list;
}

const std::vector<std::string>& directions() {
    static const std::vector<std::string> list{"higher", "lower", "neither"};
    return list;
}

const std::vector<std::string>& relations() {
    static const std::vector<std::string> list{"same", "reworded", "split", "merged", "related"};
    return list;
}

std::string frameworkGuid(std::string_view key) {
    return guidFromName(kIndicatorNamespace, "framework:" + std::string(key));
}

std::string indicatorGuid(std::string_view key, std::string_view ident) {
    return guidFromName(kIndicatorNamespace, std::string(key) + ":" + std::string(ident));
}

std::string normaliseUnit(std::string_view text) {
    const auto t = lowerTrimmed(text);
    if (t == "%" || t == "percentage" || t == "per cent") return "percent";
    if (t == "£" || t == "gbp" || t == "money") return "currency";
    if (t == "number" || t == "people" || t == "n") return "count";
    if (t == "mean score" || t == "scale") return "score";
    if (t == "rate") return "ratio";
    return t;
}

std::string normaliseDirection(std::string_view text) {
    const auto t = lowerTrimmed(text);
    if (t.empty()) return "neither";
    if (t == "higher is better" || t == "up" || t == "increase" || t == "+") return "higher";
    if (t == "lower is better" || t == "down" || t == "decrease" || t == "-") return "lower";
    if (t == "none" || t == "n/a" || t == "neutral") return "neither";
    return t;
}

std::string normaliseKind(std::string_view text) {
    const auto t = lowerTrimmed(text);
    if (t.empty()) return "indicator";
    if (t == "theme" || t == "goal" || t == "strand" || t == "area") return "group";
    return t;
}

} // namespace cairn::indicators
