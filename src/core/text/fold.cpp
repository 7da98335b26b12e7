#include "text/fold.h"

#include "text/fold_table.h"

namespace cairn::text {

void appendFold(std::string_view utf8, std::string& out) {
    bool latinBase = false;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const auto byte = static_cast<unsigned char>(utf8[pos]);
        if (byte < 0x80) { // ASCII: lowercase; the only Latin letters needing no table
            const bool upper = byte >= 'A' && byte <= 'Z';
            out += static_cast<char>(upper ? byte + 32 : byte);
            latinBase = upper || (byte >= 'a' && byte <= 'z');
            ++pos;
            continue;
        }
        const detail::FoldView info = detail::foldInfo(detail::decodeUtf8(utf8, pos));
        if (info.flags & detail::kMark) {
            if (latinBase) continue; // a diacritic on a Latin letter
        } else if (!(info.flags & detail::kIgnorable)) {
            latinBase = info.flags & detail::kLatinLetter;
        }
        out += info.fold;
    }
}

std::string fold(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    appendFold(utf8, out);
    return out;
}

void appendCaseFold(std::string_view utf8, std::string& out) {
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const auto byte = static_cast<unsigned char>(utf8[pos]);
        if (byte < 0x80) {
            out += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte);
            ++pos;
            continue;
        }
        out += detail::foldInfo(detail::decodeUtf8(utf8, pos)).lower;
    }
}

std::string caseFold(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    appendCaseFold(utf8, out);
    return out;
}

} // namespace cairn::text
