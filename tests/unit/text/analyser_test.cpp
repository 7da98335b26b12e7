#include "common/error.h"
#include "text/analyser.h"
#include "text/fold.h"
#include "text/utf.h"

#include <catch2/catch.hpp>
#include <thread>

using namespace cairn::text;

namespace {

std::vector<std::string> surfaceTerms(const std::vector<Token>& tokens) {
    std::vector<std::string> out;
    for (const auto& t : tokens)
        if (!t.expansion) out.push_back(t.term);
    return out;
}

std::vector<std::string> termsOf(std::string_view text, std::string_view language = "und",
                                 AnalyserOptions options = {}) {
    return surfaceTerms(Analyser(std::move(options)).analyse(text, language));
}

struct Expected {
    std::string term;
    std::int64_t byteStart, byteEnd, cpStart, cpEnd;
    std::int32_t position;
};

} // namespace

TEST_CASE("tokens carry exact byte and code-point offsets on multi-script text", "[text][analyser]") {
    // Latin, an emoji, French elision with U+2019, Persian with ZWNJ, Persian digits, Ethiopic, a Welsh
    // clitic.
    const std::string text = "Caerdydd 😀 l’école, بچه‌ها ۲۰۱۹ ትምህርቲ! Mae'r";
    const std::vector<Expected> expected = {{"caerdydd", 0, 8, 0, 8, 0},        {"ecole", 18, 24, 13, 18, 1},
                                            {fold("بچهها"), 26, 39, 20, 26, 2}, {"2019", 40, 48, 27, 31, 3},
                                            {"ትምህርቲ", 49, 64, 32, 37, 4},       {"mae", 66, 69, 39, 42, 5}};
    const auto tokens =
        Analyser(AnalyserOptions{.expand = false, .exact = false, .queryLanguages = {}}).analyse(text, "und");
    REQUIRE(tokens.size() == expected.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        INFO(i << ": " << expected[i].term);
        const Token& t = tokens[i];
        CHECK(t.term == expected[i].term);
        CHECK(t.byteStart == expected[i].byteStart);
        CHECK(t.byteEnd == expected[i].byteEnd);
        CHECK(t.cpStart == expected[i].cpStart);
        CHECK(t.cpEnd == expected[i].cpEnd);
        CHECK(t.position == expected[i].position);
        CHECK_FALSE(t.expansion);
        CHECK(codePointToByte(text, t.cpStart) == t.byteStart);
        CHECK(codePointToByte(text, t.cpEnd) == t.byteEnd);
    }
}

TEST_CASE("French elision drops the article or pronoun, and the offsets are the word's",
          "[text][analyser][fr]") {
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"L'accueil", "accueil"},
        {"l’école", "ecole"},
        {"d'habitude", "habitude"},
        {"qu'il", "il"},
        {"jusqu'à", "a"},
        {"lorsqu'on", "on"},
        {"puisqu'elle", "elle"},
        {"quoiqu'il", "il"},
        {"c'est", "est"},
        {"j'ai", "ai"},
        {"n'est", "est"},
        {"s'il", "il"},
        {"m'appelle", "appelle"},
        {"t'aime", "aime"},
        {"QU'IL", "il"},
        {"j'y", "y"},
        // Not elision: another prefix, or a consonant after the apostrophe.
        {"aujourd'hui", "aujourd'hui"},
        {"presqu'île", "presqu'ile"},
        {"d'Cymru", "d'cymru"}};
    for (const auto& [word, term] : rows) {
        INFO(word);
        CHECK(termsOf(word, "fr") == std::vector<std::string>{term});
    }
    const auto tokens = Analyser().analyse("L'accueil", "fr");
    REQUIRE_FALSE(tokens.empty());
    CHECK(tokens[0].byteStart == 2);
    CHECK(tokens[0].cpStart == 2);
    CHECK(tokens[0].byteEnd == 9);
}

