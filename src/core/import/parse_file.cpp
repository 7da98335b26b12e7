#include "import/parse_file.h"

#include "common/error.h"
#include "import/docx.h"
#include "import/html.h"
#include "import/limits.h"
#include "import/markdown.h"
#include "import/odt.h"
#include "import/pdf.h"
#include "import/plain_text.h"
#include "import/subtitles.h"
#include "text/charset.h"
#include "text/normalize.h"
#include "text/utf.h"

#include <algorithm>
#include <map>

namespace cairn::import {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
    return out;
}

std::string extensionOf(const std::string& fileName) {
    const auto dot = fileName.rfind('.');
    const auto slash = fileName.find_last_of("/\\");
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
    return lower(std::string_view(fileName).substr(dot + 1));
}

const std::map<std::string, std::string>& formatByExtension() {
    static const std::map<std::string, std::string> formats{
        {"txt", "text"},  {"text", "text"}, {"md", "markdown"}, {"markdown", "markdown"},
        {"html", "html"}, {"htm", "html"},  {"xhtml", "html"},  {"srt", "srt"},
        {"vtt", "vtt"},   {"docx", "docx"}, {"odt", "odt"},     {"pdf", "pdf"}};
    return formats;
}

// A ZIP archive is DOCX when it holds word/document.xml (names are stored uncompressed, in the local
// headers and again in the central directory), and ODT when its first entry is the uncompressed
// "mimetype" that OpenDocument requires, at the fixed offset 38.
// An archive too damaged to tell goes to the reader its extension names, which explains the damage.
std::string zipFormat(std::string_view raw, const std::string& extension) {
    if (raw.size() >= 69 && raw.substr(30, 8) == "mimetype" &&
        raw.substr(38, 31) == "application/vnd.oasis.opendocum")
        return "odt";
    if (raw.find("word/document.xml") != std::string_view::npos) return "docx";
    if (extension == "docx" || extension == "odt") return extension;
    throw InvalidInput("a ZIP archive that is neither a DOCX nor an ODT document");
}

// The start of the text, past a UTF-8 BOM and blank space, for recognising text formats by content.
std::string textStart(std::string_view raw) {
    if (raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
    const auto begin = std::min(raw.find_first_not_of(" \t\r\n"), raw.size());
    return std::string(raw.substr(begin, 256));
}

bool looksLikeSrt(const std::string& start) {
    const auto firstEnd = start.find('\n');
    if (firstEnd == std::string::npos) return false;
    auto first = std::string_view(start).substr(0, firstEnd);
    if (!first.empty() && first.back() == '\r') first.remove_suffix(1);
    const auto second =
        std::string_view(start).substr(firstEnd + 1, start.find('\n', firstEnd + 1) - firstEnd - 1);
    return !first.empty() && first.find_first_not_of("0123456789") == std::string_view::npos &&
           second.find("-->") != std::string_view::npos;
}

ParsedDocument parseText(std::string_view raw, const std::string& format, const std::string& fileName,
                         const ParseOptions& options) {
    auto hint = options.encoding;
    std::vector<std::string> warnings;
    std::string declared;
    if (format == "html" && hint.empty() && !text::isValidUtf8(raw))
        hint = declared = declaredHtmlCharset(raw);
    text::DecodedText decoded;
    try {
        decoded = text::decodeBytes(raw, hint, fileName);
    } catch (const InvalidInput&) {
        if (declared.empty()) throw;
        decoded = text::decodeBytes(raw, "", fileName); // a page that misdeclares its charset is common
        warnings.push_back("the page declares charset " + declared +
                           ", which does not fit its bytes; read it as " + decoded.encoding);
    }
    if (decoded.confidence < 100)
        warnings.push_back("the encoding was guessed as " + decoded.encoding + " (confidence " +
                           std::to_string(decoded.confidence) +
                           "%); if the text looks wrong, import it again with --encoding");
    const auto canonical = text::canonicalText(decoded.utf8);
    ParsedDocument doc = format == "markdown" ? parseMarkdown(canonical, options.layout)
                         : format == "html"   ? parseHtml(canonical, options.layout)
                         : format == "srt"    ? parseSrt(canonical, options.layout)
                         : format == "vtt"    ? parseVtt(canonical, options.layout)
                                              : parsePlainText(canonical, options.layout);
    doc.encoding = decoded.encoding;
    doc.warnings.insert(doc.warnings.begin(), warnings.begin(), warnings.end());
    return doc;
}

// Parser errors do not know the file; say which file it was, keeping any byte offset.
[[noreturn]] void rethrowWithFile(const InvalidInput& e, const std::string& fileName) {
    if (!e.file().empty() || fileName.empty()) throw; // called inside the handler: rethrows the original
    std::string message = e.what();
    if (const auto offset = e.byteOffset()) {
        const auto suffix = " (at byte " + std::to_string(*offset) + ")";
        if (message.size() >= suffix.size() &&
            message.compare(message.size() - suffix.size(), suffix.size(), suffix) == 0)
            message.resize(message.size() - suffix.size());
    }
    throw InvalidInput(message, fileName, e.byteOffset());
}

} // namespace

