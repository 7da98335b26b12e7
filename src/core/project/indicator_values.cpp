// The indicator values operations of Project: import (long and wide CSV), values from a case
// attribute, single values, export, deletion, and the side-by-side and series tables. Each change is
// one store::Edit, so one undo step.

#include "analysis/side_by_side.h"
#include "coding/code_path.h"
#include "coding/code_tree.h"
#include "common/error.h"
#include "common/file_io.h"
#include "indicators/csv_columns.h"
#include "project/indicator_names.h"
#include "project/project.h"
#include "project/spreadsheets.h"

#include <map>

namespace cairn::project {

using namespace detail;

namespace {

// The scope of a value as stored: a case's id, or a group's label.
store::IndicatorValueRow scopedValue(const CaseIndex& cases, const indicators::Scope& scope) {
    store::IndicatorValueRow row;
    row.scope = indicators::scopeKindName(scope.kind);
    if (scope.kind == indicators::ScopeKind::Case) {
        const auto [id, name] = cases.resolve(scope.name);
        row.caseId = id;
        row.caseName = name;
    } else if (scope.kind == indicators::ScopeKind::Group) {
        row.groupLabel = scope.name;
    }
    return row;
}

store::ValueFilter resolveFilter(store::Database& db, const IndicatorIndex& index, const ValueQuery& query) {
    store::ValueFilter filter;
    if (!query.framework.empty()) {
        const auto framework = store::findFramework(db, query.framework);
        if (!framework) throw NotFound("no framework with the key '" + query.framework + "'");
        filter.frameworkId = framework->id;
    }
    if (!query.indicator.empty()) filter.indicatorId = index.resolve(query.indicator, query.framework).id;
    if (!query.scope.empty()) {
        const auto scope = indicators::parseScope(query.scope);
        const auto row = scopedValue(CaseIndex(db), scope);
        filter.scope = row.scope;
        filter.caseId = row.caseId;
        filter.groupLabel = row.groupLabel;
    }
    filter.period = query.period;
    return filter;
}

ValueInfo describeValue(const store::IndicatorValueRow& row,
                        const std::map<std::int64_t, store::IndicatorRow>& nodes) {
    ValueInfo info{row, {}, {}, {}, {}};
    if (const auto node = nodes.find(row.indicatorId); node != nodes.end()) {
        info.framework = node->second.frameworkKey;
        info.indicator = node->second.ident;
        info.title = node->second.title;
    }
    info.scope = row.scope == "case"    ? "case:" + row.caseName
                 : row.scope == "group" ? "group:" + row.groupLabel
                                        : "project";
    return info;
}

} // namespace

ValuesImportResult Project::importValues(const ValuesImportRequest& request) {
    indicators::ValuesFile file;
    try {
        file = indicators::parseValuesCsv(readUtf8Csv(request.path), {request.format, request.period});
    } catch (const InvalidInput& e) {
        if (!e.file().empty()) throw;
        throw InvalidInput(e.what(), request.path);
    }
    ValuesImportResult result;
    result.format = file.format == indicators::ValuesFormat::Long ? "long" : "wide";
    result.problems = std::move(file.problems);
    auto& db = m_file->db();
    const IndicatorIndex index(db);
    const CaseIndex cases(db);
    if (!request.framework.empty() && !index.hasFramework(request.framework))
        throw NotFound("no framework with the key '" + request.framework + "'");
    // Resolve every row before writing any: unknown indicators and cases are problems with lines.
    std::vector<store::IndicatorValueRow> rows;
    std::set<std::int64_t> badLines;
    for (const auto& p : result.problems)
        badLines.insert(p.line);
    std::map<std::tuple<std::int64_t, std::string, std::int64_t, std::string, std::string, std::string>,
             std::int64_t>
        seen;
    for (const auto& record : file.records) {
        try {
            const auto framework = record.framework.empty() ? request.framework : record.framework;
            const auto& node = index.resolve(record.indicator, framework);
            auto row = scopedValue(cases, record.scope);
            row.indicatorId = node.id;
            row.period = record.period.text;
            row.periodStart = record.period.start;
            row.periodEnd = record.period.end;
            row.breakdown = record.breakdown;
            row.value = record.value;
            row.n = record.n;
            row.source = record.source;
            // Two spellings of one indicator ("16" and "wales-nwi-2021:16") are still one value.
            const auto key = std::tuple{row.indicatorId, row.scope,  row.caseId.value_or(0),
                                        row.groupLabel,  row.period, row.breakdown};
            const auto [earlier, fresh] = seen.try_emplace(key, record.line);
            if (!fresh) {
                result.problems.push_back(
                    {record.line, "repeats line " + std::to_string(earlier->second) +
                                      " (the same indicator, scope, period and breakdown)"});
                badLines.insert(record.line);
                continue;
            }
            rows.push_back(std::move(row));
        } catch (const Error& e) {
            result.problems.push_back({record.line, e.what()});
            badLines.insert(record.line);
        }
    }
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const auto& a, const auto& b) { return a.line < b.line; });
    result.values = static_cast<std::int64_t>(rows.size());
    if (!result.problems.empty() && !request.skipBadRows) {
        std::vector<std::string> lines;
        for (const auto& p : result.problems)
            lines.push_back("line " + std::to_string(p.line) + ": " + p.message);
        throw InvalidInput("the file has " + std::to_string(result.problems.size()) +
                               (result.problems.size() == 1 ? " problem" : " problems") +
                               "; nothing was imported (--skip-bad-rows imports the good rows):\n" +
                               indicators::joinProblems(lines),
                           request.path);
    }
    result.skipped = static_cast<std::int64_t>(badLines.size());
    if (request.dryRun) {
        result.added = result.values;
        return result;
    }
    store::Edit edit(*m_file, "import indicator values from " + request.path);
    for (const auto& row : rows)
        count(result, store::saveValue(edit.txn(), row));
    store::logValueBatch(*m_file, edit.txn(), "import-values", request.path, result.added, result.updated, 0);
    edit.commit();
    return result;
}

