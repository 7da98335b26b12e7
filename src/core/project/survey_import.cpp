// Project::importSurvey: a survey export (CSV, one row a respondent) becomes
//   - one case per row, named by the id column, with one typed attribute per other column
//     (types inferred over the whole column, overridable), empty cells left unset;
//   - one source per non-empty open answer (the chosen text columns), linked to its case, named
//     "<respondent> — <column>", so answers are searchable, codable passages.
// The whole file is one transaction: an error in row 4,000 leaves nothing behind.

#include "common/clock.h"
#include "common/error.h"
#include "common/file_io.h"
#include "common/hash.h"
#include "import/csv.h"
#include "import/limits.h"
#include "import/plain_text.h"
#include "import/survey_table.h"
#include "project/project.h"
#include "store/edit_log.h"
#include "store/ops_log.h"
#include "text/charset.h"
#include "text/language.h"
#include "text/normalize.h"
#include "text/utf.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace cairn::project {

namespace fs = std::filesystem;

namespace {

std::string readCsvFile(const std::string& path) {
    return readInputFile(path, import::kMaxSourceBytes, "Split the survey export into parts and import each");
}

std::size_t columnIndex(const import::CsvTable& table, const std::string& name, const std::string& path) {
    const auto it = std::find(table.header.begin(), table.header.end(), name);
    if (it == table.header.end()) {
        std::string columns;
        for (const auto& h : table.header)
            columns += (columns.empty() ? "" : ", ") + h;
        throw InvalidInput("no column named '" + name + "'; the columns are: " + columns, path);
    }
    return static_cast<std::size_t>(it - table.header.begin());
}

} // namespace

SurveyPreview Project::previewSurvey(const std::string& path, const std::string& encoding,
                                     const CancelToken* cancel) {
    const auto checkCancel = [cancel] {
        if (cancel) cancel->throwIfCancelled();
    };
    import::CsvTable table;
    try {
        const auto decoded = text::decodeBytes(readCsvFile(path), encoding, path);
        checkCancel();
        auto canonical = text::canonicalText(decoded.utf8);
        checkCancel();
        table = import::parseCsv(canonical);
        checkCancel();
    } catch (const InvalidInput& e) {
        if (!e.file().empty()) throw;
        throw InvalidInput(e.what(), path, e.byteOffset());
    }
    SurveyPreview preview;
    preview.rows = static_cast<std::int64_t>(table.rows.size());
    for (const auto& column : import::inferColumns(table))
        preview.columns.push_back({column.name, std::string(import::valueTypeName(column.type)),
                                   column.missing, column.looksLikeOpenAnswer});
    return preview;
}

