// The document view on its own, fed a source built in memory: a long transcript with many codings
// opens and scrolls; positions map back to the source exactly, across the pages the view loads.

#include "gui_fixture.h"
#include "views/document_view.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <algorithm>

using namespace cairn;
using namespace cairn::gui;

namespace {
QColor colorOf(const std::string& guid) {
    return guid == "k-a" ? QColor(Qt::red) : QColor(Qt::blue);
}

/// Shows the view on screen with `loaded` in it; false when the window never appeared.
bool showOnScreen(DocumentView& view, const LoadedSource& loaded, int width, int height) {
    view.resize(width, height);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) return false;
    view.showSource(loaded, colorOf);
    return true;
}

/// The codings with a stripe in view, found by the interval index and by a scan of every coding.
std::pair<std::vector<QString>, std::vector<QString>> stripesInView(const DocumentView& view) {
    std::vector<QString> indexed, scanned;
    view.forVisibleCodings([&](const CodingMark& mark, int, int) { indexed.push_back(mark.guid); });
    for (const auto& mark : view.codings())
        if (view.stripeExtent(mark)) scanned.push_back(mark.guid);
    return {indexed, scanned};
}
} // namespace

class DocumentViewTest : public QObject {
    Q_OBJECT
private slots:
    void positionsMapBackToTheSource() {
        const auto loaded = test::longTranscript(3, 40);
        DocumentView view;
        view.showSource(loaded, colorOf);
        QCOMPARE(view.document()->blockCount(), 3);
        const auto& content = view.content();
        // Each passage's block start maps to its source start, in UTF-16 units of the source.
        const auto text = QString::fromStdString(loaded.text);
        for (std::size_t i = 0; i < loaded.passages.size(); ++i) {
            const auto block = view.document()->findBlockByNumber(static_cast<int>(i));
            const auto sourcePos = content.toSource(block.position());
            QCOMPARE(content.offsets().toCodePoint(sourcePos), loaded.passages[i].cpStart);
            QCOMPARE(text.mid(sourcePos, block.length() - 1), block.text());
        }
        // A selection maps to the source's UTF-16 span; the emoji counts two units.
        view.selectCodePoints(2, 6); // "word" after "🙂 "
        const auto range = view.selectedSourceRange();
        QVERIFY(range.has_value());
        QCOMPARE(range->start, 3);
        QCOMPARE(range->end, 7);
        QCOMPARE(view.textCursor().selectedText(), QStringLiteral("word"));
    }

    void codingsGetStripesAndOverlapsGetLanes() {
        auto loaded = test::longTranscript(2, 40);
        auto overlap = loaded.codings[0];
        overlap.coding.guid = "c-overlap";
        overlap.coding.start += 3;
        loaded.codings.push_back(overlap);
        DocumentView view;
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showSource(loaded, colorOf);
        QCOMPARE(view.codings().size(), std::size_t{3});
        std::vector<int> lanes;
        for (const auto& mark : view.codings())
            lanes.push_back(mark.lane);
        QCOMPARE(lanes, (std::vector<int>{0, 1, 0}));
        int visible = 0;
        view.forVisibleCodings([&](const CodingMark&, int top, int bottom) {
            QVERIFY(bottom > top);
            ++visible;
        });
        QCOMPARE(visible, 3);
        const auto* first = &view.codings()[0];
        const auto extent = view.stripeExtent(*first);
        QVERIFY(extent.has_value());
        QCOMPARE(view.codingAt(QPoint(view.laneX(0) + 1, (extent->first + extent->second) / 2)), first);
    }

