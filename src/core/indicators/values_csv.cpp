#include "indicators/values_csv.h"

#include "common/csv_writer.h"
#include "common/error.h"
#include "indicators/csv_columns.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace cairn::indicators {

namespace {

struct Fixed {
    std::optional<std::size_t> framework, indicator, scope, period, breakdown, value, n, source;
    // A column headed "case" or "area" holds bare names: "Participant 7" means case:Participant 7.
    ScopeKind bareScope = ScopeKind::Project;
};

Fixed fixedColumns(const import::CsvTable& table) {
    Fixed f{findColumn(table, {"framework", "framework_key"}),
            findColumn(table, {"indicator", "indicator_id", "id"}),
            findColumn(table, {"scope", "case", "area"}),
            findColumn(table, {"period", "year", "date"}),
            findColumn(table, {"breakdown"}),
            findColumn(table, {"value"}),
            findColumn(table, {"n", "base", "sample_size"}),
            findColumn(table, {"source", "note"})};
    if (!findColumn(table, {"scope"})) {
        if (findColumn(table, {"case"}))
            f.bareScope = ScopeKind::Case;
        else if (findColumn(table, {"area"}))
            f.bareScope = ScopeKind::Group;
    }
    return f;
}

bool isFixed(const Fixed& f, std::size_t column) {
    for (const auto& c : {f.framework, f.indicator, f.scope, f.period, f.breakdown, f.value, f.n, f.source})
        if (c && *c == column) return true;
    return false;
}

// Reads the fields every shape shares; false (with a problem recorded) when one is bad.
bool readCommon(const std::vector<std::string>& row, std::int64_t line, const Fixed& f, ValueRecord& record,
                std::vector<RowProblem>& problems) {
    record.line = line;
    record.framework = field(row, f.framework);
    record.breakdown = field(row, f.breakdown);
    record.source = field(row, f.source);
    try {
        const auto scope = field(row, f.scope);
        if (f.bareScope != ScopeKind::Project && !scope.empty())
            record.scope = {f.bareScope, scope};
        else
            record.scope = parseScope(scope);
    } catch (const InvalidInput& e) {
        problems.push_back({line, e.what()});
        return false;
    }
    if (const auto n = field(row, f.n); !n.empty()) {
        const auto count = parseCount(n);
        if (!count) {
            problems.push_back({line, "n '" + n + "' is not a whole number of 0 or more"});
            return false;
        }
        record.n = *count;
    }
    return true;
}

bool readPeriod(const std::string& text, std::int64_t line, ValueRecord& record,
                std::vector<RowProblem>& problems) {
    try {
        record.period = parsePeriod(text);
        return true;
    } catch (const InvalidInput& e) {
        problems.push_back({line, e.what()});
        return false;
    }
}

bool readValue(const std::string& text, char separator, std::int64_t line, const std::string& what,
               ValueRecord& record, std::vector<RowProblem>& problems) {
    const auto value = parseNumber(text, separator);
    if (!value) {
        problems.push_back({line, what + "'" + text + "' is not a number"});
        return false;
    }
    record.value = *value;
    return true;
}

void parseLong(const import::CsvTable& table, const Fixed& f, ValuesFile& out) {
    if (!f.indicator || !f.value)
        throw InvalidInput(
            "a long values file needs indicator and value columns (and usually scope and period)");
    if (!f.period) throw InvalidInput("a long values file needs a period column");
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        const auto line = table.rowLines[r];
        ValueRecord record;
        record.indicator = field(row, f.indicator);
        if (record.indicator.empty()) {
            out.problems.push_back({line, "the indicator is empty"});
            continue;
        }
        if (!readCommon(row, line, f, record, out.problems)) continue;
        if (!readPeriod(field(row, f.period), line, record, out.problems)) continue;
        const auto value = field(row, f.value);
        if (value.empty()) {
            out.problems.push_back({line, "the value is empty"});
            continue;
        }
        if (!readValue(value, table.separator, line, "the value ", record, out.problems)) continue;
        out.records.push_back(std::move(record));
    }
}

