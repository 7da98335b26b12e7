#pragma once
// Detectors of direct identifiers that interview and case data should not carry (CESSDA's advice for
// asylum research: never record Home Office reference numbers; the UK Data Service's list of direct
// identifiers). Each detector reads plain text and reports spans; nothing is changed. They flag, they do
// not prove: a flagged span is for a person to look at (`cairn privacy P scan`), so each errs towards
// reporting, except where a check digit or a published format lets it be exact.
//
//   home-office-ref   a letter and seven digits ("B1234567", "H1234567/2"), or a Unique Application
//                     Number of four groups of four digits ("1212-0001-2345-6789")
//   nhs-number        ten digits, alone or grouped 3-3-4, whose mod-11 check digit is right
//   ni-number         National Insurance: two prefix letters (not D F I Q U V; second not O; not BG GB
//                     KN NK NT TN ZZ), six digits, suffix A–D; spaces between pairs allowed
//   uk-phone          0 or +44 / 0044, then 9 or 10 more digits, with spaces, hyphens or brackets
//   email             local@domain.tld
//   uk-postcode       outward code (A9, A99, AA9, AA99, A9A, AA9A) and inward code (9AA), upper case,
//                     one optional space
// Matches are whole tokens: a detector never reports digits inside a longer number or word.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::privacy {

enum class IdentifierKind { HomeOfficeRef, NhsNumber, NiNumber, UkPhone, Email, UkPostcode };

/// "home-office-ref", "nhs-number", "ni-number", "uk-phone", "email", "uk-postcode" (a CLI contract).
std::string_view identifierKindName(IdentifierKind kind);

struct IdentifierFinding {
    IdentifierKind kind;
    std::int64_t cpStart = 0; // code points into the scanned text, half-open
    std::int64_t cpEnd = 0;
};

/// Every identifier in `utf8`, in text order; overlapping findings keep the earlier, longer one.
/// Any bytes are accepted (ill-formed UTF-8 is never matched and never read past).
std::vector<IdentifierFinding> findIdentifiers(std::string_view utf8);

/// True when `digits` is ten ASCII digits whose last is the NHS mod-11 check digit of the first nine.
bool nhsCheckDigitValid(std::string_view digits);

/// The finding's text with all but its last two characters masked, for reports that must not repeat
/// the identifier ("••••••••67").
std::string maskedIdentifier(std::string_view text);

} // namespace cairn::privacy