    void aMillionCharacterTranscriptWithTenThousandCodingsOpensAndScrolls() {
        const auto loaded = test::longTranscript(10000, 106); // just over 1,000,000 characters
        DocumentView view;
        view.resize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QElapsedTimer timer;
        timer.start();
        view.showSource(loaded, colorOf);
        view.repaint();
        const auto firstPaint = timer.elapsed();
        QVERIFY(view.content().documentLength() > 1000000);
        QVERIFY(view.document()->characterCount() < 100000); // paged: only a window is in the document
        QCOMPARE(view.codings().size(), std::size_t{10000});
        // Fast scrolling: jump through the document as a dragged scroll bar would.
        auto* bar = view.sourceScrollBar();
        timer.restart();
        int frames = 0;
        for (int step = 0; step <= 40; ++step) {
            bar->setValue(bar->maximum() * step / 40);
            view.repaint();
            ++frames;
            const auto blocks = view.visibleBlocks();
            QVERIFY(!blocks.empty());
            QVERIFY(blocks.front().top <= 12); // at most the gap between two passages
        }
        const auto scrolling = timer.elapsed();
        // Jumping to the last passage selects exactly its coded text.
        const auto& last = view.codings().back();
        view.selectCodePoints(last.cpStart, last.cpEnd);
        QCOMPARE(view.textCursor().selectedText(), QStringLiteral("word word "));
        qInfo("1,000,000 characters, 10,000 codings: first paint %lld ms; %d scroll frames in %lld ms",
              firstPaint, frames, scrolling);

        // Every jump shows the passages and exactly the stripes in view (the interval index against a
        // scan of every coding).
        view.setTextCursor(QTextCursor(view.document()));
        for (int step = 40; step >= 0; step -= 7) {
            bar->setValue(bar->maximum() * step / 40);
            view.repaint();
            QVERIFY(!view.visibleBlocks().empty());
            const auto [indexed, scanned] = stripesInView(view);
            QVERIFY(!indexed.empty());
            QCOMPARE(indexed, scanned);
        }
    }

    void jumpingToTheEndRightAfterOpeningLoadsOnlyTheLastPages() {
        const auto loaded = test::longTranscript(20000, 60);
        DocumentView view;
        QVERIFY(showOnScreen(view, loaded, 900, 700));
        const auto& last = view.codings().back();
        view.selectCodePoints(last.cpStart, last.cpEnd);
        QCOMPARE(view.textCursor().selectedText(), QStringLiteral("word word "));
        const auto range = view.selectedSourceRange();
        QVERIFY(range.has_value());
        QCOMPARE(view.content().offsets().toCodePoint(range->start), last.cpStart);
        QCOMPARE(view.content().offsets().toCodePoint(range->end), last.cpEnd);
        // Only the last pages are in the document, not the 19,000-odd passages above them.
        const auto [first, end] = view.windowPassages();
        QCOMPARE(end, 20000);
        QVERIFY(end - first <= 4 * DocumentContent::kPagePassages);
        // The stripes at the end are those of the passages in view, in the right places.
        view.repaint();
        const auto [indexed, scanned] = stripesInView(view);
        QVERIFY(!indexed.empty());
        QCOMPARE(indexed, scanned);
        QVERIFY(std::find(indexed.begin(), indexed.end(), last.guid) != indexed.end());
        const auto extent = view.stripeExtent(last);
        QVERIFY(extent.has_value());
        const auto* clicked =
            view.codingAt(QPoint(view.laneX(last.lane) + 1, (extent->first + extent->second) / 2));
        QVERIFY(clicked);
        QCOMPARE(clicked->guid, last.guid);
        // The visible passages are the last ones, and the source bar says so.
        QCOMPARE(view.visibleBlocks().back().passage, 19999);
        QCOMPARE(view.sourceScrollBar()->value(), view.sourceScrollBar()->maximum());
    }