void parseWide(const import::CsvTable& table, const Fixed& f, const ValuesReadOptions& options,
               ValuesFile& out) {
    std::vector<std::size_t> spread; // the columns that hold values
    for (std::size_t i = 0; i < table.header.size(); ++i)
        if (!isFixed(f, i)) spread.push_back(i);
    if (spread.empty()) throw InvalidInput("the wide values file has no value columns");
    const bool periodsAcross = f.indicator.has_value();
    if (periodsAcross) {
        for (const auto column : spread) {
            try {
                parsePeriod(table.header[column]);
            } catch (const InvalidInput& e) {
                throw InvalidInput(
                    "in a wide file with an indicator column every other column is a period; the "
                    "column '" +
                    table.header[column] + "': " + e.what());
            }
        }
    } else if (!f.period && options.period.empty()) {
        throw InvalidInput("the wide values file has indicators as columns but no period column; give the "
                           "period they were measured in (--period)");
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        const auto line = table.rowLines[r];
        ValueRecord base;
        if (!readCommon(row, line, f, base, out.problems)) continue;
        if (periodsAcross) {
            base.indicator = field(row, f.indicator);
            if (base.indicator.empty()) {
                out.problems.push_back({line, "the indicator is empty"});
                continue;
            }
        } else if (!readPeriod(f.period ? field(row, f.period) : options.period, line, base, out.problems)) {
            continue;
        }
        for (const auto column : spread) {
            const auto text = field(row, column);
            if (text.empty()) continue; // a missing value
            ValueRecord record = base;
            if (periodsAcross) {
                record.period = parsePeriod(table.header[column]);
            } else {
                // Trimmed as every field is, so the indicator reads back the same from any writer.
                record.indicator = field(table.header, column);
                if (record.indicator.empty())
                    throw InvalidInput("a value column of the wide file has no name");
            }
            if (!readValue(text, table.separator, line, "the value of " + table.header[column] + " ", record,
                           out.problems))
                continue;
            out.records.push_back(std::move(record));
        }
    }
}

// A value is one per indicator, scope, period and breakdown: a second row for the same is a mistake
// in the file, not a newer figure.
void reportRepeats(ValuesFile& out) {
    std::map<std::tuple<std::string, std::string, std::string, std::string, std::string>, std::int64_t> seen;
    std::vector<ValueRecord> kept;
    for (auto& record : out.records) {
        const auto key = std::tuple{record.framework, record.indicator, scopeText(record.scope),
                                    record.period.text, record.breakdown};
        const auto [earlier, fresh] = seen.try_emplace(key, record.line);
        if (!fresh) {
            out.problems.push_back(
                {record.line, "repeats line " + std::to_string(earlier->second) + " (" + record.indicator +
                                  ", " + scopeText(record.scope) + ", " + record.period.text +
                                  (record.breakdown.empty() ? "" : ", " + record.breakdown) + ")"});
            continue;
        }
        kept.push_back(std::move(record));
    }
    out.records = std::move(kept);
}

} // namespace

ValuesFile parseValuesCsv(std::string_view utf8, const ValuesReadOptions& options) {
    const auto table = import::parseCsv(utf8);
    const auto f = fixedColumns(table);
    ValuesFile out;
    auto format = options.format;
    if (format == ValuesFormat::Auto) format = f.value ? ValuesFormat::Long : ValuesFormat::Wide;
    out.format = format;
    if (format == ValuesFormat::Long)
        parseLong(table, f, out);
    else
        parseWide(table, f, options, out);
    reportRepeats(out);
    std::stable_sort(out.problems.begin(), out.problems.end(),
                     [](const RowProblem& a, const RowProblem& b) { return a.line < b.line; });
    return out;
}

std::string writeValuesLong(const std::vector<ValueLine>& values) {
    std::string out =
        csvRecord({"framework", "indicator", "scope", "period", "breakdown", "value", "n", "source"});
    for (const auto& v : values)
        out += csvRecord({v.framework, v.indicator, v.scope, v.period, v.breakdown, formatNumber(v.value),
                          v.n ? std::to_string(*v.n) : std::string(), v.source});
    return out;
}

std::string writeValuesWide(const std::vector<ValueLine>& values, const std::vector<std::string>& periods) {
    std::vector<std::string> header{"framework", "indicator", "scope", "breakdown"};
    header.insert(header.end(), periods.begin(), periods.end());
    std::string out = csvRecord(header);
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < periods.size(); ++i)
        column[periods[i]] = i;
    // Rows in the order their first value comes.
    std::vector<std::tuple<std::string, std::string, std::string, std::string>> order;
    std::map<std::tuple<std::string, std::string, std::string, std::string>, std::vector<std::string>> cells;
    for (const auto& v : values) {
        const auto key = std::tuple{v.framework, v.indicator, v.scope, v.breakdown};
        auto [slot, fresh] = cells.try_emplace(key, std::vector<std::string>(periods.size()));
        if (fresh) order.push_back(key);
        if (const auto at = column.find(v.period); at != column.end())
            slot->second[at->second] = formatNumber(v.value);
    }
    for (const auto& key : order) {
        std::vector<std::string> row{std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key)};
        const auto& c = cells[key];
        row.insert(row.end(), c.begin(), c.end());
        out += csvRecord(row);
    }
    return out;
}

} // namespace cairn::indicators
