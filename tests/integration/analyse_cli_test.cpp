// `cairn analyse`: the JSON fields and CSV headers that scripts read, both argument orders, errors with
// their exit codes, and the analyses on the demo corpus (survey scores and auto-coded themes).

#include "cli_harness.h"
#include "support/test_paths.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cairn;
using namespace cairn::test;
using nlohmann::json;

namespace {

struct Fixture {
    TempDir dir;
    std::string project = (dir / "study.cairn").string();
    Fixture() {
        REQUIRE(runCairn({"init", project}).exitCode == 0);
        writeFile(dir / "amira.txt", "Interviewer: Classes?\n\nAmira: Two years on the ESOL waiting list.\n\n"
                                     "Interviewer: And your housing?\n\nAmira: A hostel, then a flat.\n");
        writeFile(dir / "sub.txt", "Waiting lists for ESOL, and damp housing.\n");
        ok({"import", project, (dir / "amira.txt").string(), "--kind", "interview"});
        ok({"import", project, (dir / "sub.txt").string(), "--kind", "submission", "--case", "Org A"});
        ok({"case", "speaker", project, "amira", "Amira", "Amira"});
        ok({"case", "set", project, "Amira", "status", "refugee"});
        ok({"consent", project, "Amira", "anonymous"});
        ok({"consent", project, "Org A", "anonymous"});
        ok({"case", "set", project, "Amira", "score_before", "2"});
        ok({"case", "set", project, "Amira", "score_after", "5"});
        ok({"case", "set", project, "Org A", "score_before", "4"});
        ok({"case", "set", project, "Org A", "score_after", "6"});
        ok({"codebook", "add", project, "Barriers/Language"});
        ok({"codebook", "add", project, "Barriers/Housing"});
        for (const auto& [source, start, end, code] :
             std::vector<std::tuple<std::string, std::string, std::string, std::string>>{
                 {"amira", "47", "65", "Barriers/Language"},
                 {"sub", "0", "22", "Barriers/Language"},
                 {"sub", "28", "41", "Barriers/Housing"}}) {
            ok({"code", project, "--source", source, "--start", start, "--end", end, "--code", code,
                "--coder", "ana"});
        }
    }
    ProcessResult ok(const std::vector<std::string>& args) {
        const auto result = runCairn(args);
        INFO(args[0] << ": " << result.err);
        REQUIRE(result.exitCode == 0);
        return result;
    }
    json analyse(std::vector<std::string> args) {
        args.insert(args.begin(), {"analyse", project});
        args.push_back("--json");
        return json::parse(ok(args).out);
    }
};

} // namespace

TEST_CASE("analyse prints frequencies as JSON, CSV and text in either argument order", "[cli][analysis]") {
    Fixture f;
    const auto rows = f.analyse({"frequencies"});
    REQUIRE(rows.size() == 3); // Barriers, Barriers/Language, Barriers/Housing
    CHECK(rows[1]["code"] == "Barriers/Language");
    for (const auto* field :
         {"own_codings", "codings", "sources", "sources_total", "interview", "interview_total", "submission",
          "submission_total", "cases", "cases_total", "passages", "passages_total", "coders", "coders_total"})
        CHECK(rows[1].contains(field));
    CHECK(rows[1]["submission"] == 1);
    CHECK(rows[1]["cases"] == 2);
    CHECK(rows[0]["codings"] == 3);

    const auto csv = f.ok({"analyse", "frequencies", f.project, "--csv"}).out;
    CHECK(csv.rfind("code,own_codings,codings,sources,sources_total,interview,interview_total,submission,"
                    "submission_total,cases,cases_total,passages,passages_total,coders,coders_total\r\n",
                    0) == 0);
    const auto text = f.ok({"analyse", f.project, "frequencies", "--kind", "submission"}).out;
    CHECK(text.find("Code frequencies") != std::string::npos);
    CHECK(runCairn({"analyse", f.project, "frequencies", "--json", "--csv"}).exitCode == 2);
}

