// The analyses against counts worked out by hand on a small project: an interview with a linked
// speaker, submissions with and without a case, a case without sources, missing attribute values, two
// coders, overlapping codings and a coding made on an earlier date.

#include "common/error.h"
#include "project_fixture.h"
#include "store/case_store.h"
#include "store/coding_store.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

using namespace cairn;
using analysis::Cell;
using analysis::Table;

namespace {

// The project, as laid out in the comments; codings are numbered as below.
struct AnalysisFixture : test::ProjectFixture {
    AnalysisFixture() {
        import("int-amira.txt", "Interviewer: How long did you wait for English classes?\n\n"
                                "Amira: Two years on the ESOL waiting list. Then the college called.\n\n"
                                "Interviewer: And your housing?\n\n"
                                "Amira: The flat was damp, and the landlord never answered.\n");
        import("sub1.txt", "We run a faith-based English conversation club on Saturdays.\n", "submission",
               "Org A");
        import("sub2.txt", "Waiting lists for ESOL are a year long in this county.\n", "submission");
        import("sub3.txt", "Our members mostly need help with housing.\n", "submission");
        project->linkSpeaker("int-amira", "Amira", "Amira");
        project->addCase("Bilal"); // no sources
        project->addCase("Chen");
        project->setConsent("Amira", "anonymous"); // quotable text cells need recorded consent
        project->setConsent("Org A", "anonymous");
        project->setCaseAttribute("Amira", "status", "refugee");
        project->setCaseAttribute("Bilal", "status", "asylum seeker");
        project->setCaseAttribute("Chen", "status", "refugee");
        for (const auto& [name, arrival, now] :
             std::vector<std::tuple<std::string, std::string, std::string>>{
                 {"Amira", "2", "8"}, {"Bilal", "1", "4"}, {"Chen", "3", ""}}) {
            project->setCaseAttribute(name, "friends_at_arrival", arrival, "integer");
            if (!now.empty()) project->setCaseAttribute(name, "friends_now", now, "integer");
        }
        project->addCode("Barriers/Language");
        project->addCode("Barriers/Housing");
        project->addCode("Enablers/Faith");

        const auto p = project->passages("int-amira"); // P0 Interviewer, P1 Amira, P2 Interviewer, P3 Amira
        REQUIRE(p.size() == 4);
        code("int-amira", p[1].cpStart, p[1].cpEnd, "Barriers/Language", "ana");           // 1: P1
        code("int-amira", p[1].cpStart + 10, p[2].cpStart + 5, "Barriers/Housing", "ben"); // 2: P1, P2
        code("int-amira", p[0].cpStart, p[0].cpEnd, "Barriers/Language", "ben");           // 3: P0, by source
        code("sub1", 0, 30, "Enablers/Faith", "ana");                                      // 4
        code("sub1", 20, 50, "Barriers/Language", "ana");                                  // 5: overlaps 4
        const auto old = code("sub2", 0, 20, "Barriers/Language", "ana");                  // 6: no case
        project->file().db().exec("UPDATE codings SET created_at = '2025-12-01T09:00:00Z' WHERE guid = '" +
                                  old.coding.guid + "'");
    }
};

std::size_t column(const Table& t, const std::string& name) {
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        if (t.columns[i].name == name) return i;
    FAIL("no column " << name);
    return 0;
}

const std::vector<Cell>& row(const Table& t, const std::string& label) {
    for (const auto& r : t.rows)
        if (std::get<std::string>(r.at(0)) == label) return r;
    FAIL("no row " << label);
    return t.rows.front();
}

std::int64_t integer(const Table& t, const std::string& label, const std::string& col) {
    return std::get<std::int64_t>(row(t, label).at(column(t, col)));
}

double number(const Table& t, const std::string& label, const std::string& col) {
    return std::get<double>(row(t, label).at(column(t, col)));
}

bool empty(const Table& t, const std::string& label, const std::string& col) {
    return std::holds_alternative<std::monostate>(row(t, label).at(column(t, col)));
}

} // namespace