    void aSelectionAcrossAPageBoundaryMapsToExactSourceOffsets() {
        const auto loaded = test::longTranscript(2000, 60);
        DocumentView view;
        QVERIFY(showOnScreen(view, loaded, 900, 700));
        const auto& content = view.content();
        QVERIFY(content.pageCount() > 3);
        // Far from the top, so the window starts mid-source: positions in the document are offset.
        const int boundary = content.pageStart(content.pageCount() / 2);
        const auto& before = content.passages()[static_cast<std::size_t>(boundary - 1)];
        const auto& after = content.passages()[static_cast<std::size_t>(boundary)];
        view.selectCodePoints(loaded.passages[static_cast<std::size_t>(boundary)].cpStart,
                              loaded.passages[static_cast<std::size_t>(boundary)].cpStart + 1);
        QVERIFY(view.windowPassages().first > 0);
        QTextCursor cursor(view.document());
        cursor.setPosition(view.toWindow(before.docStart + 5));
        cursor.setPosition(view.toWindow(after.docStart + 7), QTextCursor::KeepAnchor);
        view.setTextCursor(cursor);
        const auto range = view.selectedSourceRange();
        QVERIFY(range.has_value());
        QCOMPARE(range->start, before.sourceStart + 5);
        QCOMPARE(range->end, after.sourceStart + 7);
        // Coding that span (as the window does, in code points) gives a stripe over both passages.
        project::CodingView coding = loaded.codings.front();
        coding.coding.guid = "c-across";
        coding.coding.start = content.offsets().toCodePoint(range->start);
        coding.coding.end = content.offsets().toCodePoint(range->end);
        view.addCoding(coding, Qt::darkGreen);
        const auto mark = std::find_if(view.codings().begin(), view.codings().end(), [](const CodingMark& m) {
            return m.guid == QStringLiteral("c-across");
        });
        QVERIFY(mark != view.codings().end());
        QCOMPARE(mark->docStart, before.docStart + 5);
        QCOMPARE(mark->docEnd, after.docStart + 7);
        // The selection survives the view scrolling far away and back (the window keeps it whole).
        view.sourceScrollBar()->setValue(view.sourceScrollBar()->maximum());
        QCoreApplication::processEvents();
        QCOMPARE(view.selectedSourceRange()->start, range->start);
        QCOMPARE(view.selectedSourceRange()->end, range->end);
        view.selectCodePoints(coding.coding.start, coding.coding.end);
        const auto extent = view.stripeExtent(*mark);
        QVERIFY(extent.has_value());
        QVERIFY(extent->second - extent->first > view.fontMetrics().height()); // two passages tall
    }

    void scrollingLineByLineMovesTheWindowWithoutAJump() {
        const auto loaded = test::longTranscript(3000, 60);
        DocumentView view;
        QVERIFY(showOnScreen(view, loaded, 900, 500));
        // As a wheel does: QTextEdit's own bar, a few lines at a time, the window following.
        int previousTop = 0;
        int moves = 0;
        auto window = view.windowPassages();
        for (int step = 0; step < 400; ++step) {
            auto* inner = view.verticalScrollBar();
            inner->setValue(inner->value() + 3 * inner->singleStep());
            QCoreApplication::processEvents();
            const auto blocks = view.visibleBlocks();
            QVERIFY(!blocks.empty());
            // The passage at the top only ever advances, by at most a screenful.
            QVERIFY(blocks.front().passage >= previousTop);
            QVERIFY(blocks.front().passage - previousTop <= 10);
            previousTop = blocks.front().passage;
            if (view.windowPassages() != window) ++moves;
            window = view.windowPassages();
        }
        QVERIFY(moves > 0);
        QVERIFY(previousTop > DocumentContent::kPagePassages);
        // The source bar follows: its value is the top passage's start, give or take that passage.
        const auto& top = view.content().passages()[static_cast<std::size_t>(previousTop)];
        QVERIFY(view.sourceScrollBar()->value() >= top.docStart);
        QVERIFY(view.sourceScrollBar()->value() <=
                top.docStart + static_cast<int>(top.sourceEnd - top.sourceStart) + 1);
    }
};

QTEST_MAIN(DocumentViewTest)
#include "document_view_test.moc"
