// `cairn quotes P propose CODING-GUID | --source S --start N --end N --code PATH` and
// `cairn quotes P list [--status S] [--code PATH] [--json]`: quotes proposed for publication, each shown
// as it would be published (consent, pseudonyms and redactions applied; withheld quotes without text).

#include "cli_support.h"
#include "commands/commands.h"
#include "common/error.h"

#include <iostream>

namespace cairn::cli {

namespace {

std::string attributionText(const project::QuoteView& q) {
    const auto who = project::quoteAttribution(q);
    return q.disclosure == privacy::Disclosure::Withheld ? "withheld: " + who : who;
}

nlohmann::json quoteJson(const project::QuoteView& q) {
    nlohmann::json comments = nlohmann::json::array();
    for (const auto& c : q.comments)
        comments.push_back({{"reviewer", c.reviewer},
                            {"role", c.role},
                            {"action", c.action},
                            {"comment", c.comment},
                            {"at", c.at}});
    return {{"guid", q.quote.guid},
            {"status", q.status},
            {"code", q.codePath},
            {"source", q.source},
            {"case", q.caseLabel},
            {"text", q.disclosure == privacy::Disclosure::Withheld ? nlohmann::json(nullptr)
                                                                   : nlohmann::json(q.text)},
            {"disclosure", project::disclosureName(q.disclosure)},
            {"attribution", attributionText(q)},
            {"comments", comments},
            {"needs_review_reason",
             q.needsReviewReason.empty() ? nlohmann::json(nullptr) : nlohmann::json(q.needsReviewReason)}};
}

void printQuote(const project::QuoteView& q) {
    std::cout << "quote " << q.quote.guid << " [" << q.status << "] " << q.codePath << ", " << q.source;
    if (!q.caseLabel.empty()) std::cout << " (" << q.caseLabel << ")";
    std::cout << '\n';
    if (q.disclosure == privacy::Disclosure::Withheld)
        std::cout << "  withheld: " << q.withheldReason
                  << " (its text is not shown and it cannot be approved)\n";
    else
        std::cout << "  “" << q.text << "” — " << attributionText(q) << '\n';
    if (!q.needsReviewReason.empty()) std::cout << "  needs review again: " << q.needsReviewReason << '\n';
    for (const auto& c : q.comments) {
        std::cout << "  " << c.at << " " << c.reviewer;
        if (!c.role.empty()) std::cout << " (" << c.role << ")";
        std::cout << ": " << c.action;
        if (!c.comment.empty()) std::cout << ": " << c.comment;
        std::cout << '\n';
    }
}

} // namespace

nlohmann::json quoteListJson(const std::vector<project::QuoteView>& quotes) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& q : quotes)
        out.push_back(quoteJson(q));
    return out;
}

void printQuoteView(const project::QuoteView& q, bool json) {
    if (json)
        printJson(quoteJson(q));
    else
        printQuote(q);
}

void addQuotesCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("quotes", "Quotes proposed for publication and their review status");
    cmd->require_subcommand(1);
    static std::string path, coding, sourceName, code, status;
    static std::int64_t start = -1, end = -1;
    static bool utf16 = false, json = false;

    auto* propose =
        cmd->add_subcommand("propose", "Propose a coding (or a span with --source/--start/--end/--code) "
                                       "as a quote for review");
    addProjectArgument(*propose, path);
    propose->add_option("coding", coding, "The coding's GUID (`cairn codings P --json`)");
    propose->add_option("--source", sourceName, "Source name or GUID, for a span without a coding");
    propose->add_option("--start", start, "First code point of the span");
    propose->add_option("--end", end, "One past the last code point");
    propose->add_option("--code", code, "The code the quote illustrates (path or GUID)");
    propose->add_flag("--utf16", utf16, "--start/--end are UTF-16 units");
    propose->add_flag("--json", json, "The quote as a JSON object (the fields of `quotes P list --json`)");
    propose->callback([] {
        auto p = openProject(path, false);
        project::QuoteView view;
        if (!coding.empty()) {
            if (!sourceName.empty() || !code.empty())
                throw InvalidInput("give a coding's GUID or --source/--start/--end/--code, not both");
            view = p->proposeQuote(coding);
        } else {
            if (sourceName.empty() || start < 0 || end < 0 || code.empty())
                throw InvalidInput("give a coding's GUID, or --source, --start, --end and --code for a span");
            view = p->proposeQuote(project::QuoteSpanRequest{
                sourceName, start, end, utf16 ? project::SpanUnit::Utf16 : project::SpanUnit::CodePoints,
                code});
        }
        printQuoteView(view, json);
    });

    auto* list =
        cmd->add_subcommand("list", "List quotes as they would be published, with their review history");
    addProjectArgument(*list, path);
    list->add_option("--status", status, "proposed, approved, rejected or change-requested (as it holds now)")
        ->check(CLI::IsMember(store::quoteStatuses()));
    list->add_option("--code", code, "Only quotes of this code and its sub-codes");
    list->add_flag(
        "--json", json,
        "JSON array of {guid, status, code, source, case, text, disclosure, attribution, comments, "
        "needs_review_reason}");
    list->callback([] {
        const auto quotes = openProject(path, true)->quotes({status, code});
        if (json) {
            printJson(quoteListJson(quotes));
            return;
        }
        for (const auto& q : quotes)
            printQuote(q);
        std::cout << quotes.size() << " quotes\n";
    });
}

} // namespace cairn::cli
