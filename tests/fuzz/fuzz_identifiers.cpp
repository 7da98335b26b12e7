// libFuzzer target: the identifier detectors (privacy/identifier_detectors.h) and the name matcher on
// arbitrary bytes. Checks: findings are in text order, do not overlap, lie inside the text, and every
// NHS finding passes its check digit; name matches lie inside the text and do not overlap.

#include "privacy/identifier_detectors.h"
#include "privacy/name_matcher.h"
#include "text/normalize.h"
#include "text/utf.h"

#include <cstdlib>
#include <string>

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const auto found = cairn::privacy::findIdentifiers(bytes);
    if (cairn::text::isValidUtf8(bytes)) {
        const auto length = cairn::text::codePointCount(bytes);
        std::int64_t previousEnd = 0;
        for (const auto& f : found) {
            require(f.cpStart >= previousEnd && f.cpStart < f.cpEnd && f.cpEnd <= length);
            previousEnd = f.cpEnd;
            if (f.kind == cairn::privacy::IdentifierKind::NhsNumber) {
                std::string digits;
                for (const char c : cairn::text::sliceCodePoints(bytes, f.cpStart, f.cpEnd))
                    if (c >= '0' && c <= '9') digits += c;
                require(cairn::privacy::nhsCheckDigitValid(digits));
            }
        }
        static const cairn::privacy::NameMatcher matcher({"Caerdydd", "Amira", "Refugee Action"},
                                                         {"cy", "en"});
        const auto text = cairn::text::toNfc(bytes);
        const auto textLength = cairn::text::codePointCount(text);
        std::int64_t end = 0;
        for (const auto& m : matcher.find(text, size % 2 ? "cy" : "en")) {
            require(m.cpStart >= end && m.cpStart < m.cpEnd && m.cpEnd <= textLength);
            end = m.cpEnd;
        }
    }
    return 0;
}
