#include "support/document_text.h"

#include "support/run_process.h"
#include "support/test_paths.h"

#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <unistd.h>
#include <zip.h>

namespace cairn::test {

namespace {

struct Archive {
    zip_t* zip = nullptr;
    explicit Archive(const std::string& bytes) {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
        if (source) zip = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!zip) {
            if (source) zip_source_free(source);
            zip_error_fini(&error);
            throw std::runtime_error("not a ZIP archive");
        }
        zip_error_fini(&error);
    }
    ~Archive() { zip_discard(zip); }
};

// Every text node under `node`, with a line break after each element named in `blocks`.
void collect(pugi::xml_node node, const std::vector<std::string>& blocks, std::string& out) {
    for (auto child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) out += child.value();
        collect(child, blocks, out);
        for (const auto& b : blocks)
            if (b == child.name()) out += "\n";
    }
}

std::string xmlText(const std::string& xml, const std::vector<std::string>& blocks, const std::string& what) {
    pugi::xml_document doc;
    parseXml(doc, xml, what);
    std::string out;
    collect(doc, blocks, out);
    return out;
}

} // namespace

std::vector<std::string> zipEntryNames(const std::string& zipBytes) {
    Archive a(zipBytes);
    std::vector<std::string> out;
    const auto n = zip_get_num_entries(a.zip, 0);
    for (zip_int64_t i = 0; i < n; ++i)
        out.emplace_back(zip_get_name(a.zip, static_cast<zip_uint64_t>(i), 0));
    return out;
}

std::string zipEntry(const std::string& zipBytes, const std::string& name) {
    Archive a(zipBytes);
    zip_stat_t stat;
    if (zip_stat(a.zip, name.c_str(), 0, &stat) != 0) throw std::runtime_error("no entry " + name);
    zip_file_t* file = zip_fopen(a.zip, name.c_str(), 0);
    if (!file) throw std::runtime_error("cannot open entry " + name);
    std::string out(static_cast<std::size_t>(stat.size), '\0');
    const auto got = zip_fread(file, out.data(), out.size());
    zip_fclose(file);
    if (got < 0 || static_cast<std::size_t>(got) != out.size())
        throw std::runtime_error("cannot read " + name);
    return out;
}

void parseXml(pugi::xml_document& doc, const std::string& xml, const std::string& what) {
    const auto result =
        doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (!result) throw std::runtime_error(what + " is not well-formed XML: " + result.description());
}

std::string findProgram(const std::string& name) {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin:/bin";
    for (std::size_t start = 0; start <= dirs.size();) {
        auto end = dirs.find(':', start);
        if (end == std::string::npos) end = dirs.size();
        const auto candidate = std::filesystem::path(dirs.substr(start, end - start)) / name;
        if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
        start = end + 1;
    }
    return {};
}

std::string pdfText(const std::filesystem::path& path) {
    const auto program = findProgram("pdftotext");
    if (program.empty()) throw std::runtime_error("pdftotext is not installed (poppler-utils)");
    const auto result = runProcess({program, "-enc", "UTF-8", path.string(), "-"});
    if (result.exitCode != 0)
        throw std::runtime_error("pdftotext failed on " + path.string() + ": " + result.err);
    return result.out;
}

std::string documentText(const std::filesystem::path& path) {
    const auto ext = path.extension().string();
    if (ext == ".pdf") return pdfText(path);
    const auto bytes = readFile(path);
    if (ext == ".docx") return xmlText(zipEntry(bytes, "word/document.xml"), {"w:p"}, "word/document.xml");
    if (ext == ".odt") return xmlText(zipEntry(bytes, "content.xml"), {"text:p", "text:h"}, "content.xml");
    if (ext == ".xlsx") {
        std::string out = xmlText(zipEntry(bytes, "xl/sharedStrings.xml"), {"si"}, "xl/sharedStrings.xml");
        for (const auto& name : zipEntryNames(bytes))
            if (name.rfind("xl/worksheets/sheet", 0) == 0) out += xmlText(zipEntry(bytes, name), {"c"}, name);
        return out;
    }
    return bytes;
}

} // namespace cairn::test