TEST_CASE("Welsh clitics and the English 's are dropped; other apostrophes stay", "[text][analyser][cy]") {
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"Mae'r", "mae"},   {"mae’n", "mae"},       {"i'r", "i"},
        {"o'r", "o"},       {"hi'n", "hi"},         {"fe'i", "fe"},
        {"i'w", "i"},       {"a'th", "a"},          {"i'ch", "i"},
        {"gyda'r", "gyda"}, {"Amira's", "amira"},   {"it's", "it"},
        {"don't", "don't"}, {"O'Brien", "o'brien"}, {"rock'n'roll", "rock'n'roll"},
        {"ein'r", "ein'r"}};
    for (const auto& [word, term] : rows) {
        INFO(word);
        CHECK(termsOf(word, "cy") == std::vector<std::string>{term});
    }
    const auto tokens = Analyser().analyse("Mae'r", "cy");
    REQUIRE_FALSE(tokens.empty());
    CHECK(tokens[0].byteEnd == 3);
    CHECK(tokens[0].cpEnd == 3);
}

TEST_CASE("a ZWNJ inside a Persian word keeps it one token, matching the word typed without it",
          "[text][analyser][fa]") {
    CHECK(termsOf("بچه‌های من به مدرسه می‌روند.", "fa").size() == 5);
    CHECK(termsOf("می‌روند") == termsOf("میروند"));
    CHECK(termsOf("می‌روند") == std::vector<std::string>{fold("میروند")});
}

TEST_CASE("presentation forms analyse like the letters they stand for", "[text][analyser][ar]") {
    CHECK(termsOf("ﺍﻟﻌﺮﺑﻴﺔ ﻻ") == termsOf("العربية لا"));
}

TEST_CASE("numbers are tokens, in ASCII digits, without expansions", "[text][analyser]") {
    const Analyser analyser;
    const auto tokens = analyser.analyse("2019 1,000.50 3.5 ۲۰۱۹ 10\u202F000", "en");
    std::vector<std::string> terms;
    for (const auto& t : tokens)
        terms.push_back(t.term);
    CHECK(terms == std::vector<std::string>{"2019", "1,000.50", "3.5", "2019", "10000"});
}

TEST_CASE("initialisms lose their dots", "[text][analyser]") {
    CHECK(termsOf("U.K. e.g. Ph.D", "en") == std::vector<std::string>{"uk", "eg", "ph.d"});
    CHECK(termsOf("UK", "en") == termsOf("U.K.", "en"));
}

TEST_CASE("word edges that are not letters are trimmed", "[text][analyser]") {
    const auto tokens = Analyser().analyse("_word_ a🏽 __", "en");
    REQUIRE(surfaceTerms(tokens) == std::vector<std::string>{"word", "a"});
    CHECK(tokens[0].byteStart == 1);
    CHECK(tokens[0].byteEnd == 5);
}

TEST_CASE("expansions follow their word, at its position and offsets", "[text][analyser]") {
    const auto tokens = Analyser().analyse("Yng Nghasnewydd, mae'r plant yn dysgu.", "cy");
    REQUIRE_FALSE(tokens.empty());
    CHECK_FALSE(tokens.front().expansion);
    std::int32_t position = -1;
    const Token* word = nullptr;
    int expansions = 0;
    for (const auto& t : tokens) {
        if (!t.expansion) {
            CHECK(t.position == position + 1);
            position = t.position;
            word = &t;
            continue;
        }
        ++expansions;
        REQUIRE(word);
        CHECK(t.position == word->position);
        CHECK(t.byteStart == word->byteStart);
        CHECK(t.byteEnd == word->byteEnd);
        CHECK(t.cpStart == word->cpStart);
        CHECK(t.cpEnd == word->cpEnd);
        const auto derived = Analyser::parseDerivedTerm(t.term);
        REQUIRE(derived);
        CHECK(derived->language == "cy");
    }
    CHECK(expansions > 6);
    const auto casnewydd = Analyser::derivedTerm("cy", "casnewydd");
    CHECK(std::any_of(tokens.begin(), tokens.end(),
                      [&](const Token& t) { return t.term == casnewydd && t.position == 1; }));
}

