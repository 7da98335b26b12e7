#include "search/filter_sql.h"

#include "coding/code_tree.h"
#include "common/error.h"
#include "search/query_error.h"
#include "store/case_store.h"
#include "store/source_store.h"

#include <cmath>
#include <cstdlib>

namespace cairn::search {

namespace {

[[noreturn]] void fail(std::string_view query, const Filter& f, const std::string& reason) {
    throw QueryError::atCharacter(query, f.valuePosition, reason);
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out.append(out.empty() ? "" : ", ").append(item);
    return out;
}

std::string placeholders(std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i)
        out += i ? ", ?" : "?";
    return out;
}

SqlFragment inList(const std::string& prefix, const std::vector<std::int64_t>& values,
                   const std::string& suffix) {
    SqlFragment f{prefix + placeholders(values.size()) + suffix, {}};
    for (const auto v : values)
        f.params.emplace_back(v);
    return f;
}

// The cases a passage belongs to: through its source (case_sources) or through its speaker.
constexpr const char* kPassageCases =
    "(SELECT case_id FROM case_sources WHERE source_id = p.source_id "
    "UNION SELECT case_id FROM speakers WHERE id = p.speaker_id AND case_id IS NOT NULL)";

SqlFragment kindPredicate(std::string_view query, const Filter& f) {
    if (!store::isSourceKind(f.value))
        fail(query, f, "unknown kind '" + f.value + "' {at}; use one of: " + joined(store::sourceKinds()));
    return {"s.kind = ?", {f.value}};
}

SqlFragment casePredicate(store::Database& db, std::string_view query, const Filter& f) {
    const auto cases = namedIds(db, "cases", f.value);
    if (cases.empty()) fail(query, f, "no case is named '" + f.value + "' {at}; `cairn cases` lists them");
    SqlFragment out =
        inList("(p.source_id IN (SELECT source_id FROM case_sources WHERE case_id IN (", cases, "))");
    out += inList(" OR p.speaker_id IN (SELECT id FROM speakers WHERE case_id IN (", cases, ")))");
    return out;
}

SqlFragment speakerPredicate(store::Database& db, std::string_view query, const Filter& f) {
    auto stmt = db.prepare("SELECT 1 FROM speakers WHERE name = ? COLLATE NOCASE LIMIT 1");
    stmt.bind(1, f.value);
    if (!stmt.step()) fail(query, f, "no speaker is named '" + f.value + "' {at} in any source");
    return {"p.speaker_id IN (SELECT id FROM speakers WHERE name = ? COLLATE NOCASE)", {f.value}};
}

SqlFragment langPredicate(std::string_view query, const Filter& f) {
    if (f.value.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") !=
            std::string::npos ||
        f.value.front() == '-')
        fail(query, f, "'" + f.value + "' {at} is not a language tag; use one such as cy, ar, fa-AF or ps");
    return {"(p.lang = ? COLLATE NOCASE OR p.lang LIKE ?)", {f.value, f.value + "-%"}};
}

SqlFragment sourcePredicate(store::Database& db, std::string_view query, const Filter& f) {
    const auto sources = namedIds(db, "sources", f.value);
    if (sources.empty())
        fail(query, f,
             "no source is named or has the GUID '" + f.value + "' {at}; `cairn sources` lists them");
    return inList("p.source_id IN (", sources, ")");
}

std::optional<double> number(const std::string& text) {
    if (text.empty()) return std::nullopt;
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

SqlFragment attrPredicate(store::Database& db, std::string_view query, const Node& node) {
    const Filter& f = node.filter;
    const auto attribute = store::findAttribute(db, f.attribute);
    if (!attribute) {
        std::vector<std::string> names;
        for (const auto& a : store::listAttributes(db))
            names.push_back(a.name);
        throw QueryError::atCharacter(query, node.position + 5, // after "attr:"
                                      "no attribute is named '" + f.attribute + "' {at}" +
                                          (names.empty()
                                               ? "; the project has none yet"
                                               : "; the project's attributes are: " + joined(names)));
    }
    const std::string op = comparisonText(f.comparison);
    SqlFragment out{"EXISTS (SELECT 1 FROM case_values cv WHERE cv.attribute_id = ? AND cv.case_id IN " +
                        std::string(kPassageCases) + " AND ",
                    {attribute->id}};
    const auto& type = attribute->type;
    if (type == "integer" || type == "decimal") {
        const auto value = number(f.value);
        if (!value)
            fail(query, f,
                 "attribute '" + f.attribute + "' holds numbers; '" + f.value + "' {at} is not one");
        out += SqlFragment{"cv.value " + op + " ?)", {*value}};
    } else if (type == "boolean") {
        if (f.comparison != Comparison::Equal && f.comparison != Comparison::NotEqual)
            fail(query, f, "attribute '" + f.attribute + "' is true or false; compare it with = or != {at}");
        if (f.value != "true" && f.value != "false")
            fail(query, f, "attribute '" + f.attribute + "' is true or false, not '" + f.value + "' {at}");
        out += SqlFragment{"cv.value " + op + " ?)", {std::int64_t{f.value == "true"}}};
    } else {
        // Text and ISO dates compare as text; the column's numeric affinity must not turn "2020" into 2020.
        const char* collation = type == "text" ? " COLLATE NOCASE" : "";
        out += SqlFragment{"CAST(cv.value AS TEXT) " + op + " ?" + collation + ")", {f.value}};
    }
    return out;
}

SqlFragment codePredicate(store::Database& db, std::string_view query, const Filter& f) {
    const auto tree = coding::CodeTree::load(db);
    std::optional<std::int64_t> id;
    try {
        id = tree.findGuid(f.value);
        if (!id) id = tree.findPath(f.value);
    } catch (const InvalidInput& error) {
        fail(query, f, std::string(error.what()) + " {at}");
    }
    if (!id)
        fail(query, f,
             "no code has the path or GUID '" + f.value + "' {at}; `cairn codebook P list` shows the paths");
    // A passage matches when a coding of the code, or of one of its sub-codes, overlaps it.
    return inList("EXISTS (SELECT 1 FROM codings g WHERE g.source_id = p.source_id AND g.cp_start < p.cp_end "
                  "AND g.cp_end > p.cp_start AND g.code_id IN (",
                  tree.subtree(*id), "))");
}

} // namespace

// The ids a name or GUID selects: exact first, then ignoring case, so "participant 7" still works
// while two cases differing only in case stay distinct.
std::vector<std::int64_t> namedIds(store::Database& db, const std::string& table, const std::string& value) {
    for (const char* match : {"guid = ?1 COLLATE NOCASE OR name = ?1", "name = ?1 COLLATE NOCASE"}) {
        auto stmt = db.prepare("SELECT id FROM " + table + " WHERE " + match + " ORDER BY id");
        stmt.bind(1, value);
        std::vector<std::int64_t> found;
        while (stmt.step())
            found.push_back(stmt.getInt(0));
        if (!found.empty()) return found;
    }
    return {};
}

SqlFragment filterPredicate(store::Database& db, std::string_view query, const Node& node) {
    const Filter& f = node.filter;
    switch (f.kind) {
    case FilterKind::Kind:
        return kindPredicate(query, f);
    case FilterKind::Case:
        return casePredicate(db, query, f);
    case FilterKind::Speaker:
        return speakerPredicate(db, query, f);
    case FilterKind::Lang:
        return langPredicate(query, f);
    case FilterKind::Source:
        return sourcePredicate(db, query, f);
    case FilterKind::Attr:
        return attrPredicate(db, query, node);
    case FilterKind::Code:
        return codePredicate(db, query, f);
    }
    throw QueryError::atCharacter(query, node.position, "unknown filter {at}");
}

} // namespace cairn::search
