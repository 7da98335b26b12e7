// `cairn indicators`, `cairn values` and `cairn analyse side-by-side`: the JSON fields scripts read,
// errors with line numbers and exit codes, nothing imported from a bad file, and the demo project's
// survey scores beside its coded evidence.

#include "cli_harness.h"
#include "support/test_paths.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cairn;
using namespace cairn::test;
using Catch::Matchers::Contains;
using nlohmann::json;

namespace {

struct Fixture {
    TempDir dir;
    std::string project = (dir / "study.cairn").string();
    Fixture() {
        REQUIRE(runCairn({"init", project}).exitCode == 0);
        writeFile(dir / "int.txt",
                  "Interviewer: Friends?\n\nAmira: My neighbour taught me words every week.\n");
        ok({"import", project, (dir / "int.txt").string(), "--kind", "interview", "--case", "Amira"});
        ok({"case", "set", project, "Amira", "friends_at_arrival", "2"});
        ok({"case", "set", project, "Amira", "friends_now", "8"});
        ok({"codebook", "import", project, "home-office-2019"});
    }
    ProcessResult ok(const std::vector<std::string>& args) {
        const auto result = runCairn(args);
        INFO(args[0] << ": " << result.err);
        REQUIRE(result.exitCode == 0);
        return result;
    }
    json okJson(std::vector<std::string> args) {
        args.push_back("--json");
        return json::parse(ok(args).out);
    }
    std::string file(const std::string& name, const std::string& text) {
        writeFile(dir / name, text);
        return (dir / name).string();
    }
};

} // namespace

TEST_CASE("indicators import, list, link and export, in either argument order", "[cli][indicators]") {
    Fixture f;
    const auto loaded = f.okJson({"indicators", f.project, "import", "home-office-2019"});
    CHECK(loaded["added"] == 18);
    CHECK(loaded["links"] == 18);
    CHECK(loaded["frameworks"] == json::array({"home-office-2019"}));
    const auto nodes = f.okJson({"indicators", "list", f.project});
    REQUIRE(nodes.size() == 18);
    for (const char* field : {"framework", "id", "ref", "guid", "parent", "kind", "title", "definition",
                              "unit", "direction", "breakdowns", "source", "depth", "values", "codes"})
        CHECK(nodes[0].contains(field));
    const auto work =
        std::find_if(nodes.begin(), nodes.end(), [](const json& n) { return n["id"] == "Work"; });
    REQUIRE(work != nodes.end());
    CHECK((*work)["ref"] == "home-office-2019:Work");
    CHECK((*work)["parent"] == "Markers and Means");
    CHECK((*work)["codes"].size() == 1);

    f.ok({"codebook", "add", f.project, "Barriers/No right to work"});
    f.ok({"indicators", f.project, "link", "Barriers/No right to work", "home-office-2019:Work",
          "--rationale", "The law bars work"});
    const auto links = f.okJson({"indicators", f.project, "links"});
    CHECK(links.size() == 19);
    const auto own =
        std::find_if(links.begin(), links.end(), [](const json& l) { return !l["shipped"].get<bool>(); });
    REQUIRE(own != links.end());
    CHECK((*own)["rationale"] == "The law bars work");
    CHECK(runCairn({"indicators", f.project, "link", "Barriers", "no-such:1"}).exitCode == 1);
    f.ok({"indicators", f.project, "unlink", "Barriers/No right to work", "home-office-2019:Work"});
    CHECK(runCairn({"indicators", f.project, "unlink", "Barriers/No right to work", "home-office-2019:Work"})
              .exitCode == 1);

    const auto exported = (f.dir / "frameworks.csv").string();
    f.ok({"indicators", f.project, "export", exported});
    const auto frameworks = f.okJson({"indicators", f.project, "frameworks"});
    REQUIRE(frameworks.size() == 1);
    CHECK(frameworks[0]["nodes"] == 18);
    CHECK(f.ok({"indicators", "shipped"}).out.find("wales-nwi-2021") != std::string::npos);
}

