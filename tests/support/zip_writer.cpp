#include "support/zip_writer.h"

#include <stdexcept>
#include <zip.h>

namespace cairn::test {

ZipWriter& ZipWriter::add(std::string name, std::string content, Method method) {
    m_entries.push_back({std::move(name), std::move(content), method});
    return *this;
}

std::string ZipWriter::bytes() const {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!target) throw std::runtime_error("zip_writer: cannot create a buffer");
    zip_source_keep(target); // keep it alive after zip_close so its bytes can be read back
    zip_t* archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(target);
        throw std::runtime_error("zip_writer: cannot open the buffer as an archive");
    }
    for (const auto& entry : m_entries) {
        zip_source_t* data = zip_source_buffer(archive, entry.content.data(), entry.content.size(), 0);
        const zip_int64_t index =
            data ? zip_file_add(archive, entry.name.c_str(), data, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (data) zip_source_free(data);
            zip_discard(archive);
            zip_source_free(target);
            throw std::runtime_error("zip_writer: cannot add " + entry.name);
        }
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index),
                                 entry.method == Method::Store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        zip_source_free(target);
        throw std::runtime_error("zip_writer: cannot finish the archive");
    }

    std::string out;
    zip_stat_t stat;
    if (zip_source_stat(target, &stat) == 0 && zip_source_open(target) == 0) {
        out.resize(static_cast<std::size_t>(stat.size));
        const zip_int64_t got = zip_source_read(target, out.data(), out.size());
        zip_source_close(target);
        out.resize(got < 0 ? 0 : static_cast<std::size_t>(got));
    }
    zip_source_free(target);
    if (out.empty()) throw std::runtime_error("zip_writer: cannot read the archive back");
    return out;
}

} // namespace cairn::test
