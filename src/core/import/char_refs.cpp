#include "import/char_refs.h"

#include "text/utf.h"

#include <libxml/HTMLparser.h>
#include <optional>

namespace cairn::import {

namespace {

// The code point named by the reference body between '&' and ';', if it names one that may appear in text.
std::optional<char32_t> referencedCodePoint(std::string_view body) {
    if (body.empty() || body.size() > 32) return std::nullopt;
    std::uint32_t value = 0;
    if (body[0] == '#') {
        const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
        const auto digits = body.substr(hex ? 2 : 1);
        if (digits.empty() || digits.size() > 7) return std::nullopt;
        for (const char c : digits) {
            const int d = (c >= '0' && c <= '9')          ? c - '0'
                          : hex && (c >= 'a' && c <= 'f') ? c - 'a' + 10
                          : hex && (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                                          : -1;
            if (d < 0) return std::nullopt;
            value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
        }
    } else {
        const std::string name(body);
        const auto* entity = htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()));
        if (!entity) return std::nullopt;
        value = entity->value;
    }
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return std::nullopt;
    return static_cast<char32_t>(value);
}

} // namespace

std::string decodeCharacterReferences(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto amp = text.find('&', i);
        out.append(text.substr(i, amp == std::string_view::npos ? amp : amp - i));
        if (amp == std::string_view::npos) break;
        const auto semi = text.find(';', amp + 1);
        const auto cp = semi == std::string_view::npos
                            ? std::nullopt
                            : referencedCodePoint(text.substr(amp + 1, semi - amp - 1));
        if (cp) {
            text::appendCodePoint(out, *cp);
            i = semi + 1;
        } else {
            out += '&';
            i = amp + 1;
        }
    }
    return out;
}

} // namespace cairn::import
