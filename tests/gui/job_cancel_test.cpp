// Cancel of each long job the window runs: the REFI-QDA export and import, the survey preview and
// import, an import of files, and opening a project. Each leaves nothing partial behind, and the project
// still opens and passes `check`. Both of the runner's workers are held first, so the job waits in the queue
// and the Cancel reaches it for certain (a small test project would otherwise finish before any click).

#include "app/main_window.h"
#include "app/project_session.h"
#include "gui_fixture.h"
#include "jobs/job_runner.h"

#include <QApplication>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <condition_variable>
#include <mutex>

using namespace cairn;
using namespace cairn::gui;
using namespace cairn::gui::test;

namespace {

class WorkersHeld {
public:
    explicit WorkersHeld(JobRunner& runner) {
        for (int i = 0; i < kWorkers; ++i)
            runner.start(QStringLiteral("hold"), {}, [this](const ProgressFn&, const CancelToken&) {
                std::unique_lock lock(m_mutex);
                ++m_holding;
                m_changed.notify_all();
                m_changed.wait(lock, [this] { return m_released; });
                return JobRunner::Deliver{};
            });
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_holding == kWorkers; });
    }
    ~WorkersHeld() { release(); }
    WorkersHeld(const WorkersHeld&) = delete;
    WorkersHeld& operator=(const WorkersHeld&) = delete;

    void release() {
        const std::lock_guard lock(m_mutex);
        m_released = true;
        m_changed.notify_all();
    }

private:
    static constexpr int kWorkers = 2; // JobRunner's pool size
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_holding = 0;
    bool m_released = false;
};

/// Clicks the status bar's Cancel while the job waits, then lets it run into the cancel.
void cancelQueuedJob(MainWindow& window, WorkersHeld& held) {
    QVERIFY(!window.cancelButton()->isHidden());
    window.cancelButton()->click();
    held.release();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
}

void fillProject(const TestProject& fixture) {
    fixture.import(QStringLiteral("int01.txt"), kMixedInterview);
    fixture.import(QStringLiteral("int02.txt"), "Karim: The ESOL class is full.\n\nKarim: I wait.\n");
    auto project = fixture.open();
    project->addCode("Services/ESOL");
}

void checkStillWhole(MainWindow& window, std::size_t sources) {
    QVERIFY(window.session() && window.session()->writer());
    QCOMPARE(window.session()->writer()->sources().size(), sources);
    QVERIFY(window.session()->writer()->check().empty());
}

} // namespace

class JobCancelTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void cancelledExportWritesNoFile() {
        TestProject fixture;
        fillProject(fixture);
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        const auto qdpx = fixture.dir.filePath(QStringLiteral("study.qdpx"));
        {
            WorkersHeld held(*window.jobs());
            window.exportQdpx(qdpx);
            cancelQueuedJob(window, held);
        }
        QVERIFY(!QFileInfo::exists(qdpx));
        QVERIFY(!window.lastError().has_value()); // a cancel is no error
        checkStillWhole(window, 2);
        window.exportQdpx(qdpx); // and the same export, not cancelled, writes the file
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
        QVERIFY(QFileInfo(qdpx).size() > 0);
    }

    void cancelledImportMakesNoProject() {
        TestProject fixture;
        fillProject(fixture);
        const auto qdpx = fixture.dir.filePath(QStringLiteral("study.qdpx"));
        fixture.open()->exportQdpx(qdpx.toStdString());
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        const auto copy = fixture.dir.filePath(QStringLiteral("copy.cairn"));
        {
            WorkersHeld held(*window.jobs());
            window.importQdpx(qdpx, copy);
            cancelQueuedJob(window, held);
        }
        QVERIFY(!QFileInfo::exists(copy));
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal")));
        QVERIFY(!window.lastError().has_value());
        QCOMPARE(window.session()->path(), QFileInfo(fixture.path).absoluteFilePath()); // still open
        checkStillWhole(window, 2);
    }

    void cancelledSurveyPreviewOpensNoDialog() {
        TestProject fixture;
        const auto csv = fixture.write(QStringLiteral("survey.csv"),
                                       "id,answer\nR1,Friends from church mostly and some neighbours too\n");
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        {
            WorkersHeld held(*window.jobs());
            window.chooseSurvey(csv);
            cancelQueuedJob(window, held);
        }
        QTest::qWait(50); // a dialog would have been queued behind the job's end
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(window.session()->writer()->cases().empty());
    }

    void cancelledSurveyImportAddsNothing() {
        TestProject fixture;
        fillProject(fixture);
        const auto csv = fixture.write(QStringLiteral("survey.csv"),
                                       "id,year,answer\n"
                                       "R1,2019,Friends from church mostly and some neighbours too\n"
                                       "R2,2020,The council flat was damp and nobody came to fix it\n");
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        project::SurveyRequest request;
        request.path = csv.toStdString();
        request.idColumn = "id";
        request.textColumns = {"answer"};
        {
            WorkersHeld held(*window.jobs());
            window.importSurvey(request);
            QVERIFY(window.session()->isLent());
            cancelQueuedJob(window, held);
        }
        QVERIFY(!window.session()->isLent()); // the writer came back
        QVERIFY(window.session()->writer()->cases().empty());
        checkStillWhole(window, 2);
        const auto last = window.session()->writer()->nextUndo();
        QVERIFY(last && last->label.find("survey") == std::string::npos); // no survey edit to undo
    }

    void cancelledFileImportAddsNoSource() {
        TestProject fixture;
        fillProject(fixture);
        const auto notes = fixture.write(QStringLiteral("notes.txt"), "Visited the drop-in on Tuesday.\n");
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        {
            WorkersHeld held(*window.jobs());
            window.importFiles({notes}, QStringLiteral("field-notes"));
            cancelQueuedJob(window, held);
        }
        checkStillWhole(window, 2);
        // The project is still usable: close it and open it again.
        QVERIFY(window.closeProject());
        QVERIFY(openQuietly(window, fixture.path));
        checkStillWhole(window, 2);
    }

    void cancelledOpenLeavesTheProjectClosedAndWhole() {
        TestProject fixture;
        fillProject(fixture);
        MainWindow window;
        window.setInteractive(false);
        {
            WorkersHeld held(*window.jobs());
            // The open waits for a worker behind its progress dialog; Cancel there, then free the workers.
            QTimer::singleShot(0, &window, [&window, &held] {
                auto* dialog = window.findChild<QProgressDialog*>();
                QVERIFY(dialog);
                auto* cancel = dialog->findChild<QPushButton*>();
                QVERIFY(cancel);
                cancel->click();
                held.release();
            });
            QVERIFY(!window.openProject(fixture.path));
        }
        QVERIFY(!window.hasProject());
        QVERIFY(!window.lastError().has_value());
        QVERIFY(window.openProject(fixture.path)); // nothing was harmed: it opens as before
        checkStillWhole(window, 2);
    }
};

QTEST_MAIN(JobCancelTest)
#include "job_cancel_test.moc"
