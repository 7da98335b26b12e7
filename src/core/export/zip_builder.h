#pragma once
// Writing a ZIP archive in memory (a .qdpx is one). Entries are compressed with deflate and named in
// UTF-8; the whole archive is built at once, so a failure leaves nothing half-written anywhere.
// Internal to export/.

#include <string>
#include <vector>

namespace cairn::exporting {

class ZipBuilder {
public:
    /// Adds an entry named `name` (a relative path with "/" separators) holding `content`. Entries are
    /// written in the order added.
    void add(std::string name, std::string content);

    /// The archive's bytes. Throws cairn::Error when libzip fails (out of memory).
    std::string bytes() const;

private:
    struct Entry {
        std::string name;
        std::string content;
    };
    std::vector<Entry> m_entries;
};

} // namespace cairn::exporting