TEST_CASE("frequencies roll sub-codes up and give every count with its total", "[project][analysis]") {
    AnalysisFixture f;
    const auto t = f.project->frequencies({});
    using Row = std::tuple<std::string, std::string, std::int64_t>;
    for (const auto& [code, col, expected] : std::vector<Row>{{"Barriers", "own_codings", 0},
                                                              {"Barriers", "codings", 5},
                                                              {"Barriers", "sources", 3},
                                                              {"Barriers", "interview", 1},
                                                              {"Barriers", "submission", 2},
                                                              {"Barriers", "submission_total", 3},
                                                              {"Barriers", "cases", 2},
                                                              {"Barriers", "passages", 5},
                                                              {"Barriers", "coders", 2},
                                                              {"Barriers/Language", "codings", 4},
                                                              {"Barriers/Language", "own_codings", 4},
                                                              {"Barriers/Language", "cases", 2},
                                                              {"Barriers/Language", "passages", 4},
                                                              {"Barriers/Housing", "passages", 2},
                                                              {"Barriers/Housing", "cases", 1},
                                                              {"Barriers/Housing", "submission", 0},
                                                              {"Enablers/Faith", "cases", 1},
                                                              {"Enablers", "codings", 1},
                                                              {"Enablers", "own_codings", 0},
                                                              {"Barriers", "sources_total", 4},
                                                              {"Barriers", "interview_total", 1},
                                                              {"Barriers", "cases_total", 4},
                                                              {"Barriers", "passages_total", 7},
                                                              {"Barriers", "coders_total", 2}}) {
        INFO(code << " " << col);
        CHECK(integer(t, code, col) == expected);
    }
    CHECK(t.rows.size() == 5);
}

TEST_CASE("frequencies filter by coder, source kind, attribute value and date", "[project][analysis]") {
    AnalysisFixture f;
    const auto ben = f.project->frequencies({.coder = "ben"});
    CHECK(integer(ben, "Barriers/Language", "codings") == 1);
    CHECK(integer(ben, "Barriers/Language", "cases") == 1); // the interviewer's turn: the source's case
    CHECK(integer(ben, "Barriers/Language", "passages") == 1);
    CHECK(integer(ben, "Barriers", "coders_total") == 1);

    const auto submissions = f.project->frequencies({.kind = "submission"});
    CHECK(integer(submissions, "Barriers/Language", "submission") == 2);
    CHECK(integer(submissions, "Barriers/Language", "passages_total") == 3);
    CHECK(integer(submissions, "Barriers/Language", "cases") == 1);
    for (const auto& c : submissions.columns)
        CHECK(c.name != "interview");

    const auto refugees = f.project->frequencies({.attribute = "status", .attributeValue = "refugee"});
    CHECK(integer(refugees, "Barriers/Language", "codings") == 2);
    CHECK(integer(refugees, "Barriers/Language", "cases_total") == 2);
    CHECK(integer(refugees, "Enablers/Faith", "codings") == 0);

    CHECK(integer(f.project->frequencies({.to = "2025-12-31"}), "Barriers/Language", "codings") == 1);
    CHECK(integer(f.project->frequencies({.to = "2025-12-01"}), "Barriers/Language", "codings") == 1);
    CHECK(integer(f.project->frequencies({.from = "2026-01-01"}), "Barriers/Language", "codings") == 3);
    CHECK_THROWS_AS(f.project->frequencies({.from = "yesterday"}), InvalidInput);
    CHECK_THROWS_AS(f.project->frequencies({.coder = "nobody"}), NotFound);
    CHECK_THROWS_AS(f.project->frequencies({.attribute = "nope", .attributeValue = "x"}), NotFound);
}

TEST_CASE("participants who withdrew leave frequencies and crosstabs when asked", "[project][analysis]") {
    AnalysisFixture f;
    f.project->setConsent("Org A", "withdrawn"); // sub1 is Org A's alone
    project::AnalysisScope scope;
    scope.excludeWithdrawn = true;
    const auto all = f.project->frequencies({});
    CHECK(integer(all, "Enablers/Faith", "codings") == 1); // by default, analyses count everything
    const auto t = f.project->frequencies(scope);
    CHECK(integer(t, "Enablers/Faith", "codings") == 0);
    CHECK(integer(t, "Barriers/Language", "codings") == 3);
    CHECK(integer(t, "Barriers/Language", "submission") == 1); // sub2 only
    CHECK(integer(t, "Barriers/Language", "submission_total") == 2);
    CHECK(integer(t, "Barriers/Language", "sources_total") == 3);
    CHECK(integer(t, "Barriers/Language", "cases_total") == 3);
    CHECK(integer(t, "Barriers/Language", "passages_total") == 6);

    // A participant in a crosstab: Amira's codings and Amira herself leave both numbers.
    f.project->setConsent("Amira", "withdrawn");
    const auto x = f.project->crosstab({.attribute = "status", .scope = scope});
    CHECK(integer(x, "(all)", "refugee") == 1); // Chen
    CHECK(integer(x, "Barriers/Language", "refugee") == 0);
    const auto interviews = f.project->frequencies(scope);
    for (const auto& c : interviews.columns)
        CHECK(c.name != "interview"); // Amira's interview was hers alone
}

