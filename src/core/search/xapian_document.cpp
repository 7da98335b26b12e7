#include "search/xapian_document.h"

#include "store/sqlite.h"
#include "text/analyser.h"

#include <charconv>
#include <cstdlib>
#include <map>
#include <set>

namespace cairn::search::xdoc {

namespace {

std::string joined(const std::set<std::string>& values) {
    std::string out;
    for (const auto& v : values) {
        if (!out.empty()) out += kFacetSeparator;
        out += v;
    }
    return out;
}

// Eight bytes, most significant first, so that values sort as the (non-negative) numbers do: a fifth of
// the twenty decimal digits this used to take, in two slots of every document.
std::string bigEndian(std::int64_t n) {
    std::string out(8, '\0');
    auto u = static_cast<std::uint64_t>(n);
    for (int i = 7; i >= 0; --i, u >>= 8)
        out[static_cast<std::size_t>(i)] = static_cast<char>(u & 0xff);
    return out;
}

} // namespace

bool isFilterTerm(std::string_view term) {
    return term.size() >= 2 && term[0] == 'X' && term[1] >= 'A' && term[1] <= 'Z';
}

bool isSpellingWord(std::string_view term) {
    if (term.empty() || term.front() == '\x01' || isFilterTerm(term)) return false;
    for (const char c : term)
        if (c < '0' || c > '9') return true;
    return false;
}

std::string asciiLower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string attrValueTerm(std::int64_t attributeId, const std::string& type, const std::string& value) {
    std::string term = std::string(kAttr) + std::to_string(attributeId) + ":";
    if (type == "integer" || type == "decimal" || type == "boolean") {
        char* end = nullptr;
        const double number = std::strtod(value.c_str(), &end);
        char buffer[32];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
        return term + std::string(buffer, result.ptr);
    }
    if (type == "text") return term + asciiLower(value);
    return term + value; // dates as ISO text
}

struct DocumentReader::Statements {
    store::Statement passage, cases, codes, attrs;
    text::Analyser analyser;
};

namespace {

constexpr const char* kPassageCases =
    "SELECT case_id FROM case_sources WHERE source_id = ?1 "
    "UNION SELECT case_id FROM speakers WHERE id = ?2 AND case_id IS NOT NULL";

} // namespace

DocumentReader::DocumentReader(store::Database& db)
    : m_statements(new Statements{
          db.prepare("SELECT p.text, p.lang, p.source_id, p.speaker_id, p.idx, s.kind, s.name, "
                     "s.created_at, sp.name, p.cp_start, p.cp_end FROM passages p CROSS JOIN sources s ON "
                     "s.id = p.source_id "
                     "LEFT JOIN speakers sp ON sp.id = p.speaker_id WHERE p.id = ?"),
          db.prepare(kPassageCases),
          db.prepare("SELECT DISTINCT code_id FROM codings WHERE source_id = ? AND cp_start < ? AND "
                     "cp_end > ?"),
          db.prepare(std::string("SELECT cv.attribute_id, a.type, CASE WHEN a.type IN ('integer', 'decimal', "
                                 "'boolean') THEN CAST(cv.value AS REAL) ELSE CAST(cv.value AS TEXT) END, "
                                 "CAST(cv.value AS TEXT) FROM case_values cv CROSS JOIN attributes a ON "
                                 "a.id = cv.attribute_id WHERE cv.case_id IN (") +
                     kPassageCases + ")"),
          text::Analyser{}}) {}

DocumentReader::~DocumentReader() = default;

std::optional<Xapian::Document> DocumentReader::read(std::int64_t id) {
    auto& s = *m_statements;
    s.passage.bind(1, id);
    if (!s.passage.step()) {
        s.passage.reset();
        return std::nullopt;
    }
    // No document data: the docid is the passage id, and everything shown for a hit is read from the
    // project, so a stored copy of the GUID would only make the index bigger.
    Xapian::Document doc;
    const std::string text = s.passage.getText(0);
    const std::string lang = s.passage.getText(1);
    const std::int64_t sourceId = s.passage.getInt(2);
    const auto speakerId = s.passage.getOptionalInt(3);
    const std::int64_t index = s.passage.getInt(4);
    const std::string kind = s.passage.getText(5);
    const std::string sourceName = s.passage.getText(6);
    const std::string date = s.passage.getText(7);
    const std::string speaker = s.passage.isNull(8) ? std::string() : s.passage.getText(8);
    const std::int64_t cpStart = s.passage.getInt(9);
    const std::int64_t cpEnd = s.passage.getInt(10);
    s.passage.reset();

    s.analyser.analyse(text, lang, [&](const text::Token& t) {
        doc.add_posting(t.term, static_cast<Xapian::termpos>(t.position) + 1);
        return true;
    });

    const std::string langLower = asciiLower(lang);
    doc.add_boolean_term(std::string(kKind) + kind);
    doc.add_boolean_term(std::string(kLang) + langLower);
    for (auto dash = langLower.find('-'); dash != std::string::npos; dash = langLower.find('-', dash + 1))
        doc.add_boolean_term(std::string(kLang) + langLower.substr(0, dash));
    doc.add_boolean_term(std::string(kSource) + std::to_string(sourceId));
    if (!speaker.empty()) doc.add_boolean_term(std::string(kSpeaker) + asciiLower(speaker));

    const std::string order = bigEndian(sourceId) + bigEndian(index);
    doc.add_value(kSlotSource, sourceName + '\0' + order);
    doc.add_value(kSlotDate, date + '\0' + order);
    doc.add_value(kSlotKind, kind);
    doc.add_value(kSlotLang, lang);

    std::set<std::string> cases;
    s.cases.bind(1, sourceId).bind(2, speakerId.value_or(0));
    while (s.cases.step()) {
        cases.insert(std::to_string(s.cases.getInt(0)));
        doc.add_boolean_term(std::string(kCase) + std::to_string(s.cases.getInt(0)));
    }
    s.cases.reset();
    if (!cases.empty()) doc.add_value(kSlotCases, joined(cases));

    std::set<std::string> codes;
    s.codes.bind(1, sourceId).bind(2, cpEnd).bind(3, cpStart);
    while (s.codes.step()) {
        codes.insert(std::to_string(s.codes.getInt(0)));
        doc.add_boolean_term(std::string(kCode) + std::to_string(s.codes.getInt(0)));
    }
    s.codes.reset();
    if (!codes.empty()) doc.add_value(kSlotCodes, joined(codes));

    std::map<std::int64_t, std::set<std::string>> attrs;
    s.attrs.bind(1, sourceId).bind(2, speakerId.value_or(0));
    while (s.attrs.step()) {
        const std::int64_t attribute = s.attrs.getInt(0);
        const std::string type = s.attrs.getText(1);
        const std::string value = s.attrs.getText(2);
        doc.add_boolean_term(attrValueTerm(attribute, type, value));
        attrs[attribute].insert(s.attrs.getText(3));
    }
    s.attrs.reset();
    for (const auto& [attribute, values] : attrs)
        doc.add_value(kSlotAttrBase + static_cast<Xapian::valueno>(attribute), joined(values));
    return doc;
}

} // namespace cairn::search::xdoc
