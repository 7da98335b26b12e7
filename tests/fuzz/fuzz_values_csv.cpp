// libFuzzer target: the indicator values reader (long and both wide shapes) on valid UTF-8. Checks
// what the importer relies on: every value is finite with a period and a line, problems come in line
// order, no two values share indicator, scope, period and breakdown, and what the long writer writes
// reads back as the same values.

#include "common/error.h"
#include "fuzz/fuzz_checks.h"
#include "indicators/values_csv.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string_view>
#include <tuple>

using cairn::fuzz::require;
using namespace cairn::indicators;

namespace {

std::vector<ValueLine> linesOf(const std::vector<ValueRecord>& records) {
    std::vector<ValueLine> lines;
    for (const auto& r : records)
        lines.push_back({r.framework, r.indicator, scopeText(r.scope), r.period.text, r.breakdown, r.value,
                         r.n, r.source});
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    if (!cairn::text::isValidUtf8(input)) return 0;
    ValuesFile file;
    try {
        file = parseValuesCsv(input, {ValuesFormat::Auto, "wave 1"});
    } catch (const cairn::InvalidInput&) {
        return 0;
    }
    std::int64_t previous = 0;
    for (const auto& p : file.problems) {
        require(p.line >= previous && p.line >= 2 && !p.message.empty());
        previous = p.line;
    }
    std::set<std::tuple<std::string, std::string, std::string, std::string, std::string>> keys;
    for (const auto& r : file.records) {
        require(std::isfinite(r.value) && r.line >= 2);
        require(!r.period.text.empty() && !r.indicator.empty());
        require(r.period.start.empty() == r.period.end.empty() && r.period.start <= r.period.end);
        require(!r.n || *r.n >= 0);
        require(
            keys.insert({r.framework, r.indicator, scopeText(r.scope), r.period.text, r.breakdown}).second);
    }
    if (file.records.empty()) return 0;
    const auto back = parseValuesCsv(writeValuesLong(linesOf(file.records)));
    require(back.problems.empty() && back.records.size() == file.records.size());
    for (std::size_t i = 0; i < back.records.size(); ++i) {
        require(back.records[i].value == file.records[i].value);
        require(back.records[i].indicator == file.records[i].indicator);
        require(back.records[i].period.text == file.records[i].period.text);
        require(scopeText(back.records[i].scope) == scopeText(file.records[i].scope));
        require(back.records[i].n == file.records[i].n);
    }
    return 0;
}
