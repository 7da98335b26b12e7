// Offline review: writing an HTML review pack of quotes as they would be published, and applying the
// decisions file a reviewer saves from it. A decision applies only to the text the reviewer saw: each
// quote's published text now must hash as it did in the pack, or that decision is refused.

#include "export/review_pack.h"

#include "common/clock.h"
#include "common/error.h"
#include "common/file_io.h"
#include "common/guid.h"
#include "import/review_decisions.h"
#include "project/project.h"
#include "project/quote_context.h"
#include "store/source_store.h"
#include "text/utf.h"

#include <algorithm>

namespace cairn::project {

namespace {

QuoteContext publishedContext(store::Database& db, const privacy::PrivacyRules& rules,
                              const std::string& text, const QuoteView& q) {
    QuoteContext out;
    if (q.disclosure == privacy::Disclosure::Withheld) return out;
    std::int64_t start = q.quote.cpStart, end = q.quote.cpEnd;
    for (const auto& p : store::listPassages(db, q.quote.sourceId))
        if (p.cpStart < q.quote.cpEnd && q.quote.cpStart < p.cpEnd) {
            start = std::min(start, p.cpStart);
            end = std::max(end, p.cpEnd);
        }
    privacy::PublicationTally tally;
    const auto publish = [&](std::int64_t from, std::int64_t to) {
        if (from >= to) return std::string();
        const auto caseIds = store::spanCaseIds(db, q.quote.sourceId, from, to);
        const auto published =
            privacy::publishSpan(rules, {q.quote.sourceId, text, from, to, caseIds}, false, tally);
        return published.text;
    };
    out.before = publish(start, q.quote.cpStart);
    out.after = publish(q.quote.cpEnd, end);
    return out;
}

} // namespace

QuoteContext quoteContext(Project& project, const std::string& guid) {
    auto& db = project.file().db();
    const auto q = project.quote(guid);
    return publishedContext(db, store::loadPrivacyRules(db), store::sourceText(db, q.quote.sourceId), q);
}

ReviewPackResult Project::writeReviewPack(const ReviewPackRequest& request) {
    auto& db = m_file->db();
    if (!request.reviewer.empty()) requireReviewer(request.reviewer);
    auto views = quotes({request.status, {}});
    if (request.status.empty())
        std::erase_if(views, [](const QuoteView& v) { return v.status == "rejected"; });
    if (views.empty())
        throw InvalidInput("no quotes to review" +
                           (request.status.empty() ? std::string() : " with status " + request.status) +
                           " (`cairn quotes P propose` proposes one)");
    const auto rules = store::loadPrivacyRules(db);
    exporting::ReviewPack pack{newGuid(), guid(), name(), request.reviewer, utcNowIso(), {}};
    ReviewPackResult result{pack.packId, 0, 0};
    std::map<std::int64_t, std::string> texts;
    for (const auto& q : views) {
        auto [text, fresh] = texts.try_emplace(q.quote.sourceId);
        if (fresh) text->second = store::sourceText(db, q.quote.sourceId);
        const auto context = publishedContext(db, rules, text->second, q);
        std::vector<std::string> history;
        for (const auto& c : q.comments)
            history.push_back(c.at + " " + c.reviewer + (c.role.empty() ? "" : " (" + c.role + ")") + ": " +
                              c.action + (c.comment.empty() ? "" : ": " + c.comment));
        pack.quotes.push_back({q.quote.guid, q.status, q.needsReviewReason, q.codePath, q.source, q.caseLabel,
                               disclosureName(q.disclosure), quoteAttribution(q), q.text, context.before,
                               context.after, q.textHash, std::move(history)});
        ++result.quotes;
        if (q.disclosure == privacy::Disclosure::Withheld) ++result.withheld;
    }
    writeFileAtomically(request.path, exporting::reviewPackHtml(pack));
    return result;
}

ReviewImportResult Project::importReviewDecisions(const std::string& path) {
    const auto bytes = readInputFile(path, static_cast<std::int64_t>(import::kMaxReviewDecisionsBytes));
    import::ReviewDecisions file;
    try {
        file = import::parseReviewDecisions(bytes);
    } catch (const InvalidInput& e) {
        throw InvalidInput(path + ": " + e.what() + "; nothing was imported", path);
    }
    if (file.projectGuid != guid())
        throw InvalidInput(path + ": these decisions are from a pack of another project (" +
                               file.projectGuid + "), not of " + name() + " (" + guid() +
                               "); nothing was imported",
                           path);
    const auto reviewer = requireReviewer(file.reviewer);
    ReviewImportResult result{reviewer.name, static_cast<std::int64_t>(file.decisions.size()), 0, {}};
    store::Edit edit(*m_file, "import review decisions by " + reviewer.name);
    for (const auto& d : file.decisions) {
        const auto row = store::findQuote(edit.db(), d.quote);
        if (!row || row->guid != d.quote) {
            result.refused.push_back("quote " + d.quote + ": no longer in the project");
            continue;
        }
        const auto now = describeQuotes({*row}).front();
        if (now.textHash != d.textHash) {
            result.refused.push_back("quote " + d.quote +
                                     ": its published text changed since the pack was made; " +
                                     "make a new pack (`cairn review P pack`) to review it");
            continue;
        }
        if (d.action == "approve" && now.disclosure == privacy::Disclosure::Withheld) {
            result.refused.push_back("quote " + d.quote + ": withheld (" + now.withheldReason +
                                     "), so it cannot be approved");
            continue;
        }
        store::recordReview(*m_file, edit.txn(), now.quote, reviewer, d.action, d.comment, now.textHash,
                            d.at);
        ++result.applied;
    }
    edit.commit();
    return result;
}

} // namespace cairn::project
