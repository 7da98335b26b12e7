#include "project/refi_descriptions.h"

#include <array>
#include <utility>

namespace cairn::project {

namespace {

constexpr std::string_view kKind = "Cairn kind: ";
constexpr std::string_view kConsent = "Cairn consent: ";
constexpr std::string_view kConsentDate = "Cairn consent date: ";
constexpr std::string_view kConsentNote = "Cairn consent note: ";

void addLine(std::string& to, std::string_view prefix, const std::string& value) {
    if (value.empty()) return;
    if (!to.empty()) to += '\n';
    to += prefix;
    to += value;
}

} // namespace

std::string caseDescription(const store::CaseRow& c) {
    std::string text = c.description;
    addLine(text, kKind, c.kind);
    addLine(text, kConsent, c.consent);
    addLine(text, kConsentDate, c.consentDate);
    addLine(text, kConsentNote, c.consentNote);
    return text;
}

std::string sourceDescription(const store::SourceRow& s) {
    std::string text;
    addLine(text, kKind, s.kind);
    return text;
}

std::string caseMemoTitle(const std::string& caseName, const std::string& title) {
    return "Case " + caseName + (title.empty() ? std::string() : ": " + title);
}

CarriedFields readCarriedFields(std::string_view description) {
    CarriedFields out;
    const std::array<std::pair<std::string_view, std::string*>, 4> fields{{{kKind, &out.kind},
                                                                           {kConsentDate, &out.consentDate},
                                                                           {kConsentNote, &out.consentNote},
                                                                           {kConsent, &out.consent}}};
    std::size_t at = 0;
    while (at <= description.size()) {
        const auto end = description.find('\n', at);
        const auto line =
            description.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
        bool carried = false;
        for (const auto& [prefix, target] : fields) {
            if (!line.starts_with(prefix)) continue;
            *target = std::string(line.substr(prefix.size()));
            carried = true;
            break;
        }
        if (!carried && !(line.empty() && out.description.empty())) {
            if (!out.description.empty()) out.description += '\n';
            out.description += line;
        }
        if (end == std::string_view::npos) break;
        at = end + 1;
    }
    while (!out.description.empty() && out.description.back() == '\n')
        out.description.pop_back();
    return out;
}

} // namespace cairn::project
