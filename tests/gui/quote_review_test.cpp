// The Quotes panel: proposing a coding from the document's context menu, the table's statuses and
// filters, approving, rejecting with a comment, undo putting a status back, an approval lapsing into
// "needs review" after a pseudonym changes the published text, a quote consent withholds that cannot
// be approved (the action says why), and review packs out and a bad decisions file refused.

#include "app/main_window.h"
#include "app/project_editor.h"
#include "app/project_session.h"
#include "gui_fixture.h"
#include "views/document_view.h"
#include "views/quotes_panel.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace cairn;
using namespace cairn::gui;
using namespace cairn::gui::test;

namespace {
const std::string kBen = "Ben: The ESOL class in Newport was full, so I waited a year.\n";
const std::string kKarim = "Karim: I left the study. My story stays with me.\n";

struct Seeded {
    std::string bensCoding;
    std::string karimsCoding;
};

Seeded seed(const TestProject& fixture) {
    fixture.import(QStringLiteral("ben.txt"), kBen);
    fixture.import(QStringLiteral("karim.txt"), kKarim);
    auto project = fixture.open();
    project->linkSource("Ben", "ben");
    project->linkSource("Karim", "karim");
    project->setConsent("Ben", "quote", "2026-01-11");
    project->setConsent("Karim", "withdrawn", "2026-02-01");
    project->addCode("Barriers/Language");
    project->addCode("Enablers/Faith groups");
    const auto code = [&](const char* source, std::int64_t start, std::int64_t end, const char* path) {
        project::CodingRequest request;
        request.source = source;
        request.start = start;
        request.end = end;
        request.code = path;
        return project->code(request).coding.guid;
    };
    Seeded out;
    out.bensCoding = code("ben", 5, 60, "Barriers/Language");
    out.karimsCoding = code("karim", 7, 24, "Enablers/Faith groups");
    project->addReviewer("Sam", "community researcher");
    return out;
}

// The seeded project open in a window, with the Quotes panel at hand.
struct ReviewWindow {
    TestProject fixture;
    Seeded seeded = seed(fixture);
    MainWindow window;
    bool opened = openQuietly(window, fixture.path);
    QuotesPanel* panel = window.quotesPanel();
};

QString statusOf(QuotesPanel* panel, const QString& guid) {
    const auto row = panel->model()->rowOf(guid);
    return row < 0 ? QString() : QuoteTableModel::displayStatus(panel->model()->quoteAt(row));
}

QString onlyQuote(QuotesPanel* panel) {
    return panel->model()->rowCount() == 1 ? QString::fromStdString(panel->model()->quoteAt(0).quote.guid)
                                           : QString();
}
} // namespace

class QuoteReviewTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void proposesACodingFromTheDocumentMenu() {
        ReviewWindow review;
        QVERIFY(review.opened);
        auto& [fixture, seeded, window, opened, panel] = review;
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY(!panel->approveAction()->isEnabled());
        QVERIFY(panel->approveAction()->toolTip().contains(QStringLiteral("Propose as Quote")));

        QSignalSpy shown(&window, &MainWindow::sourceShown);
        window.showSource(QStringLiteral("ben"));
        QVERIFY(shown.wait(20000));
        QCOMPARE(window.documentView()->codings().size(), std::size_t{1});
        const auto mark = window.documentView()->codings().front(); // a copy: proposing redraws the stripes
        QMenu outside;
        window.addProposeActions(outside, 0); // "Ben: " is not coded
        QVERIFY(outside.actions().isEmpty());
        QMenu menu;
        window.addProposeActions(menu, mark.docStart + 3);
        QAction* propose = nullptr;
        for (auto* action : menu.actions())
            if (action->text().contains(QStringLiteral("Quote"))) propose = action;
        QVERIFY(propose);
        propose->trigger();

