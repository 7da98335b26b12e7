// `cairn privacy`, `cairn redact`, `cairn consent … withdrawn` and the quote outputs they govern: both
// argument orders of the nested actions, JSON fields scripts read, the registry exported on its own,
// and quote text that holds no real names, withdrawn passages or sensitive values.

#include "cli_harness.h"
#include "support/test_paths.h"

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
        ok({"init", project});
        writeFile(dir / "amira.txt", "Dw i'n byw yng Nghaerdydd nawr gyda Yusuf, fy mrawd.\n");
        writeFile(dir / "ben.txt", "Amira's class in Newport was full. Call me on 07700 900123.\n");
        writeFile(dir / "karim.txt", "I left the study; the boat story stays with me.\n");
        ok({"import", project, (dir / "amira.txt").string(), "--kind", "interview", "--case", "Amira",
            "--lang", "cy"});
        ok({"import", project, (dir / "ben.txt").string(), "--kind", "interview", "--case", "Ben"});
        ok({"import", project, (dir / "karim.txt").string(), "--kind", "interview", "--case", "Karim"});
        ok({"consent", project, "Amira", "anonymous"});
        ok({"consent", project, "Ben", "quote"});
        ok({"consent", project, "Karim", "withdrawn", "--date", "2026-02-01"});
        ok({"case", "set", project, "Amira", "ho_ref", "B1234567"});
        ok({"codebook", "add", project, "Language"});
        for (const auto& [source, end] : std::vector<std::pair<std::string, std::string>>{
                 {"amira", "52"}, {"ben", "34"}, {"karim", "47"}})
            ok({"code", project, "--source", source, "--start", "0", "--end", end, "--code", "Language"});
    }
    ProcessResult ok(const std::vector<std::string>& args) {
        const auto result = runCairn(args);
        INFO(args[0] << ": " << result.err);
        REQUIRE(result.exitCode == 0);
        return result;
    }
    std::string matrix(bool raw = false) {
        std::vector<std::string> args{"analyse", project, "matrix", "--text", "--json"};
        if (raw) args.push_back("--include-identifying");
        return ok(args).out;
    }
};

} // namespace

TEST_CASE("privacy: pseudonyms are suggested, applied and replace names in quote outputs", "[cli][privacy]") {
    Fixture f;
    f.ok({"privacy", f.project, "pseudonym", "add", "Amira", "Participant 7", "--kind", "case"});
    f.ok({"privacy", "pseudonym", "add", f.project, "Caerdydd", "city in Wales"});
    f.ok({"privacy", f.project, "pseudonym", "add", "Newport", "[town in Wales]", "--kind", "term"});
    f.ok({"privacy", f.project, "pseudonym", "add", "Yusuf", "brother"});
    const auto suggested = json::parse(f.ok({"privacy", f.project, "pseudonym", "suggest", "--json"}).out);
    std::vector<std::string> texts;
    for (const auto& m : suggested)
        texts.push_back(m.at("text"));
    CHECK(std::count(texts.begin(), texts.end(), "Nghaerdydd") == 1);
    CHECK(std::count(texts.begin(), texts.end(), "Amira") == 1); // in "Amira's"
    for (const auto* field : {"id", "source", "start", "end", "text", "replacement", "status"})
        CHECK(suggested.at(0).contains(field));
    // Accept one by id, then the rest.
    f.ok({"privacy", f.project, "pseudonym", "apply", std::to_string(suggested.at(0).at("id").get<int>())});
    f.ok({"privacy", f.project, "pseudonym", "apply"});
    const auto out = f.matrix();
    for (const auto* secret : {"Amira", "Caerdydd", "Nghaerdydd", "Newport", "Yusuf", "boat"})
        CHECK(out.find(secret) == std::string::npos);
    CHECK(out.find("[city in Wales]") != std::string::npos);

    // Raw output needs the flag and is logged.
    CHECK(f.matrix(true).find("Nghaerdydd") != std::string::npos);
    const auto log = json::parse(f.ok({"privacy", f.project, "log", "--json"}).out);
    CHECK(std::any_of(log.begin(), log.end(), [](const json& r) { return r.at("action") == "raw-output"; }));
    CHECK(log.dump().find("Caerdydd") == std::string::npos);
    for (const auto* field : {"id", "at", "coder", "action", "target", "detail"})
        CHECK(log.at(0).contains(field));

    // The registry is exported on its own.
    const auto csv = (f.dir / "registry.csv").string();
    f.ok({"privacy", f.project, "pseudonym", "export", csv});
    CHECK(readFile(csv).find("Caerdydd") != std::string::npos);
    const auto list = json::parse(f.ok({"privacy", f.project, "pseudonym", "list", "--json"}).out);
    CHECK(list.size() == 4);
    f.ok({"privacy", f.project, "pseudonym", "rm", "Yusuf"});
    CHECK(json::parse(f.ok({"privacy", f.project, "pseudonym", "list", "--json"}).out).size() == 3);
}

