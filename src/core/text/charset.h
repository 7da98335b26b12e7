#pragma once
// Turning a file's raw bytes into valid UTF-8, and knowing which encoding they were in.
//
// The order of evidence, strongest first:
//   1. a byte-order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE): it cannot start text by accident, so it
//      wins even over the user's hint;
//   2. the user's hint (--encoding), converted strictly: an undecodable byte is an error with its
//      offset, never a silent U+FFFD in a quotation;
//   3. NUL bytes: only UTF-16 without a BOM explains them in text; anything else is a binary file;
//   4. well-formed UTF-8 (which includes plain ASCII);
//   5. ICU's charset detector, restricted to the encodings our languages are written in
//      (supportedEncodings()), refusing when its best guess is too weak to trust.
// The result is not yet canonical: callers apply text::canonicalText (NFC, LF line ends).

#include <string>
#include <string_view>
#include <vector>

namespace cairn::text {

struct DecodedText {
    std::string utf8;     // valid UTF-8 without the BOM; not normalised
    std::string encoding; // the name used, e.g. "UTF-8", "UTF-16LE", "windows-1252"
    int confidence = 100; // 0-100; below 100 only when the encoding was guessed by detection
    bool hadBom = false;
};

/// Detection refuses to guess below this ICU confidence (0-100). Chosen from measurements on
/// interview-length text: Polish in windows-1250 scores about 40 and Arabic in windows-1256 about 50,
/// while Lithuanian in windows-1257 (which ICU has no model for) scores under 20 as something else.
inline constexpr int kMinDetectionConfidence = 30;

/// The encodings detection may choose, in ICU's spelling. A hint may name any ICU converter or alias.
const std::vector<std::string>& supportedEncodings();

/// Decodes `bytes` to UTF-8 following the order above. `encodingHint` is an ICU converter name or
/// alias ("windows-1257", "latin2", "cp1256"); empty means detect. Throws InvalidInput naming
/// `fileForErrors` when the input is empty, looks binary, has a byte the encoding cannot decode (with
/// its byte offset), names an unknown encoding, or cannot be detected with confidence (naming the
/// best three guesses and asking for --encoding).
DecodedText decodeBytes(std::string_view bytes, const std::string& encodingHint = "",
                        std::string_view fileForErrors = "");

} // namespace cairn::text
