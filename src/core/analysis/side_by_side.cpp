// The evidence side reuses loadEvidence, so "in a case" and "in scope" mean what they mean in every
// other analysis; the numbers side reads indicator_values and aggregates case-level values per period.

#include "analysis/side_by_side.h"

#include "analysis/publication_notes.h"
#include "coding/code_tree.h"
#include "store/case_store.h"
#include "store/indicator_store.h"
#include "store/privacy_store.h"
#include "store/source_store.h"
#include "text/span.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace cairn::analysis {

namespace {

struct Evidence {
    std::vector<std::string> codePaths;
    std::int64_t codings = 0;
    std::set<std::int64_t> sources, cases, passages;
    std::vector<const store::CodedSpan*> candidates;
};

struct PeriodPoint {
    std::string period;
    double value = 0;
    std::optional<std::int64_t> n;
};

struct Series {
    std::string label;
    std::vector<PeriodPoint> points;
    std::optional<std::int64_t> pairedN;
    std::optional<double> pairedChange;
};

std::string formatValue(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    return buffer;
}

// Codes linked to the node or any node above it, each with its sub-codes.
std::set<std::int64_t> evidenceCodes(const coding::CodeTree& tree,
                                     const std::vector<store::IndicatorLinkRow>& links,
                                     const std::map<std::int64_t, store::IndicatorRow>& nodes,
                                     std::int64_t nodeId, std::vector<std::string>& paths) {
    std::set<std::int64_t> chain;
    for (std::optional<std::int64_t> at = nodeId; at;) {
        chain.insert(*at);
        const auto found = nodes.find(*at);
        at = found == nodes.end() ? std::nullopt : found->second.parentId;
    }
    std::set<std::int64_t> codes;
    for (const auto& link : links) {
        if (!chain.contains(link.indicatorId)) continue;
        paths.push_back(tree.path(link.codeId));
        for (const auto id : tree.subtree(link.codeId))
            codes.insert(id);
    }
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    return codes;
}

// Period order: dated periods by start then end, labels after them in the order first recorded.
std::vector<std::string> periodOrder(const std::vector<const store::IndicatorValueRow*>& values) {
    std::map<std::string, std::tuple<bool, std::string, std::string, std::int64_t>> keys;
    for (const auto* v : values) {
        auto key = std::tuple{v->periodStart.empty(), v->periodStart, v->periodEnd, v->id};
        auto [slot, fresh] = keys.try_emplace(v->period, key);
        if (!fresh && v->id < std::get<3>(slot->second)) std::get<3>(slot->second) = v->id;
    }
    std::vector<std::pair<std::tuple<bool, std::string, std::string, std::int64_t>, std::string>> sorted;
    for (const auto& [period, key] : keys)
        sorted.emplace_back(key, period);
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::string> order;
    for (const auto& [key, period] : sorted)
        order.push_back(period);
    return order;
}

std::vector<Series> valueSeries(const std::vector<store::IndicatorValueRow>& all, std::int64_t indicatorId) {
    // Series key: the scope ("project", "group:X", "cases") and the breakdown.
    std::map<std::pair<std::string, std::string>, std::vector<const store::IndicatorValueRow*>> grouped;
    std::vector<std::pair<std::string, std::string>> order;
    for (const auto& v : all) {
        if (v.indicatorId != indicatorId) continue;
        const std::string scope = v.scope == "case"    ? "cases"
                                  : v.scope == "group" ? "group:" + v.groupLabel
                                                       : "project";
        const auto key = std::pair{scope, v.breakdown};
        auto [slot, fresh] = grouped.try_emplace(key);
        if (fresh) order.push_back(key);
        slot->second.push_back(&v);
    }
    std::vector<Series> out;
    for (const auto& key : order) {
        const auto& values = grouped[key];
        Series series;
        series.label = key.first == "cases" ? "cases (mean)" : key.first;
        if (!key.second.empty()) series.label += " / " + key.second;
        const auto periods = periodOrder(values);
        if (key.first == "cases") {
            std::map<std::string, std::map<std::int64_t, double>> byPeriod; // period → case → value
            for (const auto* v : values)
                byPeriod[v->period][v->caseId.value_or(0)] = v->value;
            for (const auto& period : periods) {
                const auto& cases = byPeriod[period];
                double sum = 0;
                for (const auto& [id, value] : cases)
                    sum += value;
                series.points.push_back({period, sum / static_cast<double>(cases.size()),
                                         static_cast<std::int64_t>(cases.size())});
            }
            if (periods.size() >= 2) {
                const auto& first = byPeriod[periods.front()];
                const auto& last = byPeriod[periods.back()];
                double sum = 0;
                std::int64_t n = 0;
                for (const auto& [id, value] : first)
                    if (const auto later = last.find(id); later != last.end()) {
                        sum += later->second - value;
                        ++n;
                    }
                series.pairedN = n;
                if (n > 0) series.pairedChange = sum / static_cast<double>(n);
            }
        } else {
            for (const auto& period : periods)
                for (const auto* v : values)
                    if (v->period == period) series.points.push_back({period, v->value, v->n});
        }
        out.push_back(std::move(series));
    }
    return out;
}

std::string trend(const std::string& direction, double change) {
    if (change == 0) return "no change";
    if (direction == "higher") return change > 0 ? "better" : "worse";
    if (direction == "lower") return change < 0 ? "better" : "worse";
    return change > 0 ? "up" : "down";
}

// Cuts a quote at a word boundary near `maxChars` code points.
std::string cutQuote(std::string_view text, std::int64_t maxChars) {
    std::int64_t count = 0;
    std::size_t cut = text.size();
    std::size_t lastSpace = std::string_view::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte & 0xC0) == 0x80) continue; // a continuation byte
        if (count == maxChars) {
            cut = i;
            break;
        }
        if (byte == ' ' || byte == '\n') lastSpace = i;
        ++count;
    }
    if (cut == text.size()) return std::string(text);
    if (lastSpace != std::string_view::npos && lastSpace > cut / 2) cut = lastSpace;
    return std::string(text.substr(0, cut)) + "…";
}

