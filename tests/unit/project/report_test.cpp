// Evidence summaries through Project: the counts by kind and by attribute come out of the analyses,
// quotes obey consent and pseudonyms, and in every format the right counts and published quotes appear
// and none of the real names, withdrawn passages or sensitive values do; with --include-identifying they
// do, and the anonymisation log records it. DOCX and ODT must open in LibreOffice.

#include "common/error.h"
#include "export/report_writers.h"
#include "report_fixture.h"
#include "support/document_text.h"
#include "support/run_process.h"

#include <catch2/catch.hpp>

using namespace cairn;
using Catch::Matchers::Contains;

namespace {

const exporting::ReportCount* countFor(const std::vector<exporting::ReportCount>& counts,
                                       const std::string& group) {
    for (const auto& c : counts)
        if (c.group == group) return &c;
    return nullptr;
}

std::string written(test::ReportFixture& f, const project::ReportPlan& plan, exporting::ReportFormat format) {
    const auto path = f.dir / ("report." + exporting::reportFormatName(format));
    project::Project::writeReport(plan.report, format, path.string());
    return test::documentText(path);
}

const std::vector<exporting::ReportFormat> kFormats = {
    exporting::ReportFormat::Docx,     exporting::ReportFormat::Odt, exporting::ReportFormat::Html,
    exporting::ReportFormat::Markdown, exporting::ReportFormat::Pdf, exporting::ReportFormat::Csv,
    exporting::ReportFormat::Xlsx};

// Markdown escapes brackets, and pdftotext may break a long quote across lines.
std::string plain(std::string text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && std::ispunct(static_cast<unsigned char>(text[i + 1])))
            continue;
        out += text[i] == '\n' ? ' ' : text[i];
    }
    return out;
}

// The whole of a fixture source proposed as a Barriers/Language quote.
project::QuoteView proposeWhole(test::ReportFixture& f, const char* source) {
    return f.project->proposeQuote(project::QuoteSpanRequest{
        .source = source, .start = 0, .end = f.project->source(source).chars, .code = "Barriers/Language"});
}

} // namespace

TEST_CASE("report model: sources by kind, rolled up for a folder code", "[project][report]") {
    test::ReportFixture f;
    const auto plan = f.project->buildReport({.codes = {"Barriers/Language", "Barriers"}});
    REQUIRE(plan.report.themes.size() == 2);
    const auto& language = plan.report.themes[0];
    CHECK(language.title == "Language");
    const auto* interviews = countFor(language.byKind, "interview");
    REQUIRE(interviews);
    CHECK(exporting::countPhrase(*interviews) == "3 of 4 interviews");
    CHECK(exporting::countPhrase(*countFor(language.byKind, "submission")) == "3 of 4 submissions");
    CHECK(language.byAttribute.empty());
    const auto& barriers = plan.report.themes[1];
    CHECK(exporting::countPhrase(*countFor(barriers.byKind, "submission")) == "4 of 4 submissions");
    REQUIRE(barriers.subcodes.size() == 2);
    CHECK(barriers.subcodes[1].name == "Housing");
    CHECK(exporting::countPhrase(*countFor(barriers.subcodes[1].byKind, "submission")) ==
          "1 of 4 submissions");
    CHECK(exporting::countPhrase(*countFor(barriers.subcodes[1].byKind, "interview")) == "0 of 4 interviews");
}

TEST_CASE("report model: cases by attribute value; sensitive attributes refused", "[project][report]") {
    test::ReportFixture f;
    const auto plan = f.project->buildReport({.codes = {"Barriers/Language"}, .by = "status"});
    const auto& theme = plan.report.themes[0];
    CHECK(theme.attribute == "status");
    REQUIRE(countFor(theme.byAttribute, "refugee"));
    CHECK(exporting::countPhrase(*countFor(theme.byAttribute, "refugee")) ==
          "3 of 4 cases with status refugee");
    CHECK(exporting::countPhrase(*countFor(theme.byAttribute, "asylum seeker")) ==
          "1 of 1 cases with status asylum seeker");
    CHECK_THROWS_AS(f.project->buildReport({.codes = {"Barriers/Language"}, .by = "ho_ref"}), InvalidInput);
    CHECK_THROWS_AS(f.project->buildReport({.codes = {"Nowhere"}}), NotFound);
    CHECK_THROWS_AS(f.project->buildReport({.codes = {}}), InvalidInput);
}