SurveyResult Project::importSurvey(const SurveyRequest& request, const ProgressFn& progress,
                                   const CancelToken* cancel) {
    const auto bytes = readCsvFile(request.path);
    const auto sha = sha256Hex(bytes);
    if (!request.allowDuplicate) {
        auto same =
            m_file->db().prepare("SELECT original_name, imported_at FROM imported_files WHERE sha256 = ?");
        same.bind(1, sha);
        if (same.step())
            throw DuplicateInput("this survey export was already imported (as " + same.getText(0) + " on " +
                                     same.getText(1) + "); use --allow-duplicate to import it again",
                                 request.path);
    }
    import::CsvTable table;
    try {
        const auto decoded = text::decodeBytes(bytes, request.encoding, request.path);
        table = import::parseCsv(text::canonicalText(decoded.utf8));
    } catch (const InvalidInput& e) {
        if (!e.file().empty()) throw;
        throw InvalidInput(e.what(), request.path, e.byteOffset());
    }
    const auto idIndex = columnIndex(table, request.idColumn, request.path);
    std::set<std::size_t> textIndexes;
    for (const auto& c : request.textColumns)
        textIndexes.insert(columnIndex(table, c, request.path));
    if (textIndexes.count(idIndex))
        throw InvalidInput("the id column cannot also be an open-answer column", request.path);

    auto columns = import::inferColumns(table);
    for (const auto& [column, type] : request.types)
        columns[columnIndex(table, column, request.path)].type = import::parseValueType(type);

    SurveyResult result;
    std::set<std::string> ids;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& id = table.rows[r][idIndex];
        if (id.empty())
            throw InvalidInput("row at line " + std::to_string(table.rowLines[r]) +
                                   " has no value in the id column '" + request.idColumn + "'",
                               request.path);
        if (!ids.insert(id).second)
            throw InvalidInput("the id '" + id + "' appears twice (second time at line " +
                                   std::to_string(table.rowLines[r]) + ")",
                               request.path);
    }

    store::Edit edit(*m_file, "import survey " + request.path);
    auto& txn = edit.txn();
    std::map<std::size_t, store::AttributeRow> attributes;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (c == idIndex || textIndexes.count(c)) continue;
        const auto type = std::string(import::valueTypeName(columns[c].type));
        store::defineAttribute(*m_file, txn, table.header[c], type);
        attributes[c] = *store::findAttribute(m_file->db(), table.header[c]);
        result.columns.push_back({table.header[c], type, columns[c].missing, columns[c].looksLikeOpenAnswer});
        if (columns[c].looksLikeOpenAnswer)
            result.warnings.push_back(
                "column '" + table.header[c] +
                "' looks like open answers; pass it to --text-columns to make them sources");
    }
    for (const auto c : textIndexes)
        result.columns.push_back({table.header[c], "open answer", columns[c].missing, true});

    const auto total = static_cast<std::int64_t>(table.rows.size());
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        if (cancel) cancel->throwIfCancelled();
        const auto& row = table.rows[r];
        const auto caseId = store::ensureCase(*m_file, txn, row[idIndex], request.caseKind);
        ++result.cases;
        for (const auto& [c, attribute] : attributes) {
            if (row[c].empty()) continue;
            std::string canonical;
            try {
                canonical = import::canonicalValue(columns[c].type, row[c]);
            } catch (const InvalidInput& e) {
                throw InvalidInput(std::string(e.what()) + " in column '" + table.header[c] + "' at line " +
                                       std::to_string(table.rowLines[r]),
                                   request.path);
            }
            store::setCaseValue(*m_file, txn, caseId, attribute,
                                store::typedValue(attribute.name, attribute.type, canonical));
            ++result.values;
        }
        for (const auto c : textIndexes) {
            const auto answer = text::trim(row[c]);
            if (answer.empty()) continue;
            auto doc = import::parsePlainText(answer, import::LayoutChoice{"none"});
            store::NewSource source;
            source.name = row[idIndex] + " \xE2\x80\x94 " + table.header[c];
            source.kind = request.kind;
            source.format = "survey";
            source.originalName = fs::path(request.path).filename().string();
            source.sha256 = sha256Hex(doc.text);
            source.lang = text::detectLanguage(doc.text).tag;
            for (const auto& p : doc.passages) {
                store::NewPassage passage;
                passage.cpStart = p.cpStart;
                passage.cpEnd = p.cpEnd;
                passage.text = std::string(text::sliceCodePoints(doc.text, p.cpStart, p.cpEnd));
                passage.lang = text::detectPassageLanguage(passage.text, source.lang);
                source.passages.push_back(std::move(passage));
            }
            source.text = std::move(doc.text);
            const auto inserted = store::insertSource(*m_file, txn, source);
            store::linkCaseSource(*m_file, txn, caseId, inserted.id);
            ++result.sources;
        }
        if (progress && (r % 100 == 99 || r + 1 == table.rows.size()))
            progress(static_cast<std::int64_t>(r + 1), total, "survey rows");
    }
    txn.db()
        .prepare("INSERT INTO imported_files(sha256, original_name, what, imported_at, imported_by) VALUES "
                 "(?,?,?,?,?)")
        .bind(1, sha)
        .bind(2, fs::path(request.path).filename().string())
        .bind(3, "survey")
        .bind(4, utcNowIso())
        .bind(5, m_file->coderId(txn))
        .run();
    store::logOp(*m_file, txn,
                 {"import-survey",
                  "file",
                  sha,
                  nullptr,
                  {{"file", fs::path(request.path).filename().string()},
                   {"cases", result.cases},
                   {"sources", result.sources},
                   {"values", result.values}}});
    edit.commit();
    return result;
}

} // namespace cairn::project
