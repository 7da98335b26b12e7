#pragma once
// sources, source_text, passages and speakers.
//   A source is written whole by insertSource in the caller's transaction: its row, its NFC text, its
//   passages (with code-point spans into that text) and the speakers they name. Passage text repeats
//   the span of the source text so listing and search never slice large strings.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cairn::store {

class Database;
class ProjectFile;
class Transaction;

/// The source kinds researchers work with; the names are stored and are a CLI contract.
const std::vector<std::string>& sourceKinds();
bool isSourceKind(const std::string& kind);

struct NewPassage {
    std::int64_t cpStart = 0;
    std::int64_t cpEnd = 0;
    std::string text;
    std::string speaker; // empty: no speaker
    std::string lang = "und";
    std::string langOrigin = "detected"; // detected | import | format | user
    std::optional<std::int64_t> timeStartMs;
    std::optional<std::int64_t> timeEndMs;
};

struct NewSource {
    std::string guid; // empty: a new GUID (an exchange file keeps its own)
    std::string name;
    std::string kind = "document";
    std::string lang = "und";
    std::string format;
    std::string layout;
    std::string encoding;
    std::string originalName;
    std::string sha256;
    std::string text; // NFC, LF
    std::vector<NewPassage> passages;
};

struct SourceRow {
    std::int64_t id = 0;
    std::string guid;
    std::string name;
    std::string kind;
    std::string lang;
    std::string format;
    std::string layout;
    std::string encoding;
    std::string originalName;
    std::string sha256;
    std::int64_t chars = 0;
    std::int64_t passages = 0;
    std::string createdAt;
};

struct PassageRow {
    std::int64_t id = 0;
    std::string guid;
    std::int64_t sourceId = 0;
    std::int64_t index = 0;
    std::int64_t cpStart = 0;
    std::int64_t cpEnd = 0;
    std::string speaker;
    std::string lang;
    std::string langOrigin;
    std::optional<std::int64_t> timeStartMs;
    std::optional<std::int64_t> timeEndMs;
    std::string text;
};

struct SpeakerRow {
    std::int64_t id = 0;
    std::string guid;
    std::int64_t sourceId = 0;
    std::string name;
    std::optional<std::int64_t> caseId;
};

/// Inserts a whole source; logs an "import" op. Returns the new row.
SourceRow insertSource(ProjectFile& project, Transaction& txn, const NewSource& source);

std::vector<SourceRow> listSources(Database& db);
/// Finds a source by GUID, or by exact name when unique. Throws NotFound, or InvalidInput when the
/// name is ambiguous (listing the GUIDs to choose from).
SourceRow findSource(Database& db, const std::string& guidOrName);
std::vector<SourceRow> sourcesWithSha256(Database& db, const std::string& sha256);
std::vector<PassageRow> listPassages(Database& db, std::int64_t sourceId);
/// Where a passage lies, without its text: what analyses need to find the passages a coding overlaps.
struct PassageSpan {
    std::int64_t id = 0;
    std::int64_t sourceId = 0;
    std::int64_t cpStart = 0;
    std::int64_t cpEnd = 0;
};
/// Every passage of the project, in no particular order.
std::vector<PassageSpan> listPassageSpans(Database& db);
std::string sourceText(Database& db, std::int64_t sourceId);
std::vector<SpeakerRow> listSpeakers(Database& db, std::int64_t sourceId);

} // namespace cairn::store
