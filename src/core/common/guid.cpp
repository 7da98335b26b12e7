#include "common/guid.h"

#include "common/error.h"

#include <array>
#include <cctype>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <uuid/uuid.h>

namespace cairn {

namespace {
std::string format(const unsigned char bytes[16]) {
    char out[37];
    uuid_unparse_lower(bytes, out);
    return out;
}
} // namespace

std::string newGuid() {
    // OpenSSL's DRBG runs in user space: libuuid's uuid_generate_random makes five system calls per
    // GUID, and an import mints one GUID per passage.
    unsigned char id[16];
    if (RAND_bytes(id, sizeof id) != 1) throw Error("the system's random number generator failed");
    id[6] = static_cast<unsigned char>((id[6] & 0x0F) | 0x40); // version 4
    id[8] = static_cast<unsigned char>((id[8] & 0x3F) | 0x80); // RFC 4122 variant
    return format(id);
}

std::string guidFromName(std::string_view namespaceGuid, std::string_view name) {
    uuid_t ns;
    const std::string nsText(namespaceGuid);
    if (uuid_parse(nsText.c_str(), ns) != 0) throw InvalidInput("not a GUID: " + nsText);
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha1(), nullptr);
    EVP_DigestUpdate(ctx, ns, sizeof ns);
    EVP_DigestUpdate(ctx, name.data(), name.size());
    EVP_DigestFinal_ex(ctx, digest.data(), &length);
    EVP_MD_CTX_free(ctx);
    unsigned char id[16];
    for (int i = 0; i < 16; ++i)
        id[i] = digest[static_cast<std::size_t>(i)];
    id[6] = static_cast<unsigned char>((id[6] & 0x0F) | 0x50); // version 5
    id[8] = static_cast<unsigned char>((id[8] & 0x3F) | 0x80); // RFC 4122 variant
    return format(id);
}

bool isGuid(std::string_view text) {
    if (text.size() == 38 && text.front() == '{' && text.back() == '}') text = text.substr(1, 36);
    if (text.size() != 36) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : !std::isxdigit(static_cast<unsigned char>(text[i]))) return false;
    }
    return true;
}

} // namespace cairn
