#include "coding/code_description.h"
#include "coding/code_path.h"
#include "common/error.h"

#include <catch2/catch.hpp>

using namespace cairn;
using namespace cairn::coding;

TEST_CASE("code paths split and join, escaping / and \\", "[coding][path]") {
    const std::vector<std::pair<std::string, std::vector<std::string>>> rows{
        {"Barriers/Language/ESOL waiting list", {"Barriers", "Language", "ESOL waiting list"}},
        {"Housing", {"Housing"}},
        {"Barriers/Work\\/Benefits", {"Barriers", "Work/Benefits"}},
        {"A\\\\B/C", {"A\\B", "C"}},
        {"Iaith a chyfathrebu/Cymraeg", {"Iaith a chyfathrebu", "Cymraeg"}},
    };
    for (const auto& [path, names] : rows) {
        CHECK(splitCodePath(path) == names);
        CHECK(joinCodePath(names) == path);
    }
    for (const char* bad : {"", "/", "a//b", "a/", "/a"})
        CHECK_THROWS_AS(splitCodePath(bad), InvalidInput);
}

TEST_CASE("shipped code GUIDs are UUIDv5 of the codebook and the path", "[coding][path]") {
    // The reference value comes from Python's uuid.uuid5 (scripts/codebook-guids.py derives the shipped
    // files' GUIDs the same way), an implementation independent of ours.
    CHECK(shippedCodeGuid("barriers-enablers", "Barriers/Language/ESOL waiting list") ==
          "73b7adf9-ff26-5b3c-9a67-cca8a02ad4d1");
    CHECK(shippedCodeGuid("home-office-2019", "Facilitators/Safety") !=
          shippedCodeGuid("ager-strang-2004", "Facilitators/Safety"));
    CHECK(shippedCodeGuid("x", "y").size() == 36);
    CHECK(shippedCodeGuid("x", "y")[14] == '5');
}

TEST_CASE("a code's description carries definition, criteria and example", "[coding][description]") {
    const CodeDescription full{"Waiting for an ESOL place.", "Named waits for classes.", "Cost of classes.",
                               "\"Two years on the list.\""};
    const auto packed = packDescription(full);
    CHECK(packed ==
          "Waiting for an ESOL place.\nInclude: Named waits for classes.\nExclude: Cost of classes.\n"
          "Example: \"Two years on the list.\"");
    CHECK(unpackDescription(packed) == full);
    CHECK(unpackDescription("Just a definition\nover two lines.").definition ==
          "Just a definition\nover two lines.");
    CHECK(unpackDescription("").definition.empty());
    const auto partial = unpackDescription("  Include: only this\r\n");
    CHECK(partial.definition.empty());
    CHECK(partial.inclusion == "only this");
}
