#pragma once
// Name resolution shared by the indicator operations of Project (frameworks and links in
// indicators.cpp, values in indicator_values.cpp): each index is read once per operation, so a
// 10,000-row values file resolves without a query per row. Internal to project/.

#include "analysis/table.h"
#include "store/case_store.h"
#include "store/indicator_store.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace cairn::project::detail {

std::string lowered(std::string text);

/// "KEY:IDENT", the name users write for an indicator.
std::string refOf(const store::IndicatorRow& row);

/// A CSV file's text, decoded from whatever charset it is in and normalised.
std::string readUtf8Csv(const std::string& path);

// Every node, indexed the ways a user may name one.
class IndicatorIndex {
public:
    explicit IndicatorIndex(store::Database& db);

    bool hasFramework(const std::string& key) const { return m_frameworks.contains(key); }

    /// The node `text` names: "KEY:IDENT", or an id or title (in `framework` when given).
    const store::IndicatorRow& resolve(const std::string& text, const std::string& framework = {}) const;

    const std::vector<store::IndicatorRow>& rows() const { return m_rows; }

private:
    std::vector<store::IndicatorRow> m_rows;
    std::set<std::string> m_frameworks;
    std::map<std::string, std::size_t> m_byRef;
    std::map<std::string, std::vector<std::size_t>> m_byIdent;
    std::map<std::string, std::vector<std::size_t>> m_byTitle;
};

// The project's cases by name and GUID: a 90,000-row values file names a case on every row.
class CaseIndex {
public:
    explicit CaseIndex(store::Database& db);
    /// The case's id and name; NotFound when no case has that name or GUID.
    std::pair<std::int64_t, std::string> resolve(const std::string& nameOrGuid) const;

private:
    std::map<std::string, std::pair<std::int64_t, std::string>> m_byName, m_byGuid;
};

// Tallies a save into whichever result has added, updated and unchanged counts.
template <typename Result> void count(Result& result, store::SaveOutcome outcome) {
    switch (outcome) {
    case store::SaveOutcome::Added:
        ++result.added;
        break;
    case store::SaveOutcome::Updated:
        ++result.updated;
        break;
    case store::SaveOutcome::Unchanged:
        ++result.unchanged;
        break;
    }
}

/// The spreadsheet form of a CSV the indicator exports write: the same columns and rows, numbers as
/// numbers (values, n, and the period columns of the wide form).
analysis::Table csvAsTable(const std::string& title, const std::string& csv);

} // namespace cairn::project::detail
