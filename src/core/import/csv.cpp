#include "import/csv.h"

#include "common/error.h"

#include <map>

namespace cairn::import {
namespace {

struct Record {
    std::vector<std::string> fields;
    std::int64_t line = 0;       // 1-based line where the record starts
    std::int64_t byteOffset = 0; // where it starts in the input
};

// Reads one record at a time, so detection can look at the first few without reading the file.
class Tokenizer {
public:
    Tokenizer(std::string_view text, char separator) : m_text(text), m_sep(separator) {}

    // False at the end of input. On an unterminated quote, sets openQuoteLine()/openQuoteOffset()
    // and returns false.
    bool next(Record& record) {
        for (;;) {
            if (m_pos >= m_text.size()) return false;
            if (!readRecord(record)) return false;
            // A blank line is one empty field; skipping it keeps trailing newlines harmless.
            if (!(record.fields.size() == 1 && record.fields[0].empty() && !m_lastFieldQuoted)) return true;
        }
    }

    std::optional<std::int64_t> openQuoteLine() const { return m_openQuoteLine; }
    std::int64_t openQuoteOffset() const { return m_openQuoteOffset; }

private:
    bool readRecord(Record& record) {
        record.fields.assign(1, std::string());
        record.line = m_line;
        record.byteOffset = static_cast<std::int64_t>(m_pos);
        m_lastFieldQuoted = false;
        bool fieldStart = true;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (fieldStart && c == '"') {
                if (!readQuoted(record.fields.back())) return false;
                m_lastFieldQuoted = true;
                fieldStart = false;
            } else if (c == m_sep) {
                ++m_pos;
                record.fields.emplace_back();
                m_lastFieldQuoted = false;
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                skipLineEnd();
                return true;
            } else {
                record.fields.back() += c;
                ++m_pos;
                fieldStart = false;
            }
        }
        return true;
    }

    // At an opening quote: reads to the closing one, turning "" into " and any line end into LF.
    bool readQuoted(std::string& field) {
        m_openQuoteLine = m_line;
        m_openQuoteOffset = static_cast<std::int64_t>(m_pos);
        ++m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                    field += '"';
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                m_openQuoteLine.reset();
                return true;
            }
            if (c == '\n' || c == '\r') {
                skipLineEnd();
                field += '\n';
                continue;
            }
            field += c;
            ++m_pos;
        }
        return false; // m_openQuoteLine stays set
    }

    void skipLineEnd() {
        if (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') ++m_pos;
        ++m_pos;
        ++m_line;
    }

    std::string_view m_text;
    char m_sep;
    std::size_t m_pos = 0;
    std::int64_t m_line = 1;
    bool m_lastFieldQuoted = false;
    std::optional<std::int64_t> m_openQuoteLine;
    std::int64_t m_openQuoteOffset = 0;
};

// The separator that splits the first records into the same number of fields, preferring more
// fields: a ';' file with commas in its answers still splits consistently only on ';'. When none
// splits consistently into several columns (a ragged row early on), the one that splits the header
// most, so the error that follows names the wrong row; a one-column file keeps its commas.
char detectSeparator(std::string_view text) {
    constexpr std::size_t kSampleRecords = 50;
    char bestConsistent = 0, bestHeader = ',', singleColumn = 0;
    std::size_t consistentColumns = 1, headerColumns = 0;
    for (const char candidate : {',', ';', '\t'}) {
        Tokenizer tokenizer(text, candidate);
        Record record;
        std::size_t columns = 0;
        bool consistent = true;
        for (std::size_t n = 0; n < kSampleRecords && tokenizer.next(record); ++n) {
            if (n == 0) columns = record.fields.size();
            consistent = consistent && record.fields.size() == columns;
        }
        if (consistent && columns > consistentColumns) {
            bestConsistent = candidate;
            consistentColumns = columns;
        }
        if (consistent && columns == 1 && !singleColumn) singleColumn = candidate;
        if (columns > headerColumns) {
            bestHeader = candidate;
            headerColumns = columns;
        }
    }
    if (bestConsistent) return bestConsistent;
    if (headerColumns > 1 || !singleColumn) return bestHeader;
    return singleColumn;
}

std::string trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

void checkHeader(const std::vector<std::string>& header) {
    std::vector<std::string> unnamed;
    std::map<std::string, std::vector<std::size_t>> columnsByName;
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i].empty())
            unnamed.push_back(std::to_string(i + 1));
        else
            columnsByName[header[i]].push_back(i + 1);
    }
    const auto join = [](const std::vector<std::string>& items) {
        std::string out;
        for (const auto& item : items)
            out += (out.empty() ? "" : ", ") + item;
        return out;
    };
    if (!unnamed.empty())
        throw InvalidInput("the CSV header has no name for column " + join(unnamed) +
                           "; every column needs a unique name");
    std::vector<std::string> duplicates;
    for (const auto& [name, columns] : columnsByName) {
        if (columns.size() < 2) continue;
        std::vector<std::string> numbers;
        for (const auto c : columns)
            numbers.push_back(std::to_string(c));
        duplicates.push_back("\"" + name + "\" (columns " + join(numbers) + ")");
    }
    if (!duplicates.empty())
        throw InvalidInput("the CSV header repeats column names: " + join(duplicates) +
                           "; every column needs a unique name");
}

} // namespace

CsvTable parseCsv(std::string_view utf8, std::optional<char> separator) {
    if (utf8.starts_with("\xEF\xBB\xBF")) utf8.remove_prefix(3);
    CsvTable table;
    table.separator = separator ? *separator : detectSeparator(utf8);
    Tokenizer tokenizer(utf8, table.separator);
    Record record;
    const auto unterminated = [&] {
        if (const auto line = tokenizer.openQuoteLine())
            throw InvalidInput(
                "the CSV file has a quoted field that is never closed: the quote opens on line " +
                    std::to_string(*line),
                {}, tokenizer.openQuoteOffset());
    };

    if (!tokenizer.next(record)) {
        unterminated();
        throw InvalidInput("the CSV file is empty");
    }
    for (const auto& name : record.fields)
        table.header.push_back(trimmed(name));
    checkHeader(table.header);

    while (tokenizer.next(record)) {
        if (record.fields.size() != table.header.size())
            throw InvalidInput("line " + std::to_string(record.line) + " of the CSV file has " +
                                   std::to_string(record.fields.size()) + " fields, but the header has " +
                                   std::to_string(table.header.size()),
                               {}, record.byteOffset);
        table.rows.push_back(std::move(record.fields));
        table.rowLines.push_back(record.line);
    }
    unterminated();
    return table;
}

} // namespace cairn::import
