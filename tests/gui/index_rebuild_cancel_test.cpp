// Opening a project whose full-text index another analyser version built rebuilds that index, in a
// worker behind a progress dialog with Cancel. Cancelling part way through the rebuild (not while the
// job waits in the queue: job_cancel_test covers that) keeps the window responsive, leaves the
// project closed and as it was (the old index and its version, every source, `check` clean), and the
// next open rebuilds the index so that search answers.

#include "app/main_window.h"
#include "app/project_session.h"
#include "gui_fixture.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace cairn;
using namespace cairn::gui;
using namespace cairn::gui::test;

namespace {
// Enough text (about 10 MB) that the rebuild reports progress many times (every 500 passages) and
// is still running, by a wide margin, when the first report reaches the window (the job's progress
// is polled every 100 ms).
constexpr int kTurns = 4000;
constexpr int kSentencesPerTurn = 40;
} // namespace

class IndexRebuildCancelTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void cancellingTheRebuildOnOpenLeavesTheProjectWholeAndTheNextOpenRebuilds() {
        TestProject fixture;
        std::string transcript;
        for (int i = 0; i < kTurns; ++i) {
            transcript += i % 2 ? "Amira:" : "Rhian:";
            for (int s = 0; s < kSentencesPerTurn; ++s)
                transcript += " Week " + std::to_string(i * kSentencesPerTurn + s) +
                              ": the ESOL waiting list in Caerdydd, the bus fare and the housing office.";
            transcript += "\n\n";
        }
        fixture.import(QStringLiteral("long.txt"), transcript);
        markSearchIndexStale(fixture.path);

        MainWindow window;
        window.setInteractive(false);
        // The window's event loop runs while the worker rebuilds: this timer ticks, the dialog shows
        // the rebuild's progress, and the Cancel click on it is delivered.
        int ticks = 0;
        qint64 totalShown = 0;
        bool cancelled = false;
        QTimer watch;
        watch.setInterval(5);
        connect(&watch, &QTimer::timeout, this, [&] {
            ++ticks;
            auto* dialog = window.findChild<QProgressDialog*>();
            if (!dialog || cancelled || dialog->maximum() == 0) return;
            totalShown = dialog->maximum();
            auto* cancel = dialog->findChild<QPushButton*>();
            QVERIFY(cancel);
            cancel->click();
            cancelled = true;
        });
        watch.start();
        QVERIFY(!window.openProject(fixture.path));
        watch.stop();
        QVERIFY(cancelled);
        QCOMPARE(totalShown, qint64{kTurns}); // the rebuild's own progress, passage by passage
        QVERIFY(ticks > 1);
        QVERIFY(!window.hasProject());
        QVERIFY(!window.lastError().has_value()); // a cancel is not an error

        {
            // Nothing was half done: still the old index and version, the data whole.
            project::OpenOptions readOnly;
            readOnly.readOnly = true;
            auto reader = project::Project::open(fixture.path.toStdString(), readOnly);
            QVERIFY(!reader->searchIndexCurrent());
            QCOMPARE(reader->sources().size(), std::size_t{1});
            QVERIFY(reader->check().empty());
        }

        // The next open rebuilds it to the end, and search answers from it.
        QVERIFY(window.openProject(fixture.path));
        QVERIFY(window.session() && window.session()->writer());
        auto* project = window.session()->writer();
        QVERIFY(project->searchIndexCurrent());
        QCOMPARE(project->searchCount({"Caerdydd", 20, 0, false}), std::int64_t{kTurns});
        QVERIFY(project->check().empty());
    }
};

QTEST_MAIN(IndexRebuildCancelTest)
#include "index_rebuild_cancel_test.moc"
