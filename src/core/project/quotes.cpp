// Quote review: proposing quotes, reviewers and their actions, and the effective status of each quote.
// A quote's text is always what privacy::publishSpan makes of its span now, so pseudonyms, redactions
// and consent recorded after a proposal apply to it; an approval is of one published text (its hash)
// and stops holding when the text published now differs.

#include "coding/code_tree.h"
#include "common/error.h"
#include "common/hash.h"
#include "project/project.h"
#include "project/user_input.h"
#include "store/source_store.h"

#include <algorithm>
#include <map>
#include <set>

namespace cairn::project {

namespace {

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

// Why an approval no longer holds, or empty when it does.
std::string invalidatedApproval(const QuoteView& view, const std::vector<store::QuoteEventRow>& events) {
    if (view.quote.status != "approved") return {};
    std::string when;
    for (auto e = events.rbegin(); e != events.rend(); ++e)
        if (e->action == "approve") {
            when = " (approved by " + e->reviewer + " at " + e->at + ")";
            break;
        }
    if (view.disclosure == privacy::Disclosure::Withheld)
        return "withheld since approval: " + view.withheldReason + when;
    if (view.textHash != view.quote.approvedTextHash)
        return "published text changed since approval (span, pseudonym or redaction)" + when;
    return {};
}

} // namespace

std::string disclosureName(privacy::Disclosure disclosure) {
    switch (disclosure) {
    case privacy::Disclosure::Attributed:
        return "attributed";
    case privacy::Disclosure::Anonymous:
        return "anonymous";
    case privacy::Disclosure::Withheld:
        return "withheld";
    }
    return "anonymous";
}

std::string quoteAttribution(const QuoteView& quote) {
    if (quote.disclosure == privacy::Disclosure::Withheld) return quote.withheldReason;
    if (quote.disclosure == privacy::Disclosure::Anonymous) return "anonymous, " + quote.quote.sourceKind;
    return joined(quote.attribution);
}

std::vector<QuoteView> Project::describeQuotes(std::vector<store::QuoteRow> rows) {
    auto& db = m_file->db();
    const auto rules = store::loadPrivacyRules(db);
    const auto tree = coding::CodeTree::load(db);
    std::map<std::int64_t, std::string> texts;
    privacy::PublicationTally tally;
    std::vector<QuoteView> out;
    for (auto& row : rows) {
        QuoteView view;
        auto [text, fresh] = texts.try_emplace(row.sourceId);
        if (fresh) text->second = store::sourceText(db, row.sourceId);
        const auto caseIds = store::spanCaseIds(db, row.sourceId, row.cpStart, row.cpEnd);
        const auto published = privacy::publishSpan(
            rules, {row.sourceId, text->second, row.cpStart, row.cpEnd, caseIds}, false, tally);
        view.disclosure = published.decision.disclosure;
        if (view.disclosure == privacy::Disclosure::Withheld) view.withheldReason = published.decision.reason;
        view.text = published.text;
        view.attribution = published.attribution;
        view.textHash = sha256Hex(view.text);
        view.codePath = tree.path(row.codeId);
        view.source = privacy::publishableLabel(rules, row.sourceName, row.sourceKind);
        std::vector<std::string> labels;
        for (const auto id : caseIds)
            labels.push_back(privacy::caseLabel(rules, id));
        view.caseLabel = joined(labels);
        view.caseIds = caseIds;
        auto events = store::listQuoteEvents(db, row.id);
        view.quote = std::move(row);
        view.needsReviewReason = invalidatedApproval(view, events);
        view.status = view.needsReviewReason.empty() ? view.quote.status : "proposed";
        for (auto& e : events)
            if (e.action != "propose") view.comments.push_back(std::move(e));
        out.push_back(std::move(view));
    }
    return out;
}

QuoteView Project::proposeQuote(const std::string& codingGuid) {
    auto& db = m_file->db();
    const auto coding = store::findCoding(db, codingGuid);
    if (!coding)
        throw NotFound("no coding with GUID " + codingGuid + " (`cairn codings P --json` lists them)");
    if (const auto existing = store::findQuoteOfCoding(db, coding->id))
        throw InvalidInput("coding " + codingGuid + " is already proposed as quote " + existing->guid);
    return proposeSpan("propose a quote from " + coding->sourceName,
                       {coding->id, coding->sourceId, coding->start, coding->end, coding->codeId, {}});
}

QuoteView Project::proposeQuote(const QuoteSpanRequest& request) {
    auto& db = m_file->db();
    const auto src = source(request.source);
    const auto text = store::sourceText(db, src.id);
    const text::OffsetIndex index(text);
    const auto span = resolveSpan(src, text, request.start, request.end, request.unit, index);
    const auto tree = coding::CodeTree::load(db);
    const auto codeId = tree.resolve(request.code);
    if (const auto existing = store::findQuoteOfSpan(db, src.id, span.cpStart, span.cpEnd, codeId))
        throw InvalidInput("that span is already proposed with " + tree.path(codeId) + " as quote " +
                           existing->guid);
    return proposeSpan("propose a quote from " + src.name,
                       {std::nullopt, src.id, span.cpStart, span.cpEnd, codeId, {}});
}

QuoteView Project::proposeSpan(const std::string& label, store::NewQuote quote) {
    store::Edit edit(*m_file, label);
    // The proposal's event keeps the hash of the text as published when it was proposed.
    store::QuoteRow probe;
    probe.sourceId = quote.sourceId;
    probe.cpStart = quote.cpStart;
    probe.cpEnd = quote.cpEnd;
    probe.codeId = quote.codeId;
    quote.textHash = describeQuotes({probe}).front().textHash;
    const auto row = store::insertQuote(*m_file, edit.txn(), quote);
    edit.commit();
    return describeQuotes({row}).front();
}

std::vector<QuoteView> Project::quotes(const QuoteQuery& query) {
    auto& db = m_file->db();
    if (!query.status.empty()) {
        const auto& statuses = store::quoteStatuses();
        if (std::find(statuses.begin(), statuses.end(), query.status) == statuses.end())
            throw InvalidInput("a quote status is proposed, approved, rejected or change-requested, not '" +
                               query.status + "'");
    }
    store::QuoteFilter filter;
    if (!query.code.empty()) {
        const auto tree = coding::CodeTree::load(db);
        filter.codeIds = tree.subtree(tree.resolve(query.code));
    }
    auto views = describeQuotes(store::listQuotes(db, filter));
    if (!query.status.empty())
        std::erase_if(views, [&](const QuoteView& v) { return v.status != query.status; });
    return views;
}

QuoteView Project::quote(const std::string& guid) {
    const auto row = store::findQuote(m_file->db(), guid);
    if (!row) throw NotFound("no quote with GUID " + guid + " (`cairn quotes P list` lists them)");
    return describeQuotes({*row}).front();
}

store::ReviewerRow Project::requireReviewer(const std::string& name) {
    if (name.empty())
        throw InvalidInput(
            "a review action needs --reviewer NAME (`cairn review P reviewer list` lists them)");
    const auto row = store::findReviewer(m_file->db(), name);
    if (!row)
        throw NotFound("no reviewer named '" + name + "': add one with `cairn review P reviewer add \"" +
                       name + "\" --role ROLE`");
    return *row;
}

QuoteView Project::reviewQuote(const std::string& guid, const std::string& action,
                               const std::string& reviewer, const std::string& comment) {
    store::statusAfter(action); // an unknown action is refused before anything else
    const auto who = requireReviewer(reviewer);
    const auto current = quote(guid);
    if (action == "approve" && current.disclosure == privacy::Disclosure::Withheld)
        throw InvalidInput("quote " + current.quote.guid + " is withheld (" + current.withheldReason +
                           "): a withheld quote cannot be approved; record consent first (`cairn consent`)");
    store::Edit edit(*m_file, action + " quote from " + current.quote.sourceName + " (" + who.name + ")");
    store::recordReview(*m_file, edit.txn(), current.quote, who, action, comment, current.textHash);
    edit.commit();
    return quote(current.quote.guid);
}

store::ReviewerRow Project::addReviewer(const std::string& name, const std::string& role) {
    store::Edit edit(*m_file, "add reviewer " + name);
    auto row = store::addReviewer(*m_file, edit.txn(), name, role);
    edit.commit();
    return row;
}

std::vector<store::ReviewerRow> Project::reviewers() {
    return store::listReviewers(m_file->db());
}

std::vector<QuoteView> Project::approvedQuotes(const std::vector<std::int64_t>& codeIds) {
    auto& db = m_file->db();
    auto views = describeQuotes(store::listQuotes(db, {codeIds, "approved"}));
    std::erase_if(views, [](const QuoteView& v) { return v.status != "approved"; });
    return views;
}

} // namespace cairn::project
