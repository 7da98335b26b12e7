#include "privacy/name_matcher.h"
#include "text/utf.h"

#include <catch2/catch.hpp>

using namespace cairn;

namespace {

std::vector<std::string> matched(const privacy::NameMatcher& matcher, const std::string& text,
                                 const std::string& lang) {
    std::vector<std::string> out;
    for (const auto& m : matcher.find(text, lang))
        out.emplace_back(text::sliceCodePoints(text, m.cpStart, m.cpEnd));
    return out;
}

} // namespace

TEST_CASE("registered names are found in folded, mutated and inflected forms", "[privacy][names]") {
    const privacy::NameMatcher matcher({"Caerdydd", "Amira", "Refugee Action", "Newport", "Eritrean church"},
                                       {"cy", "en"});
    CHECK(matched(matcher, "Dw i'n byw yng Nghaerdydd ers 2019.", "cy") ==
          std::vector<std::string>{"Nghaerdydd"});
    CHECK(matched(matcher, "Es i i Gaerdydd ddoe.", "cy") == std::vector<std::string>{"Gaerdydd"});
    CHECK(matched(matcher, "AMÍRA said so, and Amira's brother too.", "en") ==
          std::vector<std::string>{"AMÍRA", "Amira"}); // the word proper: "'s" stays outside the span
    CHECK(matched(matcher, "I volunteered with Refugee Action's team.", "en") ==
          std::vector<std::string>{"Refugee Action"});
    CHECK(matched(matcher, "the Eritrean churches of the city", "en") ==
          std::vector<std::string>{"Eritrean churches"});
    CHECK(matched(matcher, "the refugee said action was needed", "en").empty());
    CHECK(matched(matcher, "Newport's market", "en") == std::vector<std::string>{"Newport"});
}

TEST_CASE("a longer name wins over a shorter one it contains", "[privacy][names]") {
    const privacy::NameMatcher matcher({"Action", "Refugee Action"}, {"en"});
    const auto found = matcher.find("Refugee Action helped.", "en");
    REQUIRE(found.size() == 1);
    CHECK(found[0].name == 1);
}