TEST_CASE("report model: quotes follow consent, attribution and pseudonyms; the note counts",
          "[project][report]") {
    test::ReportFixture f;
    const auto plan = f.project->buildReport({.codes = {"Barriers/Language"}});
    const auto& quotes = plan.report.themes[0].quotes;
    REQUIRE(quotes.size() == 4);
    CHECK(quotes[0].text.rfind(test::ReportFixture::publishedQuotes()[0], 0) == 0);
    CHECK(quotes[0].attribution == "anonymous, interview");
    CHECK(quotes[1].text == test::ReportFixture::publishedQuotes()[1]);
    CHECK(quotes[1].attribution == "Ben, Swansea");
    CHECK(quotes[2].attribution == "anonymous, submission"); // farid: sources come in name order
    CHECK(quotes[3].attribution == "Hope Trust, Wrexham");
    CHECK(plan.tally.withheldWithdrawn == 1);
    CHECK(plan.tally.withheldNoConsent == 1);
    CHECK(plan.tally.withheldUnrecorded == 1);
    CHECK(plan.tally.pseudonyms >= 4);
    CHECK_FALSE(plan.reviewedQuotes);
    std::string note;
    for (const auto& p : plan.report.methods)
        note += p + "\n";
    CHECK_THAT(note, Contains("8 sources (4 interviews, 4 submissions) and 7 cases; 1 coder"));
    CHECK_THAT(note, Contains("1 participant withdrew from the study and is left out of every count"));
    CHECK_THAT(note, Contains("3 of 7 candidate passages were withheld: 1 because a participant withdrew"));
    CHECK_THAT(note, Contains("have not yet been reviewed"));
    CHECK_THAT(note, Contains("1 case attributes are marked sensitive"));
    CHECK(f.project->buildReport({.codes = {"Barriers/Language"}, .quotesPerTheme = 1}).quotes == 1);
}

TEST_CASE("report in every format: the counts and quotes, and nothing that must be withheld",
          "[project][report][privacy]") {
    test::ReportFixture f;
    const auto plan = f.project->buildReport({.codes = {"Barriers/Language", "Barriers"}, .by = "status"});
    for (const auto format : kFormats) {
        INFO("format " << exporting::reportFormatName(format));
        const auto text = written(f, plan, format);
        for (const auto& secret : test::ReportFixture::secrets())
            CHECK(text.find(secret) == std::string::npos);
        const auto flat = plain(text);
        for (const auto& quote : test::ReportFixture::publishedQuotes())
            CHECK_THAT(flat, Contains(quote));
        if (format == exporting::ReportFormat::Csv || format == exporting::ReportFormat::Xlsx) {
            CHECK_THAT(flat, Contains("Ben, Swansea"));
            continue;
        }
        CHECK_THAT(flat, Contains("3 of 4 interviews"));
        CHECK_THAT(flat, Contains("3 of 4 submissions"));
        CHECK_THAT(flat, Contains("3 of 4 cases with status refugee"));
        CHECK_THAT(flat, Contains("– Ben, Swansea"));
        CHECK_THAT(flat, Contains("– anonymous, interview"));
        if (format != exporting::ReportFormat::Pdf) CHECK_THAT(text, Contains("فهرست انتظار"));
    }
    for (const auto& row : f.project->privacyLog()) // nothing raw was logged
        CHECK(row.action != "raw-output");
}

TEST_CASE("report with --include-identifying: real names and withheld passages, logged",
          "[project][report][privacy]") {
    test::ReportFixture f;
    const auto plan = f.project->buildReport(
        {.codes = {"Barriers/Language"}, .quotesPerTheme = 10, .includeIdentifying = true});
    const auto text = written(f, plan, exporting::ReportFormat::Html);
    for (const auto* raw : {"Nghaerdydd", "Yusuf", "boat", "two years", "library", "Amira"})
        CHECK_THAT(text, Contains(raw));
    CHECK_THAT(text, Contains("includes identifying data"));
    const auto log = f.project->privacyLog();
    CHECK(std::any_of(log.begin(), log.end(),
                      [](const auto& r) { return r.action == "raw-output" && r.target == "report"; }));
    f.reopen();
    auto readOnly = project::Project::open(f.project->file().path(), {.readOnly = true});
    CHECK_THROWS_AS(readOnly->buildReport({.codes = {"Barriers/Language"}, .includeIdentifying = true}),
                    InvalidInput);
}

