#pragma once
// A read-only view of a ZIP archive held in memory (DOCX and ODT are ZIP packages of XML parts).
//
// The archive comes from an untrusted file, so nothing it declares is believed: a part whose declared
// uncompressed size is over the limit is refused before it is read, and reading stops at the limit
// whatever the header said (a forged size, or a deflate stream that keeps going, is a zip bomb too).
// Every failure is an InvalidInput naming the format the user thinks they gave us ("not a valid DOCX
// file: the ZIP archive is damaged"), because "zip error 19" helps nobody.

#include "import/limits.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct zip;

namespace cairn::import {

class ZipArchive {
public:
    enum class NameMatch { Exact, IgnoreCase };

    /// Opens the archive in `bytes`, which must outlive this object (nothing is copied).
    /// `formatName` ("DOCX", "ODT") is used in error messages. Throws InvalidInput when the bytes are
    /// not a readable ZIP archive.
    ZipArchive(std::string_view bytes, std::string formatName);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    /// The names of all entries, in the order of the central directory.
    std::vector<std::string> entryNames() const;

    bool contains(std::string_view name, NameMatch match = NameMatch::Exact) const;

    /// The uncompressed bytes of entry `name`, or nullopt when there is no such entry.
    /// Throws InvalidInput when the entry is larger than `maxBytes` (declared or actual), encrypted,
    /// or cannot be decompressed.
    std::optional<std::string> read(std::string_view name, NameMatch match = NameMatch::Exact,
                                    std::int64_t maxBytes = kMaxArchivePartBytes) const;

private:
    std::optional<std::uint64_t> locate(std::string_view name, NameMatch match) const;
    [[noreturn]] void fail(const std::string& what) const;

    zip* m_zip = nullptr;
    std::string m_formatName;
};

} // namespace cairn::import
