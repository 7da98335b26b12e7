// The document view on its own, fed a source built in memory: a long transcript with many codings
// opens and scrolls; positions map back to the source exactly.

#include "gui_fixture.h"
#include "views/document_view.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>

using namespace cairn;
using namespace cairn::gui;

namespace {
QColor colorOf(const std::string& guid) {
    return guid == "k-a" ? QColor(Qt::red) : QColor(Qt::blue);
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
        QVERIFY(view.document()->characterCount() > 1000000);
        QCOMPARE(view.codings().size(), std::size_t{10000});
        // Fast scrolling: jump through the document as a dragged scroll bar would.
        auto* bar = view.verticalScrollBar();
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

        // While idle the view lays the rest out ahead; afterwards every jump still shows the passages
        // and exactly the stripes in view (the interval index against a scan of every coding).
        QTRY_VERIFY_WITH_TIMEOUT(view.isFullyLaidOut(), 60000);
        for (int step = 40; step >= 0; step -= 7) {
            bar->setValue(bar->maximum() * step / 40);
            view.repaint();
            QVERIFY(!view.visibleBlocks().empty());
            std::vector<QString> indexed, scanned;
            view.forVisibleCodings([&](const CodingMark& mark, int, int) { indexed.push_back(mark.guid); });
            for (const auto& mark : view.codings())
                if (view.stripeExtent(mark)) scanned.push_back(mark.guid);
            QVERIFY(!indexed.empty());
            QCOMPARE(indexed, scanned);
        }
    }
};

QTEST_MAIN(DocumentViewTest)
#include "document_view_test.moc"
