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
    /// Adds an entry stored without compression: ODF packages need their first entry, "mimetype",
    /// stored so that its type can be read at a fixed offset.
    void addStored(std::string name, std::string content);

    /// The archive's bytes. Throws cairn::Error when libzip fails (out of memory).
    std::string bytes() const;

private:
    struct Entry {
        std::string name;
        std::string content;
        bool stored = false;
    };
    std::vector<Entry> m_entries;
};

} // namespace cairn::exporting