        QCOMPARE(panel->model()->rowCount(), 1);
        const auto guid = onlyQuote(panel);
        QCOMPARE(panel->currentQuote(), guid);
        QCOMPARE(statusOf(panel, guid), QStringLiteral("proposed"));
        const auto text = panel->model()->index(0, QuoteTableModel::TextColumn).data().toString();
        QCOMPARE(text, QStringLiteral("The ESOL class in Newport was full, so I waited a year."));
        QCOMPARE(panel->model()->index(0, QuoteTableModel::CodeColumn).data().toString(),
                 QStringLiteral("Barriers/Language"));
        QCOMPARE(panel->model()->index(0, QuoteTableModel::AttributionColumn).data().toString(),
                 QStringLiteral("Ben"));
        // The details show the quote inside its passage.
        QVERIFY(panel->details()->toPlainText().contains(QStringLiteral("Ben: The ESOL class")));
        QCOMPARE(panel->reviewerBox()->currentData().toString(), QStringLiteral("Sam"));
        QVERIFY(panel->approveAction()->isEnabled());
        // Proposing the same coding again is refused by the core, shown as an error, nothing added.
        QVERIFY(!panel->propose(mark.guid));
        QVERIFY(window.lastError().has_value());
        QCOMPARE(panel->model()->rowCount(), 1);
    }

    void filtersReviewsAndUndoes() {
        ReviewWindow review;
        QVERIFY(review.opened);
        auto& [fixture, seeded, window, opened, panel] = review;
        QVERIFY(panel->propose(QString::fromStdString(seeded.bensCoding)));
        const auto ben = panel->currentQuote();
        QVERIFY(panel->propose(QString::fromStdString(seeded.karimsCoding)));
        const auto karim = panel->currentQuote();
        QCOMPARE(panel->model()->rowCount(), 2);

        // By code (the code filter lists the codes quotes are filed under).
        QCOMPARE(panel->codeFilter()->count(), 3);
        panel->setCodeFilter(QStringLiteral("Barriers"));
        QCOMPARE(panel->proxy()->rowCount(), 2); // not a code of any quote: the filter stays on every code
        panel->setCodeFilter(QStringLiteral("Barriers/Language"));
        QCOMPARE(panel->proxy()->rowCount(), 1);
        panel->setCodeFilter({});

        // Approve Ben's quote; filter by status.
        QVERIFY(panel->selectQuote(ben));
        panel->approveAction()->trigger();
        QCOMPARE(statusOf(panel, ben), QStringLiteral("approved"));
        QVERIFY(!panel->approveAction()->isEnabled());
        panel->setStatusFilter(QStringLiteral("approved"));
        QCOMPARE(panel->proxy()->rowCount(), 1);
        panel->setStatusFilter(QStringLiteral("proposed"));
        QCOMPARE(panel->proxy()->rowCount(), 1);
        panel->setStatusFilter({});

        // Reject with a comment: the table's last reviewer and comment, and the history, show it.
        QVERIFY(panel->selectQuote(ben));
        QVERIFY(panel->review(QStringLiteral("reject"), QStringLiteral("names the town")));
        QCOMPARE(statusOf(panel, ben), QStringLiteral("rejected"));
        const auto row = panel->proxy()->mapFromSource(
            panel->model()->index(panel->model()->rowOf(ben), QuoteTableModel::CommentColumn));
        QCOMPARE(row.data().toString(), QStringLiteral("names the town"));
        QCOMPARE(row.siblingAtColumn(QuoteTableModel::ReviewerColumn).data().toString(),
                 QStringLiteral("Sam"));
        QVERIFY(panel->details()->toPlainText().contains(QStringLiteral("names the town")));
        QVERIFY(panel->details()->toPlainText().contains(QStringLiteral("community researcher")));

        // Undo (the window's, as Edit ▸ Undo runs it) puts the approval back; redo takes it again.
        window.undo();
        QCOMPARE(statusOf(panel, ben), QStringLiteral("approved"));
        window.redo();
        QCOMPARE(statusOf(panel, ben), QStringLiteral("rejected"));
        window.undo();
        window.undo();
        QCOMPARE(statusOf(panel, ben), QStringLiteral("proposed"));
        QCOMPARE(statusOf(panel, karim), QStringLiteral("proposed"));
    }

    void aWithheldQuoteCannotBeApprovedAndSaysWhy() {
        ReviewWindow review;
        QVERIFY(review.opened);
        auto& [fixture, seeded, window, opened, panel] = review;
        QVERIFY(panel->propose(QString::fromStdString(seeded.karimsCoding)));
        const auto karim = panel->currentQuote();
        const auto text = panel->model()->index(0, QuoteTableModel::TextColumn).data().toString();
        QVERIFY(text.contains(QStringLiteral("withdrawn")));
        QVERIFY(!text.contains(QStringLiteral("study")));
        QVERIFY(!panel->approveAction()->isEnabled());
        QVERIFY(panel->approveAction()->toolTip().contains(QStringLiteral("Consent withholds")));
        QVERIFY(panel->rejectAction()->isEnabled());
        // Asked directly, the core refuses it with its reason; the panel shows the error, no crash.
        QVERIFY(!panel->review(QStringLiteral("approve")));
        QVERIFY(window.lastError().has_value());
        QVERIFY(window.lastError()->details.contains(QStringLiteral("withheld")));
        QCOMPARE(statusOf(panel, karim), QStringLiteral("proposed"));
        QVERIFY(panel->review(QStringLiteral("request-change"), QStringLiteral("ask again for consent")));
        QCOMPARE(statusOf(panel, karim), QStringLiteral("change-requested"));
        QVERIFY(!panel->requestChangeAction()->isEnabled());
    }

    void anApprovalLapsesIntoNeedsReviewWhenAPseudonymChangesTheText() {
        ReviewWindow review;
        QVERIFY(review.opened);
        auto& [fixture, seeded, window, opened, panel] = review;
        QVERIFY(panel->propose(QString::fromStdString(seeded.bensCoding)));
        const auto ben = panel->currentQuote();
        QVERIFY(panel->review(QStringLiteral("approve")));
        QVERIFY(window.editor()->edit([](project::Project& p) {
            p.addPseudonym("Newport", "town in Wales");
            p.suggestPseudonyms();
            p.applyPseudonyms();
        }));
        QCOMPARE(statusOf(panel, ben), QStringLiteral("needs-review"));
        const auto index = panel->model()->index(0, QuoteTableModel::StatusColumn);
        QCOMPARE(index.data().toString(), QuoteTableModel::statusLabel(QStringLiteral("needs-review")));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("changed since approval")));
        QVERIFY(panel->model()
                    ->index(0, QuoteTableModel::TextColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("[town in Wales]")));
        panel->setStatusFilter(QStringLiteral("needs-review"));
        QCOMPARE(panel->proxy()->rowCount(), 1);
        // Approving the new text makes it hold again.
        QVERIFY(panel->selectQuote(ben));
        QVERIFY(panel->approveAction()->isEnabled());
        panel->approveAction()->trigger();
        QCOMPARE(statusOf(panel, ben), QStringLiteral("approved"));
        QCOMPARE(panel->proxy()->rowCount(), 0);
    }

    void addsAReviewerAndWritesAPackAndRefusesABadDecisionsFile() {
        ReviewWindow review;
        QVERIFY(review.opened);
        auto& [fixture, seeded, window, opened, panel] = review;
        QVERIFY(panel->addReviewer(QStringLiteral("Nia"), QStringLiteral("participant")));
        QCOMPARE(panel->reviewerBox()->count(), 2);
        QCOMPARE(panel->currentReviewer(), QStringLiteral("Nia"));
        QVERIFY(panel->propose(QString::fromStdString(seeded.bensCoding)));
        QVERIFY(panel->review(QStringLiteral("approve"), QStringLiteral("fine by me")));
        QVERIFY(panel->details()->toPlainText().contains(QStringLiteral("Nia (participant)")));
        // One undo step takes the reviewer's decision back, the next the proposal.
        window.undo();
        QCOMPARE(statusOf(panel, onlyQuote(panel)), QStringLiteral("proposed"));

        const auto pack = fixture.dir.filePath(QStringLiteral("pack.html"));
        QVERIFY(panel->writePack(pack));
        QVERIFY(QFile::exists(pack));
        const auto bad = fixture.write(QStringLiteral("decisions.json"), "{\"format\": \"something else\"}");
        QVERIFY(!panel->importDecisions(bad).has_value());
        QVERIFY(window.lastError().has_value());
        QVERIFY(window.lastError()->details.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(statusOf(panel, onlyQuote(panel)), QStringLiteral("proposed"));
    }

    void theModelsStatusesAndFilterStandAlone() {
        project::QuoteView approved;
        approved.quote.guid = "a";
        approved.status = "approved";
        approved.codePath = "Barriers/Language/ESOL";
        project::QuoteView lapsed = approved;
        lapsed.quote.guid = "b";
        lapsed.status = "proposed";
        lapsed.needsReviewReason = "the published text has changed since approval";
        lapsed.codePath = "Barriers/Languages";
        project::QuoteView withheld = lapsed;
        withheld.quote.guid = "c";
        withheld.needsReviewReason.clear();
        withheld.disclosure = privacy::Disclosure::Withheld;
        withheld.withheldReason = "no consent";
        QuoteTableModel model;
        model.setQuotes({approved, lapsed, withheld});
        QCOMPARE(QuoteTableModel::displayStatus(lapsed), QStringLiteral("needs-review"));
        QCOMPARE(model.codePaths(), QStringList({QStringLiteral("Barriers/Language/ESOL"),
                                                 QStringLiteral("Barriers/Languages")}));
        QVERIFY(!QuoteTableModel::whyNot(approved, QStringLiteral("approve")).isEmpty());
        QVERIFY(QuoteTableModel::whyNot(lapsed, QStringLiteral("approve")).isEmpty());
        QVERIFY(QuoteTableModel::whyNot(withheld, QStringLiteral("approve"))
                    .contains(QStringLiteral("no consent")));
        QVERIFY(QuoteTableModel::whyNot(withheld, QStringLiteral("reject")).isEmpty());
        QuoteFilterModel filter;
        filter.setSourceModel(&model);
        filter.setCodePath(QStringLiteral("Barriers/Language")); // its sub-codes, not a longer name
        QCOMPARE(filter.rowCount(), 1);
        filter.setCodePath({});
        filter.setStatus(QStringLiteral("proposed"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(QuoteTableModel::GuidRole).toString(), QStringLiteral("c"));
    }
};

QTEST_MAIN(QuoteReviewTest)
#include "quote_review_test.moc"
