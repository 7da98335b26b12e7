// Project::importFile: one file becomes one source, in one transaction.
//   read (size-checked before reading) → hash → refuse duplicates → parse (decode, NFC, passages)
//   → language per passage → write source, text, passages, speakers, case link and ops together.
// Any failure before commit leaves the project exactly as it was.

#include "common/error.h"
#include "common/file_io.h"
#include "common/hash.h"
#include "import/limits.h"
#include "import/parse_file.h"
#include "project/project.h"
#include "project/source_builder.h"
#include "store/edit_log.h"
#include "text/language.h"
#include "text/utf.h"

#include <filesystem>

namespace cairn::project {

namespace fs = std::filesystem;

namespace {

std::string readSourceFile(const std::string& path) {
    return readInputFile(path, import::kMaxSourceBytes,
                         "Split it into parts (for example by interview session) and import those");
}

std::string requestedLanguage(const std::string& lang) {
    if (lang.empty()) return {};
    if (!text::isValidLanguageTag(lang))
        throw InvalidInput("'" + lang +
                           "' is not a language tag; use a BCP 47 tag such as cy, ar, fa-AF or ps");
    return text::canonicalLanguageTag(lang);
}

void requireKind(const std::string& kind) {
    if (store::isSourceKind(kind)) return;
    std::string kinds;
    for (const auto& k : store::sourceKinds())
        kinds += (kinds.empty() ? "" : ", ") + k;
    throw InvalidInput("unknown source kind '" + kind + "'; use one of: " + kinds);
}

} // namespace

BuiltSource buildSource(std::string_view bytes, const std::string& fileName, const ImportRequest& request,
                        const CancelToken* cancel) {
    requireKind(request.kind);
    const auto forcedLang = requestedLanguage(request.lang);
    import::ParseOptions options;
    options.encoding = request.encoding;
    options.layout.layout = request.layout;
    auto doc = import::parseSourceBytes(bytes, fileName, options);
    if (cancel) cancel->throwIfCancelled();

    BuiltSource built;
    auto& source = built.source;
    source.name = request.name.empty() ? fs::path(fileName).stem().string() : request.name;
    source.kind = request.kind;
    source.format = doc.format;
    source.layout = doc.layout;
    source.encoding = doc.encoding;
    source.originalName = fs::path(fileName).filename().string();
    source.sha256 = sha256Hex(bytes);
    const auto documentLang = forcedLang.empty() ? text::detectLanguage(doc.text).tag : forcedLang;
    source.lang = documentLang;
    const text::OffsetIndex offsets(doc.text);
    for (const auto& p : doc.passages) {
        store::NewPassage passage;
        passage.cpStart = p.cpStart;
        passage.cpEnd = p.cpEnd;
        const auto begin = offsets.codePointToByte(p.cpStart);
        passage.text = doc.text.substr(static_cast<std::size_t>(begin),
                                       static_cast<std::size_t>(offsets.codePointToByte(p.cpEnd) - begin));
        passage.speaker = p.speaker;
        passage.timeStartMs = p.timeStartMs;
        passage.timeEndMs = p.timeEndMs;
        if (!forcedLang.empty()) {
            passage.lang = forcedLang;
            passage.langOrigin = "import";
        } else if (!p.lang.empty()) {
            passage.lang = p.lang;
            passage.langOrigin = "format";
        } else {
            passage.lang = text::detectPassageLanguage(passage.text, documentLang);
            passage.langOrigin = "detected";
        }
        source.passages.push_back(std::move(passage));
    }
    source.text = std::move(doc.text);
    built.warnings = std::move(doc.warnings);
    return built;
}

ImportResult Project::importFile(const ImportRequest& request, const CancelToken* cancel) {
    requireKind(request.kind);
    requestedLanguage(request.lang);
    const auto bytes = readSourceFile(request.path);
    if (!request.allowDuplicate) {
        const auto same = store::sourcesWithSha256(m_file->db(), sha256Hex(bytes));
        if (!same.empty())
            throw DuplicateInput("the same file is already in the project as '" + same.front().name + "' (" +
                                     same.front().guid + "); use --allow-duplicate to import it again",
                                 request.path);
    }
    if (cancel) cancel->throwIfCancelled();
    // The parser names the file in its errors; give it the path the user typed.
    auto built = buildSource(bytes, request.path, request, cancel);
    auto& source = built.source;
    if (cancel) cancel->throwIfCancelled();

    store::Edit edit(*m_file, "import " + source.name);
    auto& txn = edit.txn();
    ImportResult result;
    result.source = store::insertSource(*m_file, txn, source);
    if (!request.caseName.empty()) {
        const auto caseId = store::ensureCase(*m_file, txn, request.caseName);
        store::linkCaseSource(*m_file, txn, caseId, result.source.id);
    }
    edit.commit();
    result.encoding = source.encoding;
    result.layout = source.layout;
    result.warnings = std::move(built.warnings);
    result.identifiers = privacy::findIdentifiers(source.text);
    return result;
}

} // namespace cairn::project
