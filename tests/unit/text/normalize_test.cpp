#include "common/error.h"
#include "text/normalize.h"

#include <catch2/catch.hpp>

using namespace cairn::text;

TEST_CASE("stored text is NFC with LF line ends and no BOM", "[text][normalize]") {
    CHECK(canonicalText("\xEF\xBB\xBF"
                        "caf"
                        "e\xCC\x81\r\nnext\rline") == "caf\xC3\xA9\nnext\nline");
    CHECK(isNfc("caf\xC3\xA9"));
    CHECK_FALSE(isNfc("cafe\xCC\x81"));
    CHECK(toNfc("already plain") == "already plain");
    CHECK_THROWS_AS(toNfc("bad\xFF"), cairn::InvalidInput);
}

TEST_CASE("trim removes Unicode spaces at both ends only", "[text][normalize]") {
    CHECK(trim("  \xC2\xA0hello world\xE2\x80\x83\n") == "hello world");
    CHECK(trim("\xEF\xBB\xBF") == "");
    CHECK(trim("") == "");
    CHECK(trim("\xD8\xA7") == "\xD8\xA7");
}
