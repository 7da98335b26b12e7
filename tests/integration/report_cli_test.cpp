// `cairn report`: the format from --format or the file's extension, the withheld counts on stderr
// before writing, the --json summary scripts read, and --include-identifying warned about and logged.
// The project is the report fixture (every consent state, pseudonyms, a sensitive attribute), built
// through Project and then closed, so the CLI opens it as a user would.

#include "cli_harness.h"
#include "support/document_text.h"
#include "support/test_paths.h"
#include "unit/project/report_fixture.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cairn;
using namespace cairn::test;
using Catch::Matchers::Contains;
using nlohmann::json;

namespace {

struct CliReport {
    ReportFixture fixture;
    std::string project;
    CliReport() {
        project = fixture.project->file().path();
        fixture.project.reset(); // releases the writer's lock
    }
    ProcessResult run(std::vector<std::string> args) {
        args.insert(args.begin(), {"report", project});
        return runCairn(args);
    }
    std::string out(const std::string& name) { return (fixture.dir / name).string(); }
};

} // namespace

TEST_CASE("report: every format from the extension, counts withheld stated first, JSON summary",
          "[cli][report]") {
    CliReport r;
    for (const auto* ext : {"docx", "odt", "html", "md", "pdf", "csv", "xlsx"}) {
        INFO(ext);
        const auto path = r.out(std::string("summary.") + ext);
        const auto result =
            r.run({"--codes", "Barriers/Language,Barriers", "--by", "status", "--out", path, "--json"});
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
        const auto summary = json::parse(result.out);
        CHECK(summary["path"] == path);
        CHECK(summary["format"] == ext);
        CHECK(summary["themes"] == 2);
        CHECK(summary["quotes"] == 9); // Language: 4; Barriers: the same 4 and ivy's
        CHECK(summary["reviewed_quotes"] == false);
        CHECK(summary["include_identifying"] == false);
        // Each passage counted once, though it sits under both themes.
        CHECK(summary["withheld"]["total"] == 3);
        CHECK(summary["withheld"]["withdrawn"] == 1);
        CHECK(summary["withheld"]["not_to_be_quoted"] == 1);
        CHECK(summary["withheld"]["consent_not_recorded"] == 1);
        CHECK(summary["sensitive_attributes"] == 1);
        CHECK_THAT(result.err,
                   Contains("withheld: 3 passages (1 withdrawn, 1 not to be quoted, 1 consent not "
                            "recorded)"));
        const auto text = documentText(path);
        for (const auto& secret : ReportFixture::secrets())
            CHECK(text.find(secret) == std::string::npos);
        CHECK_THAT(text, Contains("Swansea"));
    }
    CHECK_THAT(readFile(r.out("summary.html")), Contains("3 of 4 interviews"));
}

TEST_CASE("report: --format wins over the extension; no format is a clear error", "[cli][report]") {
    CliReport r;
    const auto ok = r.run({"--codes", "Barriers/Language", "--format", "md", "--out", r.out("notes.txt")});
    REQUIRE(ok.exitCode == 0);
    CHECK_THAT(ok.out, Contains("wrote " + r.out("notes.txt") + " (md): 1 themes, 4 quotes"));
    CHECK_THAT(readFile(r.out("notes.txt")), Contains("## Language"));
    const auto unknown = r.run({"--codes", "Barriers/Language", "--out", r.out("notes.txt")});
    CHECK(unknown.exitCode == 1);
    CHECK_THAT(unknown.err, Contains("give --format"));
    const auto bad = r.run({"--codes", "Barriers/Language", "--format", "rtf", "--out", r.out("x.rtf")});
    CHECK(bad.exitCode == 1);
    CHECK_THAT(bad.err, Contains("unknown report format 'rtf'"));
    const auto missing = r.run({"--codes", "Nowhere", "--out", r.out("x.html")});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(r.out("x.html")));
    const auto sensitive =
        r.run({"--codes", "Barriers/Language", "--by", "ho_ref", "--out", r.out("x.html")});
    CHECK(sensitive.exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(r.out("x.html")));
}

TEST_CASE("report --include-identifying: warned, raw, and in the anonymisation log",
          "[cli][report][privacy]") {
    CliReport r;
    const auto result = r.run({"--codes", "Barriers/Language", "--quotes", "10", "--out", r.out("raw.html"),
                               "--include-identifying", "--json"});
    REQUIRE(result.exitCode == 0);
    CHECK_THAT(result.err, Contains("warning: --include-identifying"));
    CHECK(json::parse(result.out)["include_identifying"] == true);
    const auto html = readFile(r.out("raw.html"));
    for (const auto* raw : {"Nghaerdydd", "boat", "two years", "library"})
        CHECK_THAT(html, Contains(raw));
    const auto log = json::parse(runCairn({"privacy", r.project, "log", "--json"}).out);
    CHECK(std::any_of(log.begin(), log.end(), [](const json& row) {
        return row.value("action", "") == "raw-output" && row.value("target", "") == "report";
    }));
}