TEST_CASE("report DOCX and ODT open in LibreOffice and say the same", "[project][report][libreoffice]") {
    const auto soffice = [] {
        for (const auto* name : {"soffice", "libreoffice"})
            if (auto found = test::findProgram(name); !found.empty()) return found;
        return std::string();
    }();
    INFO(
        "LibreOffice (soffice) is not installed: install libreoffice-writer-nogui (scripts/install-deps.sh)");
    REQUIRE_FALSE(soffice.empty());
    test::ReportFixture f;
    const auto plan = f.project->buildReport({.codes = {"Barriers/Language"}, .by = "status"});
    for (const auto format : {exporting::ReportFormat::Docx, exporting::ReportFormat::Odt}) {
        const auto name = exporting::reportFormatName(format);
        INFO("format " << name);
        const auto dir = f.dir / name;
        std::filesystem::create_directories(dir);
        project::Project::writeReport(plan.report, format, (dir / ("report." + name)).string());
        // A private profile, so the test neither needs nor touches the user's, and runs beside others.
        const auto result = test::runProcess(
            {test::findProgram("timeout"), "600", soffice,
             "-env:UserInstallation=file://" + (f.dir / ("lo-profile-" + name)).string(), "--headless",
             "--convert-to", "pdf", "--outdir", dir.string(), (dir / ("report." + name)).string()});
        INFO(result.out << result.err);
        REQUIRE(result.exitCode == 0);
        REQUIRE(std::filesystem::exists(dir / "report.pdf"));
        const auto text = plain(test::pdfText(dir / "report.pdf"));
        CHECK_THAT(text, Contains("3 of 4 interviews"));
        CHECK_THAT(text, Contains("3 of 4 cases with status refugee"));
        CHECK_THAT(text, Contains("Hope Trust, Wrexham"));
        CHECK_THAT(text, Contains("Methods"));
        for (const auto& secret : test::ReportFixture::secrets())
            CHECK(text.find(secret) == std::string::npos);
    }
}

TEST_CASE("a project that reviews quotes reports only the quotes whose approval holds",
          "[project][report][review]") {
    test::ReportFixture f;
    f.project->addReviewer("Nia", "thematic group member");
    const auto ben = proposeWhole(f, "ben");
    const auto hope = proposeWhole(f, "hope");
    const auto amira = proposeWhole(f, "amira");
    f.project->reviewQuote(ben.quote.guid, "approve", "Nia");
    f.project->reviewQuote(hope.quote.guid, "reject", "Nia", "too general");
    f.project->reviewQuote(amira.quote.guid, "approve", "Nia");
    // A redaction changes Amira's published text: her approval no longer holds.
    const auto at = static_cast<std::int64_t>(f.project->sourceText("amira").find("long")); // ASCII before
    f.project->redact({.source = "amira", .start = at, .end = at + 4, .replacement = "length"});

    const auto plan = f.project->buildReport({.codes = {"Barriers/Language"}});
    CHECK(plan.reviewedQuotes);
    const auto& quotes = plan.report.themes[0].quotes;
    REQUIRE(quotes.size() == 1);
    CHECK(quotes[0].text == test::ReportFixture::publishedQuotes()[1]);
    CHECK(quotes[0].attribution == "Ben, Swansea"); // as its coded passage is attributed
    std::string note;
    for (const auto& p : plan.report.methods)
        note += p + "\n";
    CHECK_THAT(note, Contains("Quotes are those approved in review."));
    CHECK_THAT(note, Contains("1 because a participant withdrew")); // candidates still counted
}

TEST_CASE("report in every format: approved quotes only, once the project reviews quotes",
          "[project][report][review]") {
    test::ReportFixture f;
    f.project->addReviewer("Nia", "thematic group member");
    f.project->reviewQuote(proposeWhole(f, "ben").quote.guid, "approve", "Nia");
    f.project->reviewQuote(proposeWhole(f, "amira").quote.guid, "reject", "Nia", "too close");
    const auto plan = f.project->buildReport({.codes = {"Barriers/Language"}});
    const auto& published = test::ReportFixture::publishedQuotes();
    for (const auto format : kFormats) {
        INFO("format " << exporting::reportFormatName(format));
        const auto text = written(f, plan, format);
        for (const auto& secret : test::ReportFixture::secrets())
            CHECK(text.find(secret) == std::string::npos);
        const auto flat = plain(text);
        CHECK_THAT(flat, Contains(published[1]));            // Ben's, approved
        CHECK(flat.find(published[0]) == std::string::npos); // Amira's, rejected
        CHECK(flat.find(published[2]) == std::string::npos); // never proposed
        CHECK_THAT(flat, Contains("Ben, Swansea"));
        if (format != exporting::ReportFormat::Csv && format != exporting::ReportFormat::Xlsx)
            CHECK_THAT(flat, Contains("Quotes are those approved in review."));
    }
}
