// libzip writes into a memory buffer; the archive only exists once zip_close succeeds, so a failure
// half-way leaves nothing behind.

#include "export/zip_builder.h"

#include "common/error.h"

#include <memory>
#include <zip.h>

namespace cairn::exporting {

namespace {

struct SourceFree {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using Source = std::unique_ptr<zip_source_t, SourceFree>;

[[noreturn]] void fail(const std::string& what) {
    throw Error("cannot build the ZIP archive: " + what);
}

// Reads the whole of a finished in-memory archive back out of its source.
std::string readAll(zip_source_t* source) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(source, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) fail("its size is unknown");
    if (zip_source_open(source) != 0) fail("it cannot be read back");
    std::string out(static_cast<std::size_t>(stat.size), '\0');
    const zip_int64_t got = zip_source_read(source, out.data(), out.size());
    zip_source_close(source);
    if (got < 0 || static_cast<std::size_t>(got) != out.size()) fail("it cannot be read back");
    return out;
}

} // namespace

void ZipBuilder::add(std::string name, std::string content) {
    m_entries.push_back({std::move(name), std::move(content)});
}

void ZipBuilder::addStored(std::string name, std::string content) {
    m_entries.push_back({std::move(name), std::move(content), true});
}

std::string ZipBuilder::bytes() const {
    zip_error_t error;
    zip_error_init(&error);
    Source target(zip_source_buffer_create(nullptr, 0, 0, &error));
    zip_error_fini(&error);
    if (!target) fail("out of memory");
    zip_source_keep(target.get()); // zip_close releases it once; the bytes are read after that
    zip_error_init(&error);
    zip_t* archive = zip_open_from_source(target.get(), ZIP_TRUNCATE, &error);
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(target.get()); // undo the keep: the archive never took it
        fail("the archive cannot be opened in memory");
    }
    // The entries' contents are referred to, not copied: they live in m_entries until zip_close.
    for (const auto& entry : m_entries) {
        zip_source_t* data = zip_source_buffer(archive, entry.content.data(), entry.content.size(), 0);
        const zip_int64_t index =
            data ? zip_file_add(archive, entry.name.c_str(), data, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (data) zip_source_free(data);
            zip_discard(archive);
            fail("cannot add " + entry.name);
        }
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index),
                                 entry.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        fail("cannot finish it");
    }
    return readAll(target.get());
}

} // namespace cairn::exporting