TEST_CASE("redact: add, list, remove, in either argument order", "[cli][privacy]") {
    Fixture f;
    const auto added =
        f.ok({"redact", f.project, "--source", "ben", "--start", "6", "--end", "14", "--as", "a course"}).out;
    CHECK(added.find("[a course]") != std::string::npos);
    const auto list = json::parse(f.ok({"redact", f.project, "list", "--json"}).out);
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).at("start") == 6);
    CHECK(f.matrix().find("[a course]") != std::string::npos);
    f.ok({"redact", "rm", f.project, list.at(0).at("guid").get<std::string>()});
    CHECK(json::parse(f.ok({"redact", f.project, "list", "--json"}).out).empty());
    const auto bad = runCairn({"redact", f.project, "--source", "ben", "--start", "6"});
    CHECK(bad.exitCode != 0);
    const auto past =
        runCairn({"redact", f.project, "--source", "ben", "--start", "6", "--end", "999", "--as", "x"});
    CHECK(past.exitCode == 1);
    CHECK(past.err.find("past the end") != std::string::npos);
}

TEST_CASE("scan and import flag identifiers; sensitive attributes are refused", "[cli][privacy]") {
    Fixture f;
    writeFile(f.dir / "nhs.txt", "My NHS number is 943 476 5919.\n");
    const auto imported = f.ok({"import", f.project, (f.dir / "nhs.txt").string(), "--json"});
    CHECK(json::parse(imported.out).at(0).at("identifiers").at("nhs-number") == 1);
    const auto scan = json::parse(f.ok({"privacy", f.project, "scan", "--json"}).out);
    std::vector<std::string> kinds;
    for (const auto& r : scan)
        kinds.push_back(r.at("kind"));
    CHECK(std::count(kinds.begin(), kinds.end(), "nhs-number") == 1);
    CHECK(std::count(kinds.begin(), kinds.end(), "uk-phone") == 1);
    CHECK(std::count(kinds.begin(), kinds.end(), "home-office-ref") == 1);
    CHECK(scan.dump().find("B1234567") == std::string::npos);

    f.ok({"privacy", f.project, "sensitive", "ho_ref"});
    const auto refused = runCairn({"analyse", f.project, "crosstab", "ho_ref"});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.find("sensitive") != std::string::npos);
    f.ok({"privacy", f.project, "sensitive", "ho_ref", "--off"});
    f.ok({"analyse", f.project, "crosstab", "ho_ref"});
}

TEST_CASE("consent withdrawn is listed and logged", "[cli][privacy]") {
    Fixture f;
    const auto cases = json::parse(f.ok({"cases", f.project, "--json"}).out);
    const auto karim =
        std::find_if(cases.begin(), cases.end(), [](const json& c) { return c.at("name") == "Karim"; });
    CHECK(karim->at("consent") == "withdrawn");
    // The text form carries the table's notes.
    const auto text = f.ok({"analyse", f.project, "matrix", "--text"}).out;
    CHECK(text.find("withdrew") != std::string::npos);
    CHECK(text.find("boat") == std::string::npos);
    const auto log = f.ok({"privacy", f.project, "log"}).out;
    CHECK(log.find("withdrawn") != std::string::npos);
}
