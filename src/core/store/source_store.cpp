#include "store/source_store.h"

#include "common/clock.h"
#include "common/error.h"
#include "common/guid.h"
#include "store/ops_log.h"
#include "store/project_file.h"
#include "store/sqlite.h"
#include "text/utf.h"

#include <algorithm>
#include <map>

namespace cairn::store {

const std::vector<std::string>& sourceKinds() {
    static const std::vector<std::string> kinds = {"interview",        "workshop-notes",  "submission",
                                                   "case-study-notes", "survey-response", "field-notes",
                                                   "document"};
    return kinds;
}

bool isSourceKind(const std::string& kind) {
    const auto& kinds = sourceKinds();
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

namespace {

constexpr const char* kSourceColumns =
    "s.id, s.guid, s.name, s.kind, s.lang, s.format, s.layout, s.encoding, s.original_name, s.sha256, "
    "s.char_count, (SELECT COUNT(*) FROM passages p WHERE p.source_id = s.id), s.created_at";

SourceRow readSource(const Statement& stmt) {
    SourceRow row;
    row.id = stmt.getInt(0);
    row.guid = stmt.getText(1);
    row.name = stmt.getText(2);
    row.kind = stmt.getText(3);
    row.lang = stmt.getText(4);
    row.format = stmt.getText(5);
    row.layout = stmt.getText(6);
    row.encoding = stmt.getText(7);
    row.originalName = stmt.getText(8);
    row.sha256 = stmt.getText(9);
    row.chars = stmt.getInt(10);
    row.passages = stmt.getInt(11);
    row.createdAt = stmt.getText(12);
    return row;
}

std::vector<SourceRow> querySources(Database& db, const std::string& where, const std::string& param) {
    auto stmt = db.prepare(std::string("SELECT ") + kSourceColumns + " FROM sources s " + where);
    if (!param.empty()) stmt.bind(1, param);
    std::vector<SourceRow> rows;
    while (stmt.step())
        rows.push_back(readSource(stmt));
    return rows;
}

std::int64_t insertSpeaker(Database& db, std::int64_t sourceId, const std::string& name) {
    db.prepare("INSERT INTO speakers(guid, source_id, name) VALUES (?, ?, ?)")
        .bind(1, newGuid())
        .bind(2, sourceId)
        .bind(3, name)
        .run();
    return db.lastInsertRowid();
}

} // namespace

SourceRow insertSource(ProjectFile& project, Transaction& txn, const NewSource& source) {
    if (!isSourceKind(source.kind)) throw InvalidInput("unknown source kind '" + source.kind + "'");
    auto& db = txn.db();
    const auto now = utcNowIso();
    const auto guid = source.guid.empty() ? newGuid() : source.guid;
    const auto chars = text::codePointCount(source.text);
    db.prepare("INSERT INTO sources(guid, name, kind, lang, format, layout, encoding, original_name, sha256, "
               "char_count, created_at, created_by, modified_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
        .bind(1, guid)
        .bind(2, source.name)
        .bind(3, source.kind)
        .bind(4, source.lang)
        .bind(5, source.format)
        .bind(6, source.layout)
        .bind(7, source.encoding)
        .bind(8, source.originalName)
        .bind(9, source.sha256)
        .bind(10, chars)
        .bind(11, now)
        .bind(12, project.coderId(txn))
        .bind(13, now)
        .run();
    const auto sourceId = db.lastInsertRowid();
    db.prepare("INSERT INTO source_text(source_id, text) VALUES (?, ?)")
        .bind(1, sourceId)
        .bind(2, source.text)
        .run();

    std::map<std::string, std::int64_t> speakers;
    auto insert = db.prepare("INSERT INTO passages(guid, source_id, idx, cp_start, cp_end, speaker_id, lang, "
                             "lang_origin, time_start_ms, time_end_ms, text) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    std::int64_t index = 0;
    for (const auto& p : source.passages) {
        if (p.cpStart < 0 || p.cpEnd < p.cpStart || p.cpEnd > chars)
            throw InvalidInput("passage " + std::to_string(index) + " lies outside the source text");
        std::optional<std::int64_t> speakerId;
        if (!p.speaker.empty()) {
            auto it = speakers.find(p.speaker);
            if (it == speakers.end())
                it = speakers.emplace(p.speaker, insertSpeaker(db, sourceId, p.speaker)).first;
            speakerId = it->second;
        }
        insert.bind(1, newGuid())
            .bind(2, sourceId)
            .bind(3, index++)
            .bind(4, p.cpStart)
            .bind(5, p.cpEnd)
            .bind(6, speakerId)
            .bind(7, p.lang)
            .bind(8, p.langOrigin)
            .bind(9, p.timeStartMs)
            .bind(10, p.timeEndMs)
            .bind(11, p.text)
            .run();
        insert.reset();
    }
    logOp(project, txn,
          {"import", "source", guid, nullptr,
           nlohmann::json{{"name", source.name},
                          {"kind", source.kind},
                          {"sha256", source.sha256},
                          {"chars", chars},
                          {"passages", source.passages.size()},
                          {"original_name", source.originalName}}});
    auto rows = querySources(db, "WHERE s.id = ?", std::to_string(sourceId));
    return rows.at(0);
}

std::vector<SourceRow> listSources(Database& db) {
    return querySources(db, "ORDER BY s.name, s.id", "");
}

SourceRow findSource(Database& db, const std::string& guidOrName) {
    auto rows = querySources(db, "WHERE s.guid = ?1 COLLATE NOCASE", guidOrName);
    if (rows.empty()) rows = querySources(db, "WHERE s.name = ?1", guidOrName);
    if (rows.empty()) throw NotFound("no source named or with GUID '" + guidOrName + "'");
    if (rows.size() > 1) {
        std::string message = "several sources are named '" + guidOrName + "'; give one of their GUIDs:";
        for (const auto& r : rows)
            message += " " + r.guid;
        throw InvalidInput(message);
    }
    return rows.front();
}

std::vector<SourceRow> sourcesWithSha256(Database& db, const std::string& sha256) {
    return querySources(db, "WHERE s.sha256 = ?1", sha256);
}

std::vector<PassageSpan> listPassageSpans(Database& db) {
    auto stmt = db.prepare("SELECT id, source_id, cp_start, cp_end FROM passages");
    std::vector<PassageSpan> rows;
    while (stmt.step())
        rows.push_back({stmt.getInt(0), stmt.getInt(1), stmt.getInt(2), stmt.getInt(3)});
    return rows;
}

std::vector<PassageRow> listPassages(Database& db, std::int64_t sourceId) {
    auto stmt =
        db.prepare("SELECT p.id, p.guid, p.source_id, p.idx, p.cp_start, p.cp_end, IFNULL(sp.name, ''), "
                   "p.lang, p.lang_origin, p.time_start_ms, p.time_end_ms, p.text FROM passages p "
                   "LEFT JOIN speakers sp ON sp.id = p.speaker_id WHERE p.source_id = ? ORDER BY p.idx");
    stmt.bind(1, sourceId);
    std::vector<PassageRow> rows;
    while (stmt.step())
        rows.push_back({stmt.getInt(0), stmt.getText(1), stmt.getInt(2), stmt.getInt(3), stmt.getInt(4),
                        stmt.getInt(5), stmt.getText(6), stmt.getText(7), stmt.getText(8),
                        stmt.getOptionalInt(9), stmt.getOptionalInt(10), stmt.getText(11)});
    return rows;
}

std::string sourceText(Database& db, std::int64_t sourceId) {
    auto stmt = db.prepare("SELECT text FROM source_text WHERE source_id = ?");
    stmt.bind(1, sourceId);
    if (!stmt.step()) throw NotFound("source " + std::to_string(sourceId) + " has no text");
    return stmt.getText(0);
}

std::vector<SpeakerRow> listSpeakers(Database& db, std::int64_t sourceId) {
    auto stmt =
        db.prepare("SELECT id, guid, source_id, name, case_id FROM speakers WHERE source_id = ? ORDER BY id");
    stmt.bind(1, sourceId);
    std::vector<SpeakerRow> rows;
    while (stmt.step())
        rows.push_back(
            {stmt.getInt(0), stmt.getText(1), stmt.getInt(2), stmt.getText(3), stmt.getOptionalInt(4)});
    return rows;
}

} // namespace cairn::store
