// The window as a user drives it: open projects good and bad, read a source, code a selection,
// undo and redo, search and jump to a hit, import.

#include "app/main_window.h"
#include "app/project_session.h"
#include "app/recent_projects.h"
#include "gui_fixture.h"
#include "views/codebook_panel.h"
#include "views/document_view.h"
#include "views/search_panel.h"
#include "views/sources_panel.h"

#include <QDragEnterEvent>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

using namespace cairn;
using namespace cairn::gui;
using namespace cairn::gui::test;

namespace {
// The code point index of `needle` in `text` (both UTF-8), as the core counts.
std::int64_t codePointIndex(const std::string& text, const std::string& needle) {
    const auto at = text.find(needle);
    if (at == std::string::npos) qFatal("'%s' not in text", needle.c_str());
    return static_cast<std::int64_t>(QString::fromStdString(text.substr(0, at)).toUcs4().size());
}

} // namespace

class WorkbenchTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void opensAProjectAndListsItsSources() {
        TestProject fixture;
        fixture.import(QStringLiteral("int01.txt"), kMixedInterview);
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(window.openProject(fixture.path));
        QVERIFY(window.hasProject());
        QVERIFY(window.sourcesPanel()->model()->findSource(QStringLiteral("int01")).isValid());
        QVERIFY(window.windowTitle().contains(QStringLiteral("Study")));
    }

    void aLockedProjectGivesTheLockedMessageAndNoProject() {
        TestProject fixture;
        const auto holder = fixture.open(); // this process holds the writer's lock
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(!window.openProject(fixture.path));
        QVERIFY(!window.hasProject());
        QVERIFY(window.lastError().has_value());
        QCOMPARE(window.lastError()->kind, ErrorKind::Locked);
    }

    void aProjectFromANewerCairnIsRefused() {
        TestProject fixture;
        setUserVersion(fixture.path, 9999);
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(!window.openProject(fixture.path));
        QCOMPARE(window.lastError()->kind, ErrorKind::TooNew);
    }

    void aDamagedOrForeignFileIsRefused() {
        TestProject fixture;
        const std::vector<std::string> contents = {"this is not a database", std::string(100, '\0'),
                                                   std::string("SQLite format 3\0", 16) +
                                                       std::string(84, 'x')};
        for (const auto& bytes : contents) {
            const auto path = fixture.write(QStringLiteral("bad.cairn"), bytes);
            MainWindow window;
            window.setInteractive(false);
            QVERIFY(!window.openProject(path));
            QCOMPARE(window.lastError()->kind, ErrorKind::Damaged);
        }
    }

    void aMissingFileIsAnErrorNotACrash() {
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(!window.openProject(QStringLiteral("/nonexistent/folder/none.cairn")));
        QVERIFY(window.lastError().has_value());
    }

    void showsASourceWithItsPassagesAndDirections() {
        TestProject fixture;
        const auto guid = fixture.import(QStringLiteral("int01.txt"), kMixedInterview);
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(window.openProject(fixture.path));
        QSignalSpy shown(&window, &MainWindow::sourceShown);
        QVERIFY(window.sourcesPanel()->selectSource(QStringLiteral("int01")));
        QVERIFY(shown.wait(20000));
        QCOMPARE(shown.first().first().toString(), QString::fromStdString(guid));
        auto* doc = window.documentView()->document();
        QCOMPARE(doc->blockCount(), 3);
        QVERIFY(doc->toPlainText().contains(QString::fromUtf8("مرحبا 👋 بكم")));
        // Speaker labels are in the gutter, not in the text.
        QVERIFY(!doc->toPlainText().contains(QStringLiteral("Rhian:")));
        QCOMPARE(window.documentView()->content().passages()[1].speaker, QStringLiteral("Amira"));
        QCOMPARE(doc->findBlockByNumber(0).blockFormat().layoutDirection(), Qt::LeftToRight);
        QCOMPARE(doc->findBlockByNumber(1).blockFormat().layoutDirection(), Qt::RightToLeft);
        QCOMPARE(doc->findBlockByNumber(1).textDirection(), Qt::RightToLeft);
    }

    void codingASelectionStoresCodePointsAndUndoRemovesIt() {
        TestProject fixture;
        const auto guid = fixture.import(QStringLiteral("int01.txt"), kMixedInterview);
        const auto code = fixture.open()->addCode("Greetings/Arabic").code.guid;
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(window.openProject(fixture.path));
        QSignalSpy shown(&window, &MainWindow::sourceShown);
        window.showSource(QStringLiteral("int01"));
        QVERIFY(shown.wait(20000));

        // After an emoji (two UTF-16 units, one code point): the offsets must still be exact.
        QVERIFY(selectInDocument(*window.documentView(), QString::fromUtf8("بكم في كارديف")));
        QVERIFY(window.codeSelection(QString::fromStdString(code)));
        QCOMPARE(window.documentView()->codings().size(), std::size_t{1});

        auto* project = window.session()->writer();
        const auto text = project->sourceText(guid);
        auto codings = project->codings({});
        QCOMPARE(codings.size(), std::size_t{1});
        QCOMPARE(codings[0].text, std::string("بكم في كارديف"));
        QCOMPARE(codings[0].coding.start, codePointIndex(text, "بكم"));
        QCOMPARE(codings[0].coding.end, codings[0].coding.start + 13);
        // The codebook shows the new count.
        const auto row = window.codebookPanel()->model()->findCode(QString::fromStdString(code));
        QCOMPARE(row.siblingAtColumn(1).data().toString(), QStringLiteral("1"));

        window.undo();
        QCOMPARE(project->codings({}).size(), std::size_t{0});
        QCOMPARE(window.documentView()->codings().size(), std::size_t{0});
        QCOMPARE(row.siblingAtColumn(1).data().toString(), QStringLiteral("0"));
        window.redo();
        QCOMPARE(project->codings({}).size(), std::size_t{1});
        QCOMPARE(window.documentView()->codings().size(), std::size_t{1});

        // A memo on the coding shows in its stripe's tooltip text; Remove deletes the coding.
        const auto codingGuid = window.documentView()->codings()[0].guid;
        QVERIFY(window.addCodingMemo(codingGuid, QStringLiteral("Greets the interviewer in Arabic first.")));
        QCOMPARE(window.documentView()->codings()[0].memo,
                 QStringLiteral("Greets the interviewer in Arabic first."));
        window.removeCoding(codingGuid);
        QCOMPARE(project->codings({}).size(), std::size_t{0});
        QCOMPARE(window.documentView()->codings().size(), std::size_t{0});
    }

    void clickingACodeCodesTheSelectionAndItsShortcutToo() {
        TestProject fixture;
        fixture.import(QStringLiteral("int01.txt"), kMixedInterview);
        {
            auto project = fixture.open();
            project->addCode("Welcome");
            project->addCode("Services/ESOL");
        }
        MainWindow window;
        window.setInteractive(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(fixture.path));
        QSignalSpy shown(&window, &MainWindow::sourceShown);
        window.showSource(QStringLiteral("int01"));
        QVERIFY(shown.wait(20000));

        QVERIFY(selectInDocument(*window.documentView(), QStringLiteral("welcome")));
        auto* tree = window.codebookPanel()->tree();
        const auto welcome = window.codebookPanel()->model()->findCode(QStringLiteral("Welcome"));
        QVERIFY(welcome.isValid());
        tree->scrollTo(welcome);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(welcome).center());
        QCOMPARE(window.documentView()->codings().size(), std::size_t{1});
        QCOMPARE(window.documentView()->codings()[0].codePath, QStringLiteral("Welcome"));

        // Ctrl+2: the second codable code in tree order (Services, then Services/ESOL come after Welcome?
        // the model says which, and the test asks it rather than assuming the order).
        QVERIFY(selectInDocument(*window.documentView(), QStringLiteral("ESOL")));
        const auto second = window.codebookPanel()->model()->shortcutCode(2);
        QVERIFY(!second.isEmpty());
        window.documentView()->setFocus();
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.documentView()->codings().size(), std::size_t{2});
        const auto& codings = window.documentView()->codings();
        QVERIFY(std::any_of(codings.begin(), codings.end(),
                            [&](const CodingMark& m) { return m.codeGuid == second; }));
    }

    void droppingACodeOnTheSelectionCodesIt() {
        TestProject fixture;
        fixture.import(QStringLiteral("int01.txt"), kMixedInterview);
        fixture.open()->addCode("Services/ESOL");
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(window.openProject(fixture.path));
        QSignalSpy shown(&window, &MainWindow::sourceShown);
        window.showSource(QStringLiteral("int01"));
        QVERIFY(shown.wait(20000));
        QVERIFY(selectInDocument(*window.documentView(), QStringLiteral("ESOL waiting list")));

        // What the codebook puts on the drag, delivered as a drop on the text.
        auto* model = window.codebookPanel()->model();
        std::unique_ptr<QMimeData> data(model->mimeData({model->findCode(QStringLiteral("Services/ESOL"))}));
        QVERIFY(data);
        auto* target = window.documentView()->viewport();
        const QPoint at(40, 10);
        QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &drop);
        QCOMPARE(window.documentView()->codings().size(), std::size_t{1});
        const auto codings = window.session()->writer()->codings({});
        QCOMPARE(codings.size(), std::size_t{1});
        QCOMPARE(codings[0].codePath, std::string("Services/ESOL"));
        QCOMPARE(codings[0].text, std::string("ESOL waiting list"));
    }

    void droppingTheSelectionOnACodeCodesIt() {
        TestProject fixture;
        fixture.import(QStringLiteral("int01.txt"), kMixedInterview);
        fixture.open()->addCode("Welcome");
        MainWindow window;
        window.setInteractive(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(fixture.path));
        QSignalSpy shown(&window, &MainWindow::sourceShown);
        window.showSource(QStringLiteral("int01"));
        QVERIFY(shown.wait(20000));
        QVERIFY(selectInDocument(*window.documentView(), QStringLiteral("welcome")));

        // What a text drag from the document carries, dropped on the code's row.
        QMimeData data;
        data.setText(QStringLiteral("welcome"));
        auto* tree = window.codebookPanel()->tree();
        const auto row = window.codebookPanel()->model()->findCode(QStringLiteral("Welcome"));
        const auto at = tree->visualRect(row).center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree->viewport(), &enter);
        QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        const auto codings = window.session()->writer()->codings({});
        QCOMPARE(codings.size(), std::size_t{1});
        QCOMPARE(codings[0].text, std::string("welcome"));
    }

    void searchFindsAndAClickOpensTheSourceAtTheHit() {
        TestProject fixture;
        fixture.import(QStringLiteral("int01.txt"), kMixedInterview);
        fixture.import(QStringLiteral("int02.txt"), "Farid: The hotel was far from the college.\n\n"
                                                    "Mariam: We waited for the ESOL class a long time.\n");
        MainWindow window;
        window.setInteractive(false);
        window.show();
        QVERIFY(window.openProject(fixture.path));
        QSignalSpy finished(window.searchPanel(), &SearchPanel::searchFinished);
        window.searchPanel()->searchNow(QStringLiteral("college"));
        QVERIFY(finished.wait(20000));
        auto* results = window.searchPanel()->model();
        QCOMPARE(results->rowCount(), 1);
        QVERIFY(results->index(0)
                    .data(SearchResultsModel::HtmlRole)
                    .toString()
                    .contains(QStringLiteral("<b>college</b>")));

        QSignalSpy shown(&window, &MainWindow::sourceShown);
        auto* list = window.searchPanel()->results();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(results->index(0)).center());
        QVERIFY(shown.wait(20000));
        QCOMPARE(window.documentView()->content().sourceName(), QStringLiteral("int02"));
        QCOMPARE(window.documentView()->textCursor().selectedText(), QStringLiteral("college"));
    }

    void typingDebouncesAndOnlyTheLatestAnswerIsShown() {
        TestProject fixture;
        fixture.import(QStringLiteral("int01.txt"), kMixedInterview);
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(window.openProject(fixture.path));
        QSignalSpy finished(window.searchPanel(), &SearchPanel::searchFinished);
        QTest::keyClicks(window.searchPanel()->queryEdit(), QStringLiteral("intervie"));
        QTest::keyClicks(window.searchPanel()->queryEdit(), QStringLiteral("w"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1); // one query for the whole burst of typing
        QCOMPARE(window.searchPanel()->model()->rowCount(), 1);
        // A query that does not parse is shown in the panel, not as a dialog.
        window.searchPanel()->searchNow(QStringLiteral("\"unclosed"));
        QVERIFY(finished.wait(20000) || finished.size() == 2);
        QVERIFY(!window.lastError().has_value());
    }

    void importsFilesInAWorkerAndShowsThem() {
        TestProject fixture;
        const auto a = fixture.write(QStringLiteral("notes-a.txt"), "First notes about the drop-in.\n");
        const auto b = fixture.write(QStringLiteral("notes-b.txt"), "Second notes about the garden.\n");
        const auto bad = fixture.dir.filePath(QStringLiteral("missing.txt"));
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(window.openProject(fixture.path));
        window.importFiles({a, b, bad}, QStringLiteral("field-notes"));
        QVERIFY(window.session()->isLent());
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isLent(), 20000);
        QVERIFY(window.sourcesPanel()->model()->findSource(QStringLiteral("notes-a")).isValid());
        QVERIFY(window.sourcesPanel()->model()->findSource(QStringLiteral("notes-b")).isValid());
        QCOMPARE(window.session()->writer()->sources().size(), std::size_t{2});
        // The missing file is reported, the others are in.
        QVERIFY(window.lastError().has_value());
        QCOMPARE(window.lastError()->kind, ErrorKind::BadInput);
    }

    void recentProjectsAndWindowStateAreRemembered() {
        TestProject fixture;
        {
            MainWindow window;
            window.setInteractive(false);
            QVERIFY(window.openProject(fixture.path));
            window.resize(900, 700);
            window.close();
        }
        QCOMPARE(RecentProjects::list().value(0), QFileInfo(fixture.path).absoluteFilePath());
        MainWindow again;
        QCOMPARE(again.size(), QSize(900, 700));
    }
};

QTEST_MAIN(WorkbenchTest)
#include "workbench_test.moc"