TEST_CASE("analyse --exclude-withdrawn counts as reports do", "[cli][analysis]") {
    Fixture f;
    f.ok({"consent", f.project, "Org A", "withdrawn"});
    CHECK(f.analyse({"frequencies"})[1]["codings"] == 2); // the working view still counts everything
    const auto rows = f.analyse({"frequencies", "--exclude-withdrawn"});
    CHECK(rows[1]["codings"] == 1);       // Amira's only
    CHECK(rows[1]["cases_total"] == 1);   // Org A left out
    CHECK(rows[1]["sources_total"] == 1); // the submission was Org A's alone
    CHECK_FALSE(rows[1].contains("submission"));
}

TEST_CASE("analyse crosstab, cooccurrence, matrix and summary from the command line", "[cli][analysis]") {
    Fixture f;
    const auto cross = f.analyse({"crosstab", "status"});
    CHECK(cross[0]["code"] == "(all)");
    CHECK(cross[0]["refugee"] == 1);
    CHECK(cross[2]["refugee %"] == 100.0);
    CHECK(f.ok({"analyse", f.project, "crosstab", "status", "--sources", "--csv"})
              .out.rfind("code,refugee,refugee %\r\n", 0) == 0);

    const auto cooc = f.analyse({"cooccurrence"});
    REQUIRE(cooc.size() == 2);
    CHECK(cooc[0]["Barriers/Housing"] == 1); // the submission's one passage holds both
    CHECK(f.analyse({"cooccurrence", "--jaccard"})[0]["Barriers/Housing"] == 0.5);

    const auto matrix = f.analyse({"matrix", "--text"});
    CHECK(matrix[0]["case"] == "Amira");
    CHECK(matrix[0]["Barriers/Language"] == "[amira] ESOL waiting list.");
    CHECK(matrix[1]["Barriers/Housing"] == "[sub] damp housing.");

    const auto paired = f.analyse({"summary", "score_before", "--paired", "score_after"});
    CHECK(paired[0]["n"] == 2);
    CHECK(paired[0]["mean_difference"] == 2.5);
    for (const auto* field :
         {"group", "mean_score_before", "mean_score_after", "ci_low", "ci_high", "t", "df", "p"})
        CHECK(paired[0].contains(field));

    const auto missing = runCairn({"analyse", f.project, "crosstab", "nationality"});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.find("status") != std::string::npos); // names the attributes there are
    CHECK(runCairn({"analyse", f.project, "summary", "status"}).exitCode == 1);
    CHECK(runCairn({"analyse", f.project, "frequencies", "--from", "soon"}).exitCode == 1);
    CHECK(runCairn({"analyse", f.project}).exitCode == 2);
}

TEST_CASE("analyse runs on the demo corpus", "[cli][analysis][demo]") {
    TempDir dir;
    REQUIRE(runCairn({"demo", dir.path().string()}).exitCode == 0);
    const auto project = (dir / "demo.cairn").string();
    const auto run = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"analyse", project});
        args.push_back("--json");
        const auto result = runCairn(args);
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
        return json::parse(result.out);
    };
    const auto paired = run({"summary", "friends_at_arrival", "--paired", "friends_now"});
    REQUIRE(paired.size() == 1);
    CHECK(paired[0]["n"].get<int>() >= 20);
    CHECK(paired[0]["n"].get<int>() <= 40);
    CHECK(paired[0]["mean_difference"].get<double>() > 0);
    CHECK(paired[0]["p"].get<double>() < 0.05);

    const auto byStatus = run({"summary", "english_confidence", "--by", "status"});
    CHECK(byStatus[0]["group"] == "(all)");
    CHECK(byStatus.size() > 2);

    const auto frequencies = run({"frequencies"});
    const auto esol = std::find_if(frequencies.begin(), frequencies.end(), [](const json& row) {
        return row["code"] == "Barriers/Language/ESOL waiting list";
    });
    REQUIRE(esol != frequencies.end());
    CHECK((*esol)["sources"].get<int>() > 0);
    CHECK((*esol)["submission_total"].get<int>() > 0);
    CHECK(run({"crosstab", "status"}).size() == frequencies.size() + 1);
    CHECK(run({"cooccurrence"}).size() > 1);
    CHECK(run({"matrix"}).size() > 1);
}