std::string flattened(std::string text) {
    for (auto& c : text)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return text;
}

struct QuoteContext {
    privacy::PrivacyRules rules;
    std::map<std::int64_t, std::string> texts; // source id → text, read on demand
    privacy::PublicationTally tally;
};

std::vector<std::string> pickQuotes(store::Database& db, const Evidence& evidence, const CodedEvidence& coded,
                                    const std::set<std::int64_t>& linkedCodes,
                                    const SideBySideOptions& options, QuoteContext& context) {
    struct Candidate {
        double score;
        const store::CodedSpan* coding;
    };
    // Codes of the indicator applying to each span: how central the passage is to it.
    std::map<std::int64_t, std::vector<const store::CodedSpan*>> bySource;
    for (const auto* c : evidence.candidates)
        bySource[c->sourceId].push_back(c);
    std::vector<Candidate> ranked;
    for (const auto* c : evidence.candidates) {
        std::set<std::int64_t> codes;
        for (const auto* other : bySource[c->sourceId])
            if (other->start < c->end && c->start < other->end && linkedCodes.contains(other->codeId))
                codes.insert(other->codeId);
        const auto length = c->end - c->start;
        const double fit = length >= 60 && length <= 400 ? 1.0 : length >= 20 ? 0.5 : 0.0;
        ranked.push_back({static_cast<double>(codes.size()) + c->weight.value_or(0) + fit, c});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Candidate& a, const Candidate& b) {
        return a.score != b.score ? a.score > b.score : a.coding->id < b.coding->id;
    });
    std::vector<std::string> quotes;
    std::set<std::int64_t> usedSources;
    for (const auto& candidate : ranked) {
        if (static_cast<std::int64_t>(quotes.size()) >= options.quotes) break;
        const auto* c = candidate.coding;
        if (usedSources.contains(c->sourceId)) continue;
        // Candidates point into coded.codings, whose positions index casesOf.
        const auto& caseIds = coded.casesOf[static_cast<std::size_t>(c - coded.codings.data())];
        auto [text, fresh] = context.texts.try_emplace(c->sourceId);
        if (fresh) text->second = store::sourceText(db, c->sourceId);
        const auto published =
            privacy::publishSpan(context.rules, {c->sourceId, text->second, c->start, c->end, caseIds},
                                 options.includeIdentifying, context.tally);
        if (published.decision.disclosure == privacy::Disclosure::Withheld) continue;
        const auto quote = cutQuote(published.text, options.quoteChars);
        std::string who;
        if (published.decision.disclosure == privacy::Disclosure::Attributed) {
            for (const auto& name : published.attribution)
                who += (who.empty() ? "" : ", ") + name;
            who += ", " + (options.includeIdentifying
                               ? c->sourceName
                               : privacy::publishableLabel(context.rules, c->sourceName, c->sourceKind));
        } else {
            who = "anonymous, " + c->sourceKind;
        }
        quotes.push_back("“" + flattened(quote) + "” — " + who);
        usedSources.insert(c->sourceId);
    }
    return quotes;
}

} // namespace

Table indicatorSeries(store::Database& db, std::int64_t indicatorId) {
    Table table;
    table.title = "Indicator values by series and period";
    table.addColumn("series", ColumnKind::Text);
    table.addColumn("period", ColumnKind::Text);
    table.addColumn("value", ColumnKind::Decimal);
    table.addColumn("n", ColumnKind::Integer);
    for (const auto& series : valueSeries(store::listValues(db), indicatorId))
        for (const auto& point : series.points)
            table.rows.push_back({series.label, point.period, decimal(point.value),
                                  point.n ? Cell{*point.n} : Cell{std::monostate{}}});
    return table;
}

