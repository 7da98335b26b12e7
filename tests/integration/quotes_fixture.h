#pragma once
// A project for the quote review tests: two interviews (Ben may be quoted, Karim withdrew), a coding of
// each with Barriers/Language, and one reviewer.

#include "cli_harness.h"
#include "support/test_paths.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace cairn::test {

using nlohmann::json;

struct QuotesFixture {
    TempDir dir;
    std::string project = (dir / "study.cairn").string();
    std::string bensCoding, karimsCoding;
    QuotesFixture() {
        ok({"init", project});
        writeFile(dir / "ben.txt", "The ESOL class in Newport was full, so I waited a year.\n");
        writeFile(dir / "karim.txt", "I left the study; the boat story stays with me.\n");
        ok({"import", project, (dir / "ben.txt").string(), "--kind", "interview", "--case", "Ben"});
        ok({"import", project, (dir / "karim.txt").string(), "--kind", "interview", "--case", "Karim"});
        ok({"consent", project, "Ben", "quote"});
        ok({"consent", project, "Karim", "withdrawn"});
        ok({"codebook", "add", project, "Barriers/Language"});
        bensCoding = json::parse(ok({"code", project, "--source", "ben", "--start", "0", "--end", "55",
                                     "--code", "Barriers/Language", "--json"})
                                     .out)["guid"];
        karimsCoding = json::parse(ok({"code", project, "--source", "karim", "--start", "0", "--end", "16",
                                       "--code", "Barriers/Language", "--json"})
                                       .out)["guid"];
        ok({"review", project, "reviewer", "add", "Sam", "--role", "community researcher"});
    }
    ProcessResult ok(const std::vector<std::string>& args) {
        const auto result = runCairn(args);
        INFO(args[0] << ": " << result.err);
        REQUIRE(result.exitCode == 0);
        return result;
    }
    ProcessResult fails(const std::vector<std::string>& args) {
        const auto result = runCairn(args);
        INFO(result.out);
        REQUIRE(result.exitCode == 1);
        return result;
    }
    json list(const std::vector<std::string>& extra = {}) {
        std::vector<std::string> args{"quotes", project, "list", "--json"};
        args.insert(args.end(), extra.begin(), extra.end());
        return json::parse(ok(args).out);
    }
};

} // namespace cairn::test
