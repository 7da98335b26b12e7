#pragma once
// frameworks, indicators, indicator_values, indicator_links and indicator_mappings (migration 004 has
// the design note). Rows and single changes; project/indicators.cpp resolves names and runs each
// user action in one store::Edit. Framework and link changes log an op each; a batch of values logs
// one op for the batch, so importing 10,000 values does not write 10,000 log records.

#include "store/sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cairn::store {

class ProjectFile;

struct FrameworkRow {
    std::int64_t id = 0;
    std::string guid;
    std::string key;
    std::string name;
    std::string publisher;
    std::string version;
    std::string url;
    std::string description;
    std::int64_t nodes = 0; // groups, domains and indicators
};

struct IndicatorRow {
    std::int64_t id = 0;
    std::string guid;
    std::int64_t frameworkId = 0;
    std::string frameworkKey;
    std::optional<std::int64_t> parentId;
    std::string ident;
    std::string kind;
    std::string title;
    std::string definition;
    std::string unit;
    std::string direction;
    std::string breakdowns;
    std::string source;
    std::int64_t position = 0;
};

struct IndicatorValueRow {
    std::int64_t id = 0;
    std::string guid;
    std::int64_t indicatorId = 0;
    std::string scope; // project, case, group
    std::optional<std::int64_t> caseId;
    std::string caseName;
    std::string groupLabel;
    std::string period;
    std::string periodStart;
    std::string periodEnd;
    std::string breakdown;
    double value = 0;
    std::optional<std::int64_t> n;
    std::string source;
};

struct IndicatorLinkRow {
    std::int64_t id = 0;
    std::int64_t codeId = 0;
    std::int64_t indicatorId = 0;
    std::string rationale;
    bool shipped = false;
};

struct IndicatorMappingRow {
    std::int64_t fromId = 0;
    std::int64_t toId = 0;
    std::string relation;
    std::string note;
};

std::vector<FrameworkRow> listFrameworks(Database& db);
std::optional<FrameworkRow> findFramework(Database& db, const std::string& key);
/// Inserts a framework, or updates the fields of the one with the same key. Returns its id.
std::int64_t saveFramework(ProjectFile& project, Transaction& txn, const FrameworkRow& framework);
/// Deletes a framework with its indicators, their values, links and mappings.
void deleteFramework(ProjectFile& project, Transaction& txn, std::int64_t frameworkId);

/// Indicators of one framework (or every framework), frameworks in key order, each framework's nodes
/// parents first and siblings by position.
std::vector<IndicatorRow> listIndicators(Database& db,
                                         std::optional<std::int64_t> frameworkId = std::nullopt);
std::optional<IndicatorRow> findIndicator(Database& db, std::int64_t frameworkId, const std::string& ident);

enum class SaveOutcome { Added, Updated, Unchanged };
/// Inserts a node, or updates the one with the same framework and ident (by id in `node`, when set,
/// else by ident). Sets node.id.
SaveOutcome saveIndicator(ProjectFile& project, Transaction& txn, IndicatorRow& node);

/// Inserts or replaces the value for the same indicator, scope, period and breakdown.
SaveOutcome saveValue(Transaction& txn, const IndicatorValueRow& value);

struct ValueFilter {
    std::optional<std::int64_t> indicatorId;
    std::optional<std::int64_t> frameworkId;
    std::string scope; // project, case, group; "" any
    std::optional<std::int64_t> caseId;
    std::string groupLabel;
    std::string period;
};
/// Values in framework, indicator, scope and period order (dated periods by start, labels after
/// them in the order first recorded).
std::vector<IndicatorValueRow> listValues(Database& db, const ValueFilter& filter = {});
std::int64_t deleteValues(Transaction& txn, const ValueFilter& filter);

/// Logs one op for a batch of value changes ("import-values", "delete-values").
void logValueBatch(ProjectFile& project, Transaction& txn, const std::string& op, const std::string& what,
                   std::int64_t added, std::int64_t updated, std::int64_t removed);

/// Adds a link, or updates its rationale. Returns false when it was there with the same rationale.
bool saveLink(ProjectFile& project, Transaction& txn, std::int64_t codeId, std::int64_t indicatorId,
              const std::string& rationale, bool shipped);
/// Removes a link; false when there was none.
bool deleteLink(ProjectFile& project, Transaction& txn, std::int64_t codeId, std::int64_t indicatorId);
std::vector<IndicatorLinkRow> listLinks(Database& db);

bool saveMapping(ProjectFile& project, Transaction& txn, const IndicatorMappingRow& mapping);
std::vector<IndicatorMappingRow> listMappings(Database& db);

} // namespace cairn::store