TEST_CASE("derived terms are marked and parse back", "[text][analyser]") {
    const std::string term = Analyser::derivedTerm("en", "volunt");
    CHECK(term == std::string("\x01") + "en:volunt");
    const auto parsed = Analyser::parseDerivedTerm(term);
    REQUIRE(parsed);
    CHECK(parsed->language == "en");
    CHECK(parsed->key == "volunt");
    CHECK_FALSE(Analyser::parseDerivedTerm("volunt"));
    CHECK_FALSE(Analyser::parseDerivedTerm(""));
}

TEST_CASE("exact mode keeps words as written and expands nothing", "[text][analyser]") {
    const Analyser exact(AnalyserOptions{.expand = true, .exact = true, .queryLanguages = {"en", "cy"}});
    const auto tokens = exact.analyse("Łódź L'Accueil ÉTAIT می‌روند U.K.", "fr");
    std::vector<std::string> terms;
    for (const auto& t : tokens) {
        CHECK_FALSE(t.expansion);
        terms.push_back(t.term);
    }
    CHECK(terms == std::vector<std::string>{"Łódź", "Accueil", "ÉTAIT", "می‌روند", "U.K"});
    CHECK(exact.queryTermVariants("Gymraeg") == std::vector<std::string>{"Gymraeg"});
}

TEST_CASE("expand = false and passages of unknown language give surface terms only", "[text][analyser]") {
    const Analyser noExpansion(AnalyserOptions{.expand = false, .exact = false, .queryLanguages = {"en"}});
    for (const auto& t : noExpansion.analyse("volunteers helped", "en"))
        CHECK_FALSE(t.expansion);
    for (const auto& t : Analyser().analyse("volunteers helped", "und"))
        CHECK_FALSE(t.expansion);
    for (const auto& t : Analyser().analyse("زه په ښوونځي کې انګليسي زده کوم", "ps"))
        CHECK_FALSE(t.expansion);
}

TEST_CASE("query words expand into every project language", "[text][analyser][query]") {
    const Analyser analyser(
        AnalyserOptions{.expand = true, .exact = false, .queryLanguages = {"cy", "en", "en-GB", "pl"}});
    const auto variants = analyser.queryTermVariants("Gymraeg");
    REQUIRE_FALSE(variants.empty());
    CHECK(variants.front() == "gymraeg");
    const auto has = [&](const std::string& t) {
        return std::find(variants.begin(), variants.end(), t) != variants.end();
    };
    CHECK(has(Analyser::derivedTerm("cy", "cymraeg")));
    CHECK(has(Analyser::derivedTerm("cy", "gymraeg")));
    CHECK(has(Analyser::derivedTerm("en", "gymraeg")));
    CHECK(std::count_if(variants.begin(), variants.end(), [](const std::string& v) {
              return v.rfind(std::string("\x01") + "en:", 0) == 0;
          }) == 1); // en and en-GB are one language
    CHECK(analyser.queryTermVariants("--").empty());
    CHECK(analyser.queryTermVariants("l'accueil").front() == "accueil");
    CHECK_THROWS_AS(analyser.queryTermVariants("waiting lists"), cairn::InvalidInput);
    CHECK_THROWS_AS(analyser.analyseQuery("bad \xFF"), cairn::InvalidInput);
}

TEST_CASE("a query is normalised to NFC before analysis", "[text][analyser][query]") {
    const Analyser analyser;
    const auto tokens = analyser.analyseQuery("e\xCC\x81tait"); // e + combining acute
    REQUIRE(tokens.size() == 1);
    CHECK(tokens[0].term == "etait");
    CHECK(tokens[0].byteEnd == 6); // into the NFC form "était"
}

