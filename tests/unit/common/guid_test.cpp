#include "common/guid.h"
#include "common/hash.h"

#include <catch2/catch.hpp>
#include <set>

using namespace cairn;

TEST_CASE("random GUIDs are well-formed and distinct", "[common][guid]") {
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        const auto g = newGuid();
        CHECK(isGuid(g));
        CHECK(g[14] == '4');
        seen.insert(g);
    }
    CHECK(seen.size() == 1000);
}

TEST_CASE("name-based GUIDs are UUIDv5 as RFC 4122 defines them", "[common][guid]") {
    // Reference value: uuid5(NAMESPACE_DNS, "python.org") from RFC 4122's DNS namespace.
    CHECK(guidFromName("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org") ==
          "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    CHECK(guidFromName("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "a") !=
          guidFromName("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "b"));
}

TEST_CASE("isGuid accepts braces and rejects near misses", "[common][guid]") {
    CHECK(isGuid("{886313E1-3B8A-5372-9B90-0C9AEE199E5D}"));
    CHECK_FALSE(isGuid("c001"));
    CHECK_FALSE(isGuid("886313e1-3b8a-5372-9b90-0c9aee199e5"));
    CHECK_FALSE(isGuid("886313e1x3b8a-5372-9b90-0c9aee199e5d"));
}

TEST_CASE("SHA-256 matches the FIPS 180-2 test vectors", "[common][hash]") {
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    Sha256 streamed;
    streamed.update("a");
    streamed.update("bc");
    CHECK(streamed.hexDigest() == sha256Hex("abc"));
}