TEST_CASE("a crosstab counts cases or sources per attribute value with column percentages",
          "[project][analysis]") {
    AnalysisFixture f;
    const auto t = f.project->crosstab({.attribute = "status"});
    CHECK(integer(t, "(all)", "refugee") == 2);
    CHECK(integer(t, "(all)", "asylum seeker") == 1);
    CHECK(integer(t, "Barriers/Language", "refugee") == 1);
    CHECK(number(t, "Barriers/Language", "refugee %") == Approx(50.0));
    CHECK(integer(t, "Barriers/Language", "asylum seeker") == 0);
    CHECK(number(t, "Barriers/Language", "asylum seeker %") == Approx(0.0));
    CHECK(integer(t, "Enablers/Faith", "refugee") == 0); // Org A has no status
    CHECK(t.notes.back().find("1 cases have no status") != std::string::npos);

    const auto sources = f.project->crosstab({.attribute = "status", .bySource = true});
    CHECK(integer(sources, "(all)", "refugee") == 1); // Amira's interview; Chen has no sources
    CHECK(integer(sources, "Barriers/Housing", "refugee") == 1);
    CHECK(number(sources, "Barriers/Housing", "refugee %") == Approx(100.0));
    CHECK(empty(sources, "Barriers/Housing", "asylum seeker %")); // Bilal has no sources
    CHECK_THROWS_AS(f.project->crosstab({.attribute = "colour"}), NotFound);
}

TEST_CASE("co-occurrence counts shared passages, overlapping spans or the Jaccard index",
          "[project][analysis]") {
    AnalysisFixture f;
    const auto passages = f.project->cooccurrence({});
    CHECK(passages.columns.size() == 4); // code + the three codes with codings
    CHECK(integer(passages, "Barriers/Language", "Barriers/Language") == 4);
    CHECK(integer(passages, "Barriers/Language", "Barriers/Housing") == 1);
    CHECK(integer(passages, "Barriers/Housing", "Barriers/Language") == 1);
    CHECK(integer(passages, "Barriers/Language", "Enablers/Faith") == 1);
    CHECK(integer(passages, "Barriers/Housing", "Enablers/Faith") == 0);

    const auto jaccard = f.project->cooccurrence({.jaccard = true});
    CHECK(number(jaccard, "Barriers/Language", "Barriers/Housing") == Approx(1.0 / 5));
    CHECK(number(jaccard, "Enablers/Faith", "Barriers/Language") == Approx(1.0 / 4));
    CHECK(number(jaccard, "Enablers/Faith", "Enablers/Faith") == Approx(1.0));

    const auto spans = f.project->cooccurrence({.spans = true});
    CHECK(integer(spans, "Barriers/Language", "Barriers/Language") == 4);
    CHECK(integer(spans, "Barriers/Language", "Barriers/Housing") == 1);
    CHECK(integer(spans, "Enablers/Faith", "Barriers/Language") == 1);
    CHECK(integer(spans, "Enablers/Faith", "Barriers/Housing") == 0);
    CHECK_THROWS_AS(f.project->cooccurrence({.spans = true, .jaccard = true}), InvalidInput);
}

TEST_CASE("the framework matrix shows every case with counts or traceable coded text",
          "[project][analysis]") {
    AnalysisFixture f;
    const auto counts = f.project->frameworkMatrix({});
    REQUIRE(counts.rows.size() == 4);
    CHECK(integer(counts, "Amira", "Barriers/Language") == 2); // her turn, and the interviewer's question
    CHECK(integer(counts, "Amira", "Barriers/Housing") == 1);
    CHECK(integer(counts, "Org A", "Enablers/Faith") == 1);
    CHECK(integer(counts, "Org A", "Barriers/Language") == 1);
    CHECK(integer(counts, "Bilal", "Barriers/Language") == 0);

    const auto quotes = f.project->frameworkMatrix({.text = true, .maxChars = 1000});
    const auto amira = std::get<std::string>(row(quotes, "Amira").at(column(quotes, "Barriers/Language")));
    CHECK(amira == "[int-amira] How long did you wait for English classes? | [int-amira] Two "
                   "years on the ESOL waiting list. Then the college called.");
    CHECK(std::get<std::string>(row(quotes, "Org A").at(column(quotes, "Enablers/Faith"))) ==
          "[sub1] We run a faith-based English c");
    CHECK(std::get<std::string>(row(quotes, "Bilal").at(column(quotes, "Enablers/Faith"))).empty());

    const auto cut = f.project->frameworkMatrix({.text = true, .maxChars = 10});
    CHECK(std::get<std::string>(row(cut, "Org A").at(column(cut, "Enablers/Faith"))) == "[sub1] We …");
}

