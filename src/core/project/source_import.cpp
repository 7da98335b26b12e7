// Project::importFile: one file becomes one source, in one transaction.
//   read (size-checked before reading) → hash → refuse duplicates → parse (decode, NFC, passages)
//   → language per passage → write source, text, passages, speakers, case link and ops together.
// Any failure before commit leaves the project exactly as it was.

#include "common/error.h"
#include "common/hash.h"
#include "import/limits.h"
#include "import/parse_file.h"
#include "project/project.h"
#include "text/language.h"
#include "text/utf.h"

#include <filesystem>
#include <fstream>

namespace cairn::project {

namespace fs = std::filesystem;

namespace {

std::string readSourceFile(const std::string& path) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw InvalidInput("no such file", path);
    if (fs::is_directory(status)) throw InvalidInput("is a folder, not a file", path);
    const auto size = fs::file_size(path, ec);
    if (ec) throw InvalidInput("cannot read the file: " + ec.message(), path);
    if (size == 0) throw InvalidInput("the file is empty", path);
    if (static_cast<std::int64_t>(size) > import::kMaxSourceBytes)
        throw InvalidInput(
            "the file is " + std::to_string(size >> 20) + " MiB; Cairn imports sources of up to " +
                std::to_string(import::kMaxSourceBytes >> 20) +
                " MiB. Split it into parts (for example by interview session) and import those",
            path);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InvalidInput("cannot open the file for reading", path);
    std::string bytes(size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (in.gcount() != static_cast<std::streamsize>(size))
        throw InvalidInput("the file changed while being read", path);
    return bytes;
}

std::string requestedLanguage(const std::string& lang) {
    if (lang.empty()) return {};
    if (!text::isValidLanguageTag(lang))
        throw InvalidInput("'" + lang +
                           "' is not a language tag; use a BCP 47 tag such as cy, ar, fa-AF or ps");
    return text::canonicalLanguageTag(lang);
}

} // namespace

ImportResult Project::importFile(const ImportRequest& request, const CancelToken* cancel) {
    if (!store::isSourceKind(request.kind)) {
        std::string kinds;
        for (const auto& k : store::sourceKinds())
            kinds += (kinds.empty() ? "" : ", ") + k;
        throw InvalidInput("unknown source kind '" + request.kind + "'; use one of: " + kinds);
    }
    const auto forcedLang = requestedLanguage(request.lang);
    const auto bytes = readSourceFile(request.path);
    const auto sha = sha256Hex(bytes);
    if (!request.allowDuplicate) {
        const auto same = store::sourcesWithSha256(m_file->db(), sha);
        if (!same.empty())
            throw DuplicateInput("the same file is already in the project as '" + same.front().name + "' (" +
                                     same.front().guid + "); use --allow-duplicate to import it again",
                                 request.path);
    }
    if (cancel) cancel->throwIfCancelled();

    import::ParseOptions options;
    options.encoding = request.encoding;
    options.layout.layout = request.layout;
    // The parser names the file in its errors; give it the path the user typed.
    auto doc = import::parseSourceBytes(bytes, request.path, options);
    if (cancel) cancel->throwIfCancelled();

    store::NewSource source;
    source.name = request.name.empty() ? fs::path(request.path).stem().string() : request.name;
    source.kind = request.kind;
    source.format = doc.format;
    source.layout = doc.layout;
    source.encoding = doc.encoding;
    source.originalName = fs::path(request.path).filename().string();
    source.sha256 = sha;
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
    if (cancel) cancel->throwIfCancelled();

    store::Transaction txn(m_file->db());
    ImportResult result;
    result.source = store::insertSource(*m_file, txn, source);
    if (!request.caseName.empty()) {
        const auto caseId = store::ensureCase(*m_file, txn, request.caseName);
        store::linkCaseSource(*m_file, txn, caseId, result.source.id);
    }
    txn.commit();
    result.encoding = source.encoding;
    result.layout = source.layout;
    result.warnings = std::move(doc.warnings);
    return result;
}

} // namespace cairn::project