ValuesImportResult Project::valuesFromAttribute(const FromAttributeRequest& request) {
    auto& db = m_file->db();
    const auto attribute = store::findAttribute(db, request.attribute);
    if (!attribute) throw NotFound("no attribute named '" + request.attribute + "'");
    if (attribute->type != "integer" && attribute->type != "decimal")
        throw InvalidInput("the attribute '" + request.attribute + "' holds " + attribute->type +
                           " values; only integer and decimal attributes become indicator values");
    const auto node = IndicatorIndex(db).resolve(request.indicator);
    const auto period = indicators::parsePeriod(request.period);
    const auto source = request.source.empty() ? "case attribute " + attribute->name : request.source;
    ValuesImportResult result;
    result.format = "attribute";
    store::Edit edit(*m_file, "values of " + refOf(node) + " from " + attribute->name);
    for (const auto& c : store::listCases(db)) {
        const auto found = c.attributes.find(attribute->name);
        if (found == c.attributes.end()) continue;
        const auto* integer = std::get_if<std::int64_t>(&found->second);
        const auto* decimal = std::get_if<double>(&found->second);
        if (!integer && !decimal) continue; // a missing value
        store::IndicatorValueRow row;
        row.indicatorId = node.id;
        row.scope = "case";
        row.caseId = c.id;
        row.period = period.text;
        row.periodStart = period.start;
        row.periodEnd = period.end;
        row.value = integer ? static_cast<double>(*integer) : *decimal;
        row.source = source;
        count(result, store::saveValue(edit.txn(), row));
        ++result.values;
    }
    if (result.values == 0)
        throw InvalidInput("no case has a value of '" + attribute->name + "'; nothing was recorded");
    store::logValueBatch(*m_file, edit.txn(), "values-from-attribute", attribute->name + " → " + refOf(node),
                         result.added, result.updated, 0);
    edit.commit();
    return result;
}

ValueInfo Project::setValue(const ValueEntry& entry) {
    auto& db = m_file->db();
    const auto node = IndicatorIndex(db).resolve(entry.indicator);
    const auto period = indicators::parsePeriod(entry.period);
    auto row = scopedValue(CaseIndex(db), indicators::parseScope(entry.scope));
    row.indicatorId = node.id;
    row.period = period.text;
    row.periodStart = period.start;
    row.periodEnd = period.end;
    row.breakdown = entry.breakdown;
    row.value = entry.value;
    row.n = entry.n;
    row.source = entry.source;
    store::Edit edit(*m_file, "set " + refOf(node) + " for " + period.text);
    const auto outcome = store::saveValue(edit.txn(), row);
    store::logValueBatch(*m_file, edit.txn(), "set-value", refOf(node), outcome == store::SaveOutcome::Added,
                         outcome == store::SaveOutcome::Updated, 0);
    edit.commit();
    ValueQuery query{refOf(node), {}, entry.scope, period.text};
    for (auto& info : indicatorValues(query))
        if (info.row.breakdown == entry.breakdown) return info;
    throw Corrupt("the value just saved could not be read back");
}