TEST_CASE("values import refuses a bad file whole with line numbers, or skips bad rows when asked",
          "[cli][indicators]") {
    Fixture f;
    f.ok({"indicators", f.project, "import", "home-office-2019"});
    const auto bad = f.file("bad.csv", "indicator,scope,period,value,n\n"
                                       "Work,project,2021,61.5,1200\n"
                                       "Work,project,2021,62,\n"
                                       "Nothing,project,2021,1,\n"
                                       "Housing,case:Nobody,2021,1,\n"
                                       "Housing,project,2021,high,\n");
    const auto refused = runCairn({"values", f.project, "import", bad});
    CHECK(refused.exitCode == 1);
    CHECK_THAT(refused.err, Contains("line 3: repeats line 2"));
    CHECK_THAT(refused.err, Contains("line 4: no indicator 'Nothing'"));
    CHECK_THAT(refused.err, Contains("line 5: no case named 'Nobody'"));
    CHECK_THAT(refused.err, Contains("line 6: the value 'high' is not a number"));
    CHECK(f.okJson({"values", f.project, "list"}).empty());

    const auto skipped = f.okJson({"values", f.project, "import", bad, "--skip-bad-rows"});
    CHECK(skipped["added"] == 1);
    CHECK(skipped["skipped"] == 4);
    CHECK(skipped["problems"].size() == 4);
    CHECK(skipped["problems"][0]["line"] == 3);

    const auto wide = f.file("wide.csv", "indicator,scope,2019,2020,2021\nHousing,group:Newport,40,,44\n");
    const auto imported = f.okJson({"values", f.project, "import", wide});
    CHECK(imported["format"] == "wide");
    CHECK(imported["added"] == 2);
    const auto values = f.okJson({"values", "list", f.project, "--indicator", "home-office-2019:Housing"});
    REQUIRE(values.size() == 2);
    for (const char* field : {"guid", "framework", "indicator", "title", "scope", "period", "period_start",
                              "period_end", "breakdown", "value", "n", "source"})
        CHECK(values[0].contains(field));
    CHECK(values[0]["scope"] == "group:Newport");
    CHECK(values[1]["value"] == 44.0);
    CHECK(values[0]["n"].is_null());

    const auto out = (f.dir / "out.csv").string();
    f.ok({"values", f.project, "export", out, "--format", "wide"});
    CHECK(runCairn({"values", f.project, "rm"}).exitCode == 1); // no filter, no --all
    CHECK(f.ok({"values", f.project, "rm", "--all"}).out == "deleted 3 values\n");
    CHECK(f.okJson({"values", f.project, "import", out})["added"] == 3);
    CHECK(runCairn({"values", f.project, "import", f.file("x.csv", "a,b\n1,2\n"), "--format", "long"})
              .exitCode == 1);
}

TEST_CASE("values from a case attribute feed side-by-side next to the linked codes' evidence",
          "[cli][indicators]") {
    Fixture f;
    f.ok({"indicators", f.project, "import",
          f.file("survey.csv",
                 "framework,id,title,unit,direction\nsurvey,friends,Friendship score,score,higher\n")});
    f.ok({"values", f.project, "from-attribute", "friends_at_arrival", "--indicator", "survey:friends",
          "--period", "arrival"});
    f.ok({"values", f.project, "from-attribute", "friends_now", "--indicator", "friends", "--period", "now"});
    f.ok({"code", f.project, "--source", "int", "--start", "30", "--end", "70", "--code",
          "Home Office Indicators of Integration 2019/Social Connections/Social Bridges"});
    f.ok({"indicators", f.project, "link",
          "Home Office Indicators of Integration 2019/Social Connections/Social Bridges", "survey:friends"});
    const auto rows = f.okJson({"analyse", f.project, "side-by-side", "survey:friends"});
    REQUIRE(rows.size() == 1);
    CHECK(rows[0]["indicator"] == "survey:friends");
    CHECK(rows[0]["sources"] == 1);
    CHECK(rows[0]["periods"] == "arrival: 2 (n = 1); now: 8 (n = 1)");
    CHECK(rows[0]["change"] == 6.0);
    CHECK(rows[0]["trend"] == "better");
    CHECK(rows[0]["quote_1"].is_null()); // Amira's consent is not recorded: withheld
    f.ok({"consent", f.project, "Amira", "anonymous"});
    const auto anonymous = f.okJson({"analyse", f.project, "side-by-side", "survey:friends"});
    CHECK(anonymous[0]["quote_1"].get<std::string>().find("anonymous") != std::string::npos);
    const auto sheet = (f.dir / "side.xlsx").string();
    f.ok({"analyse", f.project, "side-by-side", "--xlsx", sheet});
    const auto values = (f.dir / "values.xlsx").string();
    f.ok({"values", f.project, "export", values, "--format", "wide"});
    for (const auto& path : {sheet, values})
        CHECK(readFile(path).rfind("PK", 0) == 0); // a ZIP container, as .xlsx is
    CHECK(runCairn({"analyse", f.project, "side-by-side", "--xlsx", sheet, "--json"}).exitCode == 2);
    const auto csv = f.ok({"analyse", f.project, "side-by-side", "--csv"}).out;
    CHECK(csv.rfind("indicator,title,codes,codings,sources,", 0) == 0);
    CHECK(runCairn({"values", f.project, "from-attribute", "friends_now", "--indicator", "survey:friends"})
              .exitCode == 2); // --period is required
}

TEST_CASE("the demo project sets its survey scores beside coded evidence", "[cli][indicators][demo]") {
    TempDir dir;
    REQUIRE(runCairn({"demo", dir.path().string()}).exitCode == 0);
    const auto project = (dir / "demo.cairn").string();
    const auto result = runCairn({"analyse", project, "side-by-side", "demo-survey:friends", "--json"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const auto rows = json::parse(result.out);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0]["series"] == "cases (mean)");
    CHECK(rows[0]["paired_n"].get<int>() >= 20);
    CHECK(rows[0]["paired_change"].get<double>() > 3);
    CHECK(rows[0]["sources"].get<int>() > 0);
    CHECK_FALSE(rows[0]["quote_1"].is_null());
    const auto all = runCairn({"analyse", project, "side-by-side", "--json"});
    REQUIRE(all.exitCode == 0);
    CHECK(json::parse(all.out).size() > 10);
}
