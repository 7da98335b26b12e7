#include "project/indicator_names.h"

#include "common/error.h"
#include "common/file_io.h"
#include "import/csv.h"
#include "import/limits.h"
#include "indicators/value_fields.h"
#include "text/charset.h"
#include "text/normalize.h"

#include <algorithm>
#include <cctype>

namespace cairn::project::detail {

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string refOf(const store::IndicatorRow& row) {
    return row.frameworkKey + ":" + row.ident;
}

std::string readUtf8Csv(const std::string& path) {
    const auto bytes =
        readInputFile(path, import::kMaxSourceBytes, "Split the file into parts and import each");
    try {
        return text::canonicalText(text::decodeBytes(bytes, "", path).utf8);
    } catch (const InvalidInput& e) {
        if (!e.file().empty()) throw;
        throw InvalidInput(e.what(), path, e.byteOffset());
    }
}

IndicatorIndex::IndicatorIndex(store::Database& db) : m_rows(store::listIndicators(db)) {
    for (const auto& f : store::listFrameworks(db))
        m_frameworks.insert(f.key);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_byRef[refOf(m_rows[i])] = i;
        m_byIdent[m_rows[i].ident].push_back(i);
        m_byTitle[lowered(m_rows[i].title)].push_back(i);
    }
}

const store::IndicatorRow& IndicatorIndex::resolve(const std::string& text,
                                                   const std::string& framework) const {
    if (!framework.empty() && !hasFramework(framework))
        throw NotFound("no framework with the key '" + framework + "'; `cairn indicators P list` shows them");
    if (const auto colon = text.find(':');
        colon != std::string::npos && hasFramework(text.substr(0, colon))) {
        if (const auto found = m_byRef.find(text); found != m_byRef.end()) return m_rows[found->second];
        try {
            return resolve(text.substr(colon + 1), text.substr(0, colon));
        } catch (const NotFound&) {
            throw NotFound("no indicator '" + text + "'; `cairn indicators P list` shows them, named KEY:ID");
        }
    }
    for (const auto* index : {&m_byIdent, &m_byTitle}) {
        const auto found = index->find(index == &m_byTitle ? lowered(text) : text);
        if (found == index->end()) continue;
        std::vector<std::size_t> matches;
        for (const auto i : found->second)
            if (framework.empty() || m_rows[i].frameworkKey == framework) matches.push_back(i);
        if (matches.size() == 1) return m_rows[matches.front()];
        if (matches.size() > 1) {
            std::string refs;
            for (const auto i : matches)
                refs += (refs.empty() ? "" : ", ") + refOf(m_rows[i]);
            throw InvalidInput("'" + text + "' names more than one indicator (" + refs +
                               "); write KEY:ID to say which");
        }
    }
    throw NotFound("no indicator '" + text + "'" + (framework.empty() ? "" : " in framework " + framework) +
                   "; `cairn indicators P list` shows them, named KEY:ID");
}

CaseIndex::CaseIndex(store::Database& db) {
    for (const auto& c : store::listCases(db)) {
        m_byName.emplace(c.name, std::pair{c.id, c.name});
        m_byGuid.emplace(lowered(c.guid), std::pair{c.id, c.name});
    }
}

std::pair<std::int64_t, std::string> CaseIndex::resolve(const std::string& nameOrGuid) const {
    if (const auto found = m_byName.find(nameOrGuid); found != m_byName.end()) return found->second;
    if (const auto found = m_byGuid.find(lowered(nameOrGuid)); found != m_byGuid.end()) return found->second;
    throw NotFound("no case named '" + nameOrGuid + "'");
}

analysis::Table csvAsTable(const std::string& title, const std::string& csv) {
    const auto parsed = import::parseCsv(csv, ',');
    analysis::Table table;
    table.title = title;
    std::vector<bool> numeric;
    for (const auto& name : parsed.header) {
        table.addColumn(name, analysis::ColumnKind::Text);
        bool isPeriod = false;
        try {
            isPeriod = !indicators::parsePeriod(name).start.empty();
        } catch (const InvalidInput&) {
        }
        numeric.push_back(name == "value" || name == "n" || isPeriod);
    }
    for (const auto& row : parsed.rows) {
        std::vector<analysis::Cell> cells;
        for (std::size_t i = 0; i < row.size(); ++i) {
            const auto number = numeric[i] ? indicators::parseNumber(row[i]) : std::nullopt;
            if (row[i].empty())
                cells.emplace_back(std::monostate{});
            else if (number)
                cells.emplace_back(*number);
            else
                cells.emplace_back(row[i]);
        }
        table.rows.push_back(std::move(cells));
    }
    return table;
}

} // namespace cairn::project::detail