const std::vector<std::string>& sourceFormats() {
    static const std::vector<std::string> formats{"text", "markdown", "html", "srt",
                                                  "vtt",  "docx",     "odt",  "pdf"};
    return formats;
}

std::string detectFormat(std::string_view rawBytes, const std::string& fileName, const std::string& forced) {
    if (!forced.empty()) {
        const auto& formats = sourceFormats();
        if (std::find(formats.begin(), formats.end(), forced) != formats.end()) return forced;
        if (const auto alias = formatByExtension().find(lower(forced)); alias != formatByExtension().end())
            return alias->second;
        std::string known;
        for (const auto& f : formats)
            known += (known.empty() ? "" : ", ") + f;
        throw InvalidInput("unknown format '" + forced + "'; choose one of: " + known);
    }
    if (rawBytes.substr(0, 5) == "%PDF-") return "pdf";
    if (rawBytes.substr(0, 4) == std::string_view("PK\x03\x04", 4))
        return zipFormat(rawBytes, extensionOf(fileName));
    // An OLE compound file: an encrypted DOCX or a Word 97 .doc, which the DOCX reader explains.
    if (rawBytes.substr(0, 8) == "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") return "docx";
    const auto ext = extensionOf(fileName);
    if (const auto known = formatByExtension().find(ext); known != formatByExtension().end())
        return known->second;
    const auto start = textStart(rawBytes);
    const auto startLower = lower(start);
    if (start.substr(0, 6) == "WEBVTT") return "vtt";
    if (startLower.substr(0, 14) == "<!doctype html" || startLower.substr(0, 5) == "<html") return "html";
    if (looksLikeSrt(start)) return "srt";
    return "text";
}

ParsedDocument parseSourceBytes(std::string_view rawBytes, const std::string& fileName,
                                const ParseOptions& options) {
    try {
        if (static_cast<std::int64_t>(rawBytes.size()) > kMaxSourceBytes)
            throw InvalidInput("the file is larger than the " + std::to_string(kMaxSourceBytes >> 20) +
                               " MiB import limit");
        const auto format = detectFormat(rawBytes, fileName, options.format);
        if (format != "docx" && format != "odt" && format != "pdf")
            return parseText(rawBytes, format, fileName, options);
        auto doc = format == "docx"  ? parseDocx(rawBytes, options.layout)
                   : format == "odt" ? parseOdt(rawBytes, options.layout)
                                     : parsePdf(rawBytes, options.layout);
        if (!options.encoding.empty())
            doc.warnings.push_back("--encoding applies to text formats; a " + format + " file says its own");
        return doc;
    } catch (const InvalidInput& e) {
        rethrowWithFile(e, fileName);
    }
}

} // namespace cairn::import