TEST_CASE("a sink that returns false stops the analysis", "[text][analyser]") {
    const Analyser analyser;
    int seen = 0;
    CHECK_FALSE(analyser.analyse("one two three four", "en", [&](const Token&) { return ++seen < 2; }));
    CHECK(seen == 2);
    CHECK(analyser.analyse("one two", "en", [](const Token&) { return true; }));
}

TEST_CASE("a sink may analyse other text on the same thread", "[text][analyser]") {
    const Analyser analyser;
    const std::string outer = "Nghaerdydd gweithio volunteers praca", inner = "Gymraeg dysgu ddysgu";
    const auto expectedOuter = analyser.analyse(outer, "cy");
    const auto expectedInner = analyser.analyse(inner, "cy");
    std::vector<std::string> outerTerms;
    analyser.analyse(outer, "cy", [&](const Token& t) {
        outerTerms.push_back(t.term);
        std::vector<std::string> innerTerms;
        for (const auto& i : analyser.analyse(inner, "cy"))
            innerTerms.push_back(i.term);
        CHECK(innerTerms.size() == expectedInner.size());
        return true;
    });
    REQUIRE(outerTerms.size() == expectedOuter.size());
    for (std::size_t i = 0; i < outerTerms.size(); ++i)
        CHECK(outerTerms[i] == expectedOuter[i].term);
}

TEST_CASE("one Analyser shared by several threads gives the same tokens on each", "[text][analyser]") {
    const Analyser analyser;
    const std::vector<std::pair<std::string, std::string>> passages = {
        {"Szukam pracy w Łodzi od trzech miesięcy.", "pl"},
        {"Mae'r dosbarth Cymraeg yn y llyfrgell.", "cy"},
        {"Nous avons cherché un logement pendant des mois.", "fr"},
        {"أبحث عن عمل في مجال التمريض.", "ar"},
        {"The volunteers at the drop-in helped me.", "en"},
        {"بچه‌های من به مدرسه می‌روند.", "fa"}};
    std::vector<std::vector<std::string>> expected;
    for (const auto& [text, language] : passages) {
        expected.emplace_back();
        for (const auto& t : analyser.analyse(text, language))
            expected.back().push_back(t.term);
    }
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (int n = 0; n < 4; ++n)
        threads.emplace_back([&, n] {
            for (int round = 0; round < 30; ++round)
                for (std::size_t i = 0; i < passages.size(); ++i) {
                    std::vector<std::string> terms;
                    for (const auto& t : analyser.analyse(passages[i].first, passages[i].second))
                        terms.push_back(t.term);
                    if (terms != expected[i]) ++mismatches[static_cast<std::size_t>(n)];
                }
        });
    for (auto& t : threads)
        t.join();
    CHECK(mismatches == std::vector<int>(4, 0));
}

TEST_CASE("a very long word is cut to kMaxTermBytes at a code point and not expanded", "[text][analyser]") {
    std::string word;
    for (int i = 0; i < 250; ++i)
        word += "ł"; // 500 bytes, folding to 250
    const auto tokens = Analyser().analyse(word, "pl");
    REQUIRE(tokens.size() == 1);
    CHECK(tokens[0].term == std::string(Analyser::kMaxTermBytes, 'l'));
    CHECK(tokens[0].byteEnd == 500);
    CHECK(tokens[0].cpEnd == 250);
    std::string arabic;
    for (int i = 0; i < 101; ++i)
        arabic += "ب"; // 202 bytes
    const auto cut = Analyser().analyse(arabic, "ar");
    REQUIRE(cut.size() == 1);
    CHECK(cut[0].term.size() == 200);
    CHECK(isValidUtf8(cut[0].term));
}

TEST_CASE("ill-formed UTF-8 never produces offsets outside the text", "[text][analyser]") {
    const std::string text = "caf\xC3 \xFF\xFEword \xE2\x80";
    for (const auto& t : Analyser().analyse(text, "en")) {
        CHECK(t.byteStart >= 0);
        CHECK(t.byteStart < t.byteEnd);
        CHECK(t.byteEnd <= static_cast<std::int64_t>(text.size()));
    }
}
