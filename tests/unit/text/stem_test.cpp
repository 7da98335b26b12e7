#include "text/fold.h"
#include "text/stem.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace cairn::text;

namespace {

std::vector<std::string> keysOf(Stemmer& stemmer, const std::string& word) {
    std::vector<std::string> keys;
    stemmer.keys(word, fold(word), keys);
    return keys;
}

bool shareKey(Stemmer& stemmer, const std::string& a, const std::string& b) {
    const auto ka = keysOf(stemmer, a), kb = keysOf(stemmer, b);
    return std::any_of(ka.begin(), ka.end(),
                       [&](const auto& k) { return std::find(kb.begin(), kb.end(), k) != kb.end(); });
}

struct Pair {
    std::string language, a, b;
};

} // namespace

TEST_CASE("expansion languages merge aliases and refuse non-languages", "[text][stem]") {
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"cy", "cy"},  {"CY", "cy"},      {"en-GB", "en"}, {"fa-AF", "fa"}, {"prs", "fa"},
        {"pes", "fa"}, {"nb", "no"},      {"nn", "no"},    {"iw", "he"},    {"in", "id"},
        {"ps", "ps"},  {"ti", "ti"},      {"und", ""},     {"mul", ""},     {"zxx", ""},
        {"", ""},      {"x-klingon", ""}, {"e1", ""},      {"fa_IR", "fa"}};
    for (const auto& [tag, language] : rows) {
        INFO(tag);
        CHECK(expansionLanguage(tag) == language);
    }
}

TEST_CASE("each language has the stemmer the design names", "[text][stem]") {
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"en", "snowball:english"}, {"fr", "snowball:french"}, {"lt", "snowball:lithuanian"},
        {"ar", "snowball:arabic"},  {"de", "snowball:german"}, {"pl", "hunspell:pl_PL"},
        {"cy", "welsh-mutation"},   {"fa", "persian-light"}};
    for (const auto& [language, name] : rows) {
        INFO(language);
        const auto stemmer = makeStemmer(language);
        REQUIRE(stemmer);
        CHECK(stemmer->name() == name);
    }
    for (const char* none : {"ps", "ti", "am", "zz", ""}) {
        INFO(none);
        CHECK_FALSE(makeStemmer(none)); // folding and segmentation only
    }
}

TEST_CASE("inflected forms share a key in their language", "[text][stem]") {
    const std::vector<Pair> rows = {
        {"en", "volunteering", "volunteers"},
        {"en", "volunteer", "volunteering"},
        {"en", "housing", "houses"},
        {"en", "Waiting", "wait"},
        {"fr", "cherché", "chercher"},
        {"fr", "logement", "logements"},
        {"fr", "cherche", "chercher"},
        {"lt", "ligoninėje", "ligonine"},
        {"lt", "ligoninė", "ligoninėje"},
        {"lt", "žmona", "žmonos"},
        {"ar", "السكن", "سكن"},
        {"ar", "الإنكليزية", "الانكليزيه"},
        {"ar", "المستشفى", "مستشفى"},
        {"pl", "pracy", "praca"},
        {"pl", "Łodzi", "Łódź"},
        {"pl", "miesięcy", "miesiąc"},
        {"pl", "szkoły", "szkoła"},
        {"pl", "pracę", "PRACY"},
        {"fa", "بچه‌ها", "بچه"},
        {"fa", "کتاب‌هایم", "کتاب"},
        {"fa", "می‌روند", "روند"},
        {"fa", "دوستم", "دوست"},
        {"fa", "خانه‌ها", "خانه"},
        {"fa", "نمی‌دانم", "دانم"},
        {"cy", "Nghaerdydd", "Caerdydd"},
        {"cy", "Gymraeg", "Cymraeg"},
        {"cy", "weithio", "gweithio"},
    };
    for (const auto& [language, a, b] : rows) {
        INFO(language << ": " << a << " ~ " << b);
        const auto stemmer = makeStemmer(language);
        REQUIRE(stemmer);
        CHECK(shareKey(*stemmer, a, b));
    }
}

TEST_CASE("unrelated words do not share a key", "[text][stem]") {
    const std::vector<Pair> rows = {{"en", "nursery", "nurse"}, {"fr", "mairie", "mari"},
                                    {"pl", "praca", "prawo"},   {"fa", "کار", "کتاب"},
                                    {"cy", "tad", "plant"},     {"lt", "žmona", "dirba"}};
    for (const auto& [language, a, b] : rows) {
        INFO(language << ": " << a << " !~ " << b);
        const auto stemmer = makeStemmer(language);
        REQUIRE(stemmer);
        CHECK_FALSE(shareKey(*stemmer, a, b));
    }
}

TEST_CASE("keys are folded", "[text][stem]") {
    const auto french = makeStemmer("fr");
    for (const auto& key : keysOf(*french, "Étudiées"))
        CHECK(key == fold(key));
    const auto polish = makeStemmer("pl");
    CHECK(keysOf(*polish, "Łodzi") == std::vector<std::string>{"lodz", "lodzi"}); // Hunspell: "łódź", "Łodzi"
}

TEST_CASE("a stemmer gives no keys to a word of another script", "[text][stem]") {
    CHECK(keysOf(*makeStemmer("en"), "مسجد").empty());
    CHECK(keysOf(*makeStemmer("ar"), "mosque").empty());
    CHECK(keysOf(*makeStemmer("cy"), "ትምህርቲ").empty());
    CHECK(keysOf(*makeStemmer("fa"), "kitab").empty());
    CHECK(keysOf(*makeStemmer("pl"), "2019").empty());
}

TEST_CASE("Persian light stemming strips one affix of each kind, conservatively", "[text][stem][fa]") {
    const auto persian = makeStemmer("fa");
    const std::vector<std::pair<std::string, std::vector<std::string>>> rows = {
        {"بچه‌های", {"بچههای", "بچه"}}, // plural + ezafe/possessive yeh
        {"کتاب‌هایشان", {"کتابهایشان", "کتاب"}},
        {"می‌روند", {"میروند", "روند"}}, // verbal prefix; the personal ending stays
        {"نمی‌خواهم", {"نمیخواهم", "نمیخواه", "خواهم", "خواه"}}, // a one-letter ending goes too
        {"میز", {"میز"}},                                                  // too short to have a prefix
        {"دوست", {"دوست", "دوس"}},                                         // the word itself stays a key
        {"ما", {"ما"}},                                                    // nothing left to strip
    };
    for (const auto& [word, expected] : rows) {
        INFO(word);
        std::vector<std::string> folded;
        for (const auto& e : expected)
            folded.push_back(fold(e));
        CHECK(keysOf(*persian, word) == folded);
    }
}
