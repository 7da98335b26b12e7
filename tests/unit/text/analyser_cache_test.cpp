#include "text/analyser_cache.h"

#include <catch2/catch.hpp>

using cairn::text::detail::DerivedTermCache;

namespace {

std::vector<std::string> unpack(const DerivedTermCache::Terms& terms) {
    std::vector<std::string> out;
    for (std::uint32_t at = 0; at < terms.size;) {
        const auto length = static_cast<unsigned char>(terms.data[at]);
        out.emplace_back(terms.data + at + 1, length);
        at += 1u + length;
    }
    return out;
}

} // namespace

TEST_CASE("the derived-term cache returns what was stored, across growth", "[text][analyser][cache]") {
    DerivedTermCache cache(10'000);
    for (int i = 0; i < 5'000; ++i) // grows from 256 slots several times
        cache.insert("word" + std::to_string(i), {"\x01"
                                                  "en:" +
                                                      std::to_string(i),
                                                  "\x01"
                                                  "en:x"});
    CHECK(cache.size() == 5'000);
    for (int i = 0; i < 5'000; i += 7) {
        const auto terms = cache.find("word" + std::to_string(i));
        REQUIRE(terms);
        CHECK(unpack(*terms) == std::vector<std::string>{"\x01"
                                                         "en:" +
                                                             std::to_string(i),
                                                         "\x01"
                                                         "en:x"});
    }
    CHECK_FALSE(cache.find("word5000"));
    CHECK_FALSE(cache.find("wor"));
}

TEST_CASE("the derived-term cache keeps empty lists and skips over-long terms", "[text][analyser][cache]") {
    DerivedTermCache cache;
    cache.insert("2019", {});
    const auto none = cache.find("2019");
    REQUIRE(none);
    CHECK(none->size == 0);
    const std::string tooLong(300, 'x');
    CHECK(unpack(cache.insert("long", {tooLong, "ok"})) == std::vector<std::string>{"ok"});
    CHECK_FALSE(cache.find(""));
    cache.insert("", {"e"}); // the empty word is a key like any other
    REQUIRE(cache.find(""));
    CHECK(unpack(*cache.find("")) == std::vector<std::string>{"e"});
}

TEST_CASE("a full derived-term cache empties itself and goes on", "[text][analyser][cache]") {
    DerivedTermCache cache(100);
    for (int i = 0; i < 100; ++i)
        cache.insert("w" + std::to_string(i), {"t"});
    CHECK(cache.size() == 100);
    cache.insert("new", {"n"});
    CHECK(cache.size() == 1);
    CHECK_FALSE(cache.find("w1"));
    REQUIRE(cache.find("new"));
    CHECK(unpack(*cache.find("new")) == std::vector<std::string>{"n"});
}
