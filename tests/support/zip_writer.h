#pragma once
// Builds small ZIP archives in memory (with libzip), so DOCX/ODT tests write their fixtures inline
// and say exactly which part is missing, damaged or oversized.

#include <string>
#include <string_view>
#include <vector>

namespace cairn::test {

class ZipWriter {
public:
    enum class Method { Store, Deflate };

    /// Adds an entry; entries are written in the order added (ODF wants "mimetype" first, stored).
    ZipWriter& add(std::string name, std::string content, Method method = Method::Deflate);

    /// The archive's bytes. Throws std::runtime_error if libzip fails.
    std::string bytes() const;

private:
    struct Entry {
        std::string name;
        std::string content;
        Method method;
    };
    std::vector<Entry> m_entries;
};

} // namespace cairn::test
