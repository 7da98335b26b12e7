// Import in a worker: Cancel between files keeps the files already done and leaves no part of the
// cancelled one; progress names each file.

#include "common/error.h"
#include "gui_fixture.h"
#include "jobs/import_job.h"
#include "jobs/job_runner.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace cairn;
using namespace cairn::gui;
using namespace cairn::gui::test;

class ImportJobTest : public QObject {
    Q_OBJECT
private slots:
    void cancelDuringTheSecondFileLeavesOnlyTheFirst() {
        TestProject fixture;
        const auto a = fixture.write(QStringLiteral("a.txt"), "Alpha notes.\n").toStdString();
        const auto b = fixture.write(QStringLiteral("b.txt"), "Beta notes.\n").toStdString();
        auto project = fixture.open();
        CancelToken cancel;
        std::vector<std::string> reported;
        const auto progress = [&](std::int64_t done, std::int64_t, const std::string& what) {
            reported.push_back(what);
            if (done == 1) cancel.cancel(); // the user presses Cancel as the second file starts
        };
        QVERIFY_THROWS_EXCEPTION(Cancelled, importFiles(*project, {a, b}, "field-notes", progress, cancel));
        const auto sources = project->sources();
        QCOMPARE(sources.size(), std::size_t{1});
        QCOMPARE(sources[0].name, std::string("a"));
        QCOMPARE(reported, (std::vector<std::string>{"a.txt", "b.txt"}));
    }

    void aJobReportsFailureAsAMessageAndCancelAsCancelled() {
        JobRunner runner;
        auto* failing = runner.start(
            QStringLiteral("t"), QStringLiteral("study.cairn"),
            [](const ProgressFn&, const CancelToken&) -> JobRunner::Deliver { throw ProjectLocked("held"); });
        QSignalSpy failed(failing, &Job::failed);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<UserMessage>().kind, ErrorKind::Locked);

        auto* cancelled =
            runner.start(QStringLiteral("t"), {}, [](const ProgressFn& progress, const CancelToken& cancel) {
                for (int i = 0; i < 1000; ++i) {
                    progress(i, 1000, "step");
                    cancel.throwIfCancelled();
                    QThread::msleep(5);
                }
                return JobRunner::Deliver{};
            });
        QSignalSpy cancelledSpy(cancelled, &Job::cancelled);
        QSignalSpy progressSpy(cancelled, &Job::progress);
        QTRY_VERIFY_WITH_TIMEOUT(progressSpy.size() > 0, 10000);
        cancelled->cancel();
        QVERIFY(cancelledSpy.wait(10000));
        // Progress arrives batched by the timer, far fewer signals than steps.
        QVERIFY(progressSpy.size() < 100);
    }

    void aResultIsDeliveredOnTheGuiThread() {
        JobRunner runner;
        QThread* deliveredOn = nullptr;
        auto* job =
            runner.start(QStringLiteral("t"), {}, [&deliveredOn](const ProgressFn&, const CancelToken&) {
                return JobRunner::Deliver([&deliveredOn] { deliveredOn = QThread::currentThread(); });
            });
        QSignalSpy succeeded(job, &Job::succeeded);
        QVERIFY(succeeded.wait(10000));
        QCOMPARE(deliveredOn, QThread::currentThread());
    }
};

QTEST_MAIN(ImportJobTest)
#include "import_job_test.moc"