Table sideBySide(store::Database& db, const SideBySideOptions& options) {
    const auto tree = coding::CodeTree::load(db);
    const auto coded = loadEvidence(db, options.scope, true);
    const auto links = store::listLinks(db);
    const auto values = store::listValues(db);
    std::map<std::int64_t, store::IndicatorRow> nodes;
    for (auto& row : store::listIndicators(db))
        nodes.emplace(row.id, std::move(row));
    QuoteContext context;
    context.rules = store::loadPrivacyRules(db);

    std::int64_t sourcesTotal = 0;
    for (const auto& s : store::listSources(db))
        if (options.scope.sourceKind.empty() || s.kind == options.scope.sourceKind) ++sourcesTotal;
    const auto casesTotal = countCasesInScope(db, options.scope);

    Table table;
    table.title = "Indicators side by side with coded evidence";
    for (const char* name : {"indicator", "title", "codes"})
        table.addColumn(name, ColumnKind::Text);
    for (const char* name : {"codings", "sources", "sources_total", "cases", "cases_total", "passages"})
        table.addColumn(name, ColumnKind::Integer);
    table.addColumn("series", ColumnKind::Text);
    table.addColumn("periods", ColumnKind::Text);
    for (const char* name : {"first", "last", "change"})
        table.addColumn(name, ColumnKind::Decimal);
    table.addColumn("paired_n", ColumnKind::Integer);
    table.addColumn("paired_change", ColumnKind::Decimal);
    table.addColumn("trend", ColumnKind::Text);
    for (std::int64_t i = 1; i <= options.quotes; ++i)
        table.addColumn("quote_" + std::to_string(i), ColumnKind::Text);

    for (const auto id : options.indicatorIds) {
        const auto node = nodes.find(id);
        if (node == nodes.end()) continue;
        Evidence evidence;
        const auto codes = evidenceCodes(tree, links, nodes, id, evidence.codePaths);
        for (std::size_t i = 0; i < coded.codings.size(); ++i) {
            const auto& c = coded.codings[i];
            if (!codes.contains(c.codeId)) continue;
            ++evidence.codings;
            evidence.sources.insert(c.sourceId);
            evidence.cases.insert(coded.casesOf[i].begin(), coded.casesOf[i].end());
            evidence.passages.insert(coded.passagesOf[i].begin(), coded.passagesOf[i].end());
            evidence.candidates.push_back(&c);
        }
        auto quotes = pickQuotes(db, evidence, coded, codes, options, context);
        quotes.resize(static_cast<std::size_t>(options.quotes));
        std::string codeList;
        for (const auto& path : evidence.codePaths)
            codeList += (codeList.empty() ? "" : "; ") + path;
        const auto size = [](const auto& set) { return static_cast<std::int64_t>(set.size()); };
        const std::vector<Cell> evidenceCells{node->second.frameworkKey + ":" + node->second.ident,
                                              node->second.title,
                                              codeList,
                                              evidence.codings,
                                              size(evidence.sources),
                                              sourcesTotal,
                                              size(evidence.cases),
                                              casesTotal,
                                              size(evidence.passages)};
        auto series = valueSeries(values, id);
        if (series.empty()) series.emplace_back();
        for (const auto& s : series) {
            auto row = evidenceCells;
            if (s.points.empty()) {
                for (int i = 0; i < 8; ++i)
                    row.emplace_back(std::monostate{});
            } else {
                std::string periods;
                for (const auto& p : s.points)
                    periods += (periods.empty() ? "" : "; ") + p.period + ": " + formatValue(p.value) +
                               (p.n ? " (n = " + std::to_string(*p.n) + ")" : "");
                const double first = s.points.front().value, last = s.points.back().value;
                row.emplace_back(s.label);
                row.emplace_back(periods);
                row.emplace_back(first);
                row.emplace_back(last);
                if (s.points.size() >= 2) {
                    row.emplace_back(last - first);
                } else {
                    row.emplace_back(std::monostate{});
                }
                if (s.pairedN) {
                    row.emplace_back(*s.pairedN);
                } else {
                    row.emplace_back(std::monostate{});
                }
                row.emplace_back(s.pairedChange ? decimal(*s.pairedChange) : Cell{});
                row.emplace_back(s.points.size() >= 2 ? Cell{trend(node->second.direction, last - first)}
                                                      : Cell{});
            }
            for (const auto& quote : quotes)
                row.emplace_back(quote.empty() ? Cell{} : Cell{quote});
            table.rows.push_back(std::move(row));
        }
    }
    table.notes.push_back(
        "Evidence: codings of the codes linked to the indicator or to a domain or group above it, "
        "with their sub-codes. A coding belongs to the cases of the linked speakers whose turns "
        "it overlaps, else to its source's cases.");
    table.notes.push_back(
        "Series: the project or area, each group, and the cases together (their mean, n = cases "
        "with a value). Change is last minus first period; paired change is the mean change of "
        "the cases with values in both.");
    addPublicationNotes(table, context.tally, options.includeIdentifying);
    if (options.tally) options.tally->add(context.tally);
    return table;
}

} // namespace cairn::analysis
