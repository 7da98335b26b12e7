#include "import/zip_archive.h"

#include "common/error.h"

#include <algorithm>
#include <array>
#include <memory>
#include <zip.h>

namespace cairn::import {
namespace {

// libzip's error codes that mean "the archive lies about itself" rather than "this is not a ZIP".
std::string describe(int code) {
    switch (code) {
    case ZIP_ER_NOZIP:
        return "it is not a ZIP archive, or it is truncated";
    case ZIP_ER_INCONS:
    case ZIP_ER_CRC:
    case ZIP_ER_EOF:
    case ZIP_ER_COMPRESSED_DATA:
        return "the ZIP archive is damaged or truncated";
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
    case ZIP_ER_ENCRNOTSUPP:
        return "the ZIP archive is encrypted (password-protected)";
    case ZIP_ER_COMPNOTSUPP:
        return "the ZIP archive uses an unsupported compression method";
    case ZIP_ER_MEMORY:
        return "there is not enough memory to read the ZIP archive";
    default:
        return "the ZIP archive is damaged";
    }
}

std::string sizeText(std::int64_t bytes) {
    if (bytes >= (1 << 20)) return std::to_string(bytes >> 20) + " MiB";
    return std::to_string(bytes) + " bytes";
}

struct ZipFileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

} // namespace

ZipArchive::ZipArchive(std::string_view bytes, std::string formatName) : m_formatName(std::move(formatName)) {
    if (bytes.empty()) fail("the file is empty"); // libzip would take it for an empty archive
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) {
        const int code = zip_error_code_zip(&error);
        zip_error_fini(&error);
        fail(describe(code));
    }
    // No ZIP_CHECKCONS: some producers write local headers that differ harmlessly from the central
    // directory, and a part that is really damaged still fails its CRC check when it is read.
    m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!m_zip) {
        const int code = zip_error_code_zip(&error);
        zip_source_free(source);
        zip_error_fini(&error);
        fail(describe(code));
    }
    zip_error_fini(&error);
}

ZipArchive::~ZipArchive() {
    if (m_zip) zip_discard(m_zip); // read-only: nothing to write back
}

void ZipArchive::fail(const std::string& what) const {
    throw InvalidInput("not a valid " + m_formatName + " file: " + what);
}

std::vector<std::string> ZipArchive::entryNames() const {
    std::vector<std::string> names;
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        if (const char* name = zip_get_name(m_zip, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS))
            names.emplace_back(name);
    }
    return names;
}

std::optional<std::uint64_t> ZipArchive::locate(std::string_view name, NameMatch match) const {
    const std::string nameZ(name); // libzip wants a C string
    zip_flags_t flags = ZIP_FL_ENC_GUESS;
    if (match == NameMatch::IgnoreCase) flags |= ZIP_FL_NOCASE;
    const zip_int64_t index = zip_name_locate(m_zip, nameZ.c_str(), flags);
    if (index < 0) return std::nullopt;
    return static_cast<std::uint64_t>(index);
}

bool ZipArchive::contains(std::string_view name, NameMatch match) const {
    return locate(name, match).has_value();
}

std::optional<std::string> ZipArchive::read(std::string_view name, NameMatch match,
                                            std::int64_t maxBytes) const {
    const auto index = locate(name, match);
    if (!index) return std::nullopt;
    const std::string part(name);
    const auto tooLarge = [&] {
        fail("the part " + part + " is larger than " + sizeText(maxBytes) + " uncompressed (a ZIP bomb?)");
    };

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, *index, 0, &stat) != 0)
        fail(describe(zip_error_code_zip(zip_get_error(m_zip))));
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > static_cast<std::uint64_t>(maxBytes)) tooLarge();

    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(m_zip, *index, 0));
    if (!file) fail(describe(zip_error_code_zip(zip_get_error(m_zip))));

    std::string out;
    if (stat.valid & ZIP_STAT_SIZE) out.reserve(static_cast<std::size_t>(stat.size));
    std::array<char, 64 * 1024> chunk;
    for (;;) {
        const zip_int64_t got = zip_fread(file.get(), chunk.data(), chunk.size());
        if (got < 0) fail(describe(zip_error_code_zip(zip_file_get_error(file.get()))));
        if (got == 0) break;
        if (static_cast<std::int64_t>(out.size()) + got > maxBytes) tooLarge();
        out.append(chunk.data(), static_cast<std::size_t>(got));
    }
    return out;
}

} // namespace cairn::import
