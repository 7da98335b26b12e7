// `cairn quotes` and `cairn review` at the command line: proposing from a coding and from a span, the
// JSON fields scripts read, reviewers and their actions in both argument orders, an approval that stops
// holding when a pseudonym changes the text, withheld quotes, and the clear errors.

#include "quotes_fixture.h"

#include <catch2/catch.hpp>

using namespace cairn;
using namespace cairn::test;

using Fixture = QuotesFixture;

TEST_CASE("quotes: proposed from a coding or a span, listed with every JSON field", "[cli][quotes]") {
    Fixture f;
    const auto proposed = json::parse(f.ok({"quotes", f.project, "propose", f.bensCoding, "--json"}).out);
    CHECK(proposed["status"] == "proposed");
    f.ok({"quotes", "propose", f.project, "--source", "ben", "--start", "4", "--end", "25", "--code",
          "Barriers/Language"});
    const auto quotes = f.list();
    REQUIRE(quotes.size() == 2);
    for (const auto& q : quotes) {
        for (const auto* field : {"guid", "status", "code", "source", "case", "text", "disclosure",
                                  "attribution", "comments", "needs_review_reason"})
            CHECK(q.contains(field));
        CHECK(q["code"] == "Barriers/Language");
        CHECK(q["source"] == "ben");
        CHECK(q["case"] == "Ben");
        CHECK(q["disclosure"] == "attributed");
        CHECK(q["attribution"] == "Ben");
        CHECK(q["needs_review_reason"].is_null());
    }
    CHECK(quotes[0]["text"] == "The ESOL class in Newport was full, so I waited a year.");
    CHECK(quotes[1]["text"] == "ESOL class in Newport");
    const auto again = f.fails({"quotes", f.project, "propose", f.bensCoding});
    CHECK(again.err.find("already proposed") != std::string::npos);
    const auto neither = f.fails({"quotes", f.project, "propose"});
    CHECK(neither.err.find("--source") != std::string::npos);
}

TEST_CASE("review: actions by named reviewers, with comments, in both argument orders", "[cli][quotes]") {
    Fixture f;
    const std::string guid =
        json::parse(f.ok({"quotes", f.project, "propose", f.bensCoding, "--json"}).out)["guid"];
    f.ok({"review", f.project, "request-change", guid, "--reviewer", "Sam", "--comment", "shorter, please"});
    f.ok({"review", "approve", f.project, guid.substr(0, 8), "--reviewer", "Sam"});
    const auto q = f.list()[0];
    CHECK(q["status"] == "approved");
    REQUIRE(q["comments"].size() == 2);
    CHECK(q["comments"][0]["reviewer"] == "Sam");
    CHECK(q["comments"][0]["role"] == "community researcher");
    CHECK(q["comments"][0]["action"] == "request-change");
    CHECK(q["comments"][0]["comment"] == "shorter, please");
    CHECK(q["comments"][1]["action"] == "approve");
    CHECK(f.list({"--status", "approved"}).size() == 1);
    CHECK(f.list({"--status", "proposed"}).empty());
    CHECK(f.list({"--code", "Barriers"}).size() == 1);
    const auto reviewers = json::parse(f.ok({"review", f.project, "reviewer", "list", "--json"}).out);
    REQUIRE(reviewers.size() == 1);
    CHECK(reviewers[0]["role"] == "community researcher");
    // Undo takes back the approval alone.
    f.ok({"undo", f.project});
    CHECK(f.list()[0]["status"] == "change-requested");
}

TEST_CASE("review: an unknown reviewer names the command that adds one", "[cli][quotes]") {
    Fixture f;
    const std::string guid =
        json::parse(f.ok({"quotes", f.project, "propose", f.bensCoding, "--json"}).out)["guid"];
    const auto result = f.fails({"review", f.project, "approve", guid, "--reviewer", "Nobody"});
    CHECK(result.err.find("cairn review P reviewer add") != std::string::npos);
    CHECK(f.list()[0]["comments"].empty());
}

TEST_CASE("review: a new pseudonym sends an approved quote back to review", "[cli][quotes]") {
    Fixture f;
    const std::string guid =
        json::parse(f.ok({"quotes", f.project, "propose", f.bensCoding, "--json"}).out)["guid"];
    f.ok({"review", f.project, "approve", guid, "--reviewer", "Sam"});
    f.ok({"privacy", f.project, "pseudonym", "add", "Newport", "town in Wales"});
    f.ok({"privacy", f.project, "pseudonym", "suggest"});
    f.ok({"privacy", f.project, "pseudonym", "apply"});
    const auto q = f.list()[0];
    CHECK(q["status"] == "proposed");
    CHECK(q["text"] == "The ESOL class in [town in Wales] was full, so I waited a year.");
    CHECK(q["needs_review_reason"].get<std::string>().find("changed since approval") != std::string::npos);
    CHECK(f.list({"--status", "approved"}).empty());
    const auto text = f.ok({"quotes", f.project, "list"}).out;
    CHECK(text.find("needs review again") != std::string::npos);
}

TEST_CASE("review: a withheld quote is listed without text and cannot be approved", "[cli][quotes]") {
    Fixture f;
    const auto q = json::parse(f.ok({"quotes", f.project, "propose", f.karimsCoding, "--json"}).out);
    CHECK(q["disclosure"] == "withheld");
    CHECK(q["text"].is_null());
    CHECK(q["attribution"] == "withheld: withdrawn");
    const auto listed = f.ok({"quotes", f.project, "list"}).out;
    CHECK(listed.find("I left the study") == std::string::npos);
    const auto refused = f.fails({"review", f.project, "approve", q["guid"], "--reviewer", "Sam"});
    CHECK(refused.err.find("withheld") != std::string::npos);
    f.ok({"review", f.project, "reject", q["guid"], "--reviewer", "Sam", "--comment", "withdrawn"});
    CHECK(f.list()[0]["status"] == "rejected");
}

TEST_CASE("report: once quotes are reviewed, only approved ones are quoted", "[cli][quotes][report]") {
    Fixture f;
    const auto report = [&] {
        return json::parse(f.ok({"report", f.project, "--codes", "Barriers/Language", "--format", "md",
                                 "--out", (f.dir / "summary.md").string(), "--json"})
                               .out);
    };
    const std::string guid =
        json::parse(f.ok({"quotes", f.project, "propose", f.bensCoding, "--json"}).out)["guid"];
    // Proposed but not approved: the project reviews quotes, so nothing is quoted yet.
    auto summary = report();
    CHECK(summary["reviewed_quotes"] == true);
    CHECK(summary["quotes"] == 0);
    f.ok({"review", f.project, "approve", guid, "--reviewer", "Sam"});
    summary = report();
    CHECK(summary["quotes"] == 1);
    const auto text = readFile(f.dir / "summary.md");
    CHECK(text.find("The ESOL class in Newport was full") != std::string::npos);
    CHECK(text.find("Quotes are those approved in review.") != std::string::npos);
    CHECK(text.find("boat story") == std::string::npos);
}