TEST_CASE("a text cell cut short reads as the start of the whole cell", "[project][analysis]") {
    AnalysisFixture f;
    const auto whole = f.project->frameworkMatrix({.text = true, .maxChars = 1000});
    const auto full = std::get<std::string>(row(whole, "Amira").at(column(whole, "Barriers/Language")));
    // ASCII, so characters are bytes; the limits fall in the first piece, on the " | " and in the second.
    for (const std::int64_t limit : {1, 11, 20, 54, 55, 57, 58, 100, 128, 129, 130, 500}) {
        const auto cut = f.project->frameworkMatrix({.text = true, .maxChars = limit});
        const auto n = static_cast<std::size_t>(limit);
        const auto expected = full.size() <= n ? full : full.substr(0, n) + "…";
        CHECK(std::get<std::string>(row(cut, "Amira").at(column(cut, "Barriers/Language"))) == expected);
    }
}

TEST_CASE("codings belong to the same cases in analyses as in the case filter", "[project][analysis]") {
    AnalysisFixture f;
    auto& db = f.project->file().db();
    std::set<std::pair<std::int64_t, std::int64_t>> linked; // (coding, case)
    const auto links = store::codingCaseLinks(db);
    for (const auto& link : links)
        linked.insert(link);
    CHECK(std::is_sorted(links.begin(), links.end()));
    CHECK(linked.size() == links.size());
    std::set<std::pair<std::int64_t, std::int64_t>> filtered;
    for (const auto& c : store::listCases(db)) {
        store::CodingFilter filter;
        filter.caseId = c.id;
        for (const auto& coding : store::listCodings(db, filter))
            filtered.insert({coding.id, c.id});
    }
    CHECK(linked == filtered);
    CHECK(links.size() == 5); // codings 1, 2 and 3 to Amira, 4 and 5 to Org A; 6 to none
}

TEST_CASE("survey summaries describe a numeric attribute overall and by group", "[project][analysis]") {
    AnalysisFixture f;
    const auto t = f.project->surveySummary({.attribute = "friends_at_arrival"});
    CHECK(integer(t, "(all)", "n") == 3);
    CHECK(integer(t, "(all)", "missing") == 1); // Org A
    CHECK(number(t, "(all)", "mean") == Approx(2.0));
    CHECK(number(t, "(all)", "median") == Approx(2.0));
    CHECK(number(t, "(all)", "sd") == Approx(1.0));
    CHECK(number(t, "(all)", "min") == Approx(1.0));
    CHECK(number(t, "(all)", "max") == Approx(3.0));
    CHECK(integer(t, "(all)", "= 2") == 1);

    const auto by = f.project->surveySummary({.attribute = "friends_at_arrival", .by = "status"});
    CHECK(number(by, "refugee", "mean") == Approx(2.5));
    CHECK(number(by, "refugee", "sd") == Approx(0.7071068));
    CHECK(integer(by, "asylum seeker", "n") == 1);
    CHECK(empty(by, "asylum seeker", "sd"));
    CHECK(integer(by, "(no status)", "missing") == 1);
    CHECK(empty(by, "(no status)", "mean"));
    CHECK_THROWS_AS(f.project->surveySummary({.attribute = "status"}), InvalidInput);
}

TEST_CASE("a paired summary tests the difference over the cases with both values", "[project][analysis]") {
    AnalysisFixture f;
    const auto t = f.project->surveySummary({.attribute = "friends_at_arrival", .paired = "friends_now"});
    // Amira 2 → 8 and Bilal 1 → 4 (Chen has no second value): differences 6 and 3, mean 4.5, sd 2.1213,
    // se 1.5, t = 3 on 1 df; p = 1 − 2·atan(3)/π; t(0.975, 1) = 12.7062.
    CHECK(integer(t, "(all)", "n") == 2);
    CHECK(number(t, "(all)", "mean_friends_at_arrival") == Approx(1.5));
    CHECK(number(t, "(all)", "mean_friends_now") == Approx(6.0));
    CHECK(number(t, "(all)", "mean_difference") == Approx(4.5));
    CHECK(number(t, "(all)", "t") == Approx(3.0));
    CHECK(number(t, "(all)", "df") == Approx(1.0));
    CHECK(number(t, "(all)", "p") == Approx(0.2048328));
    CHECK(number(t, "(all)", "ci_low") == Approx(4.5 - 12.7062047 * 1.5));
    CHECK(number(t, "(all)", "ci_high") == Approx(4.5 + 12.7062047 * 1.5));
}
