#pragma once
// Content hashes: a source keeps the SHA-256 of its original bytes, which also detects duplicate imports.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace cairn {

/// Incremental SHA-256, so a large file can be hashed while it is streamed.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void update(std::string_view bytes);
    /// Lower-case hex digest; the object cannot be updated afterwards.
    std::string hexDigest();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

std::string sha256Hex(std::string_view bytes);

} // namespace cairn