std::vector<ValueInfo> Project::indicatorValues(const ValueQuery& query) {
    auto& db = m_file->db();
    const IndicatorIndex index(db);
    std::map<std::int64_t, store::IndicatorRow> nodes;
    for (const auto& row : index.rows())
        nodes.emplace(row.id, row);
    std::vector<ValueInfo> out;
    for (const auto& row : store::listValues(db, resolveFilter(db, index, query)))
        out.push_back(describeValue(row, nodes));
    return out;
}

void Project::exportValues(const std::string& path, indicators::ValuesFormat format,
                           const ValueQuery& query) {
    std::vector<indicators::ValueLine> lines;
    std::vector<std::string> periods;
    std::vector<std::tuple<bool, std::string, std::string, std::int64_t, std::string>> periodKeys;
    std::set<std::string> seenPeriods;
    for (const auto& v : indicatorValues(query)) {
        lines.push_back({v.framework, v.indicator, v.scope, v.row.period, v.row.breakdown, v.row.value,
                         v.row.n, v.row.source});
        if (seenPeriods.insert(v.row.period).second)
            periodKeys.emplace_back(v.row.periodStart.empty(), v.row.periodStart, v.row.periodEnd, v.row.id,
                                    v.row.period);
    }
    std::sort(periodKeys.begin(), periodKeys.end());
    for (const auto& key : periodKeys)
        periods.push_back(std::get<4>(key));
    const auto csv = format == indicators::ValuesFormat::Wide ? indicators::writeValuesWide(lines, periods)
                                                              : indicators::writeValuesLong(lines);
    if (isXlsxPath(path)) {
        saveTablesXlsx(path, {csvAsTable("Indicator values", csv)});
        return;
    }
    writeFileAtomically(path, csv);
}

std::int64_t Project::deleteValues(const ValueQuery& query) {
    auto& db = m_file->db();
    const IndicatorIndex index(db);
    const auto filter = resolveFilter(db, index, query);
    store::Edit edit(*m_file, "delete indicator values");
    const auto removed = store::deleteValues(edit.txn(), filter);
    if (removed > 0) store::logValueBatch(*m_file, edit.txn(), "delete-values", "", 0, 0, removed);
    edit.commit();
    return removed;
}

analysis::Table Project::sideBySide(const SideBySideRequest& request) {
    auto& db = m_file->db();
    if (request.quotes < 0 || request.quotes > 20) throw InvalidInput("quotes per indicator must be 0 to 20");
    if (request.quoteChars < 20) throw InvalidInput("a quote must be allowed at least 20 characters");
    analysis::SideBySideOptions options;
    options.quotes = request.quotes;
    options.quoteChars = request.quoteChars;
    options.scope = resolveAnalysisScope(request.scope);
    options.includeIdentifying = request.includeIdentifying;
    const IndicatorIndex index(db);
    if (!request.indicator.empty()) {
        const auto& node = index.resolve(request.indicator);
        options.indicatorIds.push_back(node.id);
        // A domain or group stands for itself and every indicator under it.
        for (const auto& row : index.rows())
            for (auto parent = row.parentId; parent;) {
                if (*parent == node.id) {
                    options.indicatorIds.push_back(row.id);
                    break;
                }
                const auto up = std::find_if(index.rows().begin(), index.rows().end(),
                                             [&](const auto& r) { return r.id == *parent; });
                parent = up == index.rows().end() ? std::nullopt : up->parentId;
            }
    } else {
        std::set<std::int64_t> used;
        for (const auto& link : store::listLinks(db))
            used.insert(link.indicatorId);
        for (const auto& value : store::listValues(db))
            used.insert(value.indicatorId);
        for (const auto& row : index.rows())
            if (used.contains(row.id)) options.indicatorIds.push_back(row.id);
    }
    if (request.includeIdentifying) logRawOutput("analysis side-by-side");
    return analysis::sideBySide(db, options);
}

analysis::Table Project::indicatorSeries(const std::string& indicator) {
    auto& db = m_file->db();
    return analysis::indicatorSeries(db, IndicatorIndex(db).resolve(indicator).id);
}

} // namespace cairn::project
