#include "privacy/identifier_detectors.h"

#include <catch2/catch.hpp>

using namespace cairn::privacy;

namespace {

std::vector<std::string> kindsIn(const std::string& text) {
    std::vector<std::string> kinds;
    for (const auto& f : findIdentifiers(text))
        kinds.emplace_back(identifierKindName(f.kind));
    return kinds;
}

} // namespace

TEST_CASE("NHS numbers need a right mod-11 check digit", "[privacy][detectors]") {
    CHECK(nhsCheckDigitValid("9434765919"));
    CHECK(nhsCheckDigitValid("4010232137"));
    CHECK_FALSE(nhsCheckDigitValid("9434765918"));
    CHECK_FALSE(nhsCheckDigitValid("943476591"));
    CHECK_FALSE(nhsCheckDigitValid("94347659a9"));
}

TEST_CASE("each kind of identifier is found, and look-alikes are not", "[privacy][detectors]") {
    const auto rows = std::vector<std::pair<std::string, std::vector<std::string>>>{
        {"NHS no. 943 476 5919 on file", {"nhs-number"}},
        {"NHS 9434765919.", {"nhs-number"}},
        {"a wrong one 9434765918 here", {}},
        {"my Home Office ref is B1234567/2", {"home-office-ref"}},
        {"UAN 1212-0001-2345-6789 given", {"home-office-ref"}},
        {"NI: QQ 12 34 56 C", {}}, // QQ is not an issued prefix
        {"NI: AB 12 34 56 C", {"ni-number"}},
        {"NI AB123456D.", {"ni-number"}},
        {"call 07700 900123 today", {"uk-phone"}},
        {"ring +44 (0)20 7946 0958", {"uk-phone"}},
        {"write to amira.k@example.org.uk please", {"email"}},
        {"we live at CF10 1EP now", {"uk-postcode"}},
        {"and SW1A 1AA too", {"uk-postcode"}},
        {"in 2019 we had 12 classes, room B12", {}},
        {"ISBN 1234567890123 is long", {}},
    };
    for (const auto& [text, kinds] : rows) {
        INFO(text);
        CHECK(kindsIn(text) == kinds);
    }
}

TEST_CASE("findings are code points into the text", "[privacy][detectors]") {
    const std::string text = "Tŷ: amira@example.com";
    const auto found = findIdentifiers(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].cpStart == 4);
    CHECK(found[0].cpEnd == 21);
}

TEST_CASE("masking keeps only the last two characters", "[privacy][detectors]") {
    CHECK(maskedIdentifier("9434765919") == "••••••••19");
    CHECK(maskedIdentifier("ab") == "ab");
}
