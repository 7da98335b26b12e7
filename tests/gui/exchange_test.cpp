// Commands that make codes or bring data in and out: in-vivo coding, "code all results" with its dry
// run, the survey import preview, REFI-QDA import and export as jobs, and the window's panels
// restored as they were left.

#include "app/main_window.h"
#include "app/project_session.h"
#include "gui_fixture.h"
#include "views/autocode_dialog.h"
#include "views/cases_panel.h"
#include "views/codebook_panel.h"
#include "views/document_view.h"
#include "views/search_panel.h"
#include "views/survey_import_dialog.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace cairn;
using namespace cairn::gui;
using namespace cairn::gui::test;

namespace {

bool openAndShow(MainWindow& window, const QString& path, const QString& source) {
    if (!window.openProject(path)) return false;
    QSignalSpy shown(&window, &MainWindow::sourceShown);
    window.showSource(source);
    return shown.wait(20000);
}
} // namespace

class ExchangeTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void inVivoNamesACodeAfterTheSelectionInOneStep() {
        TestProject fixture;
        fixture.import(QStringLiteral("int01.txt"), kMixedInterview);
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(openAndShow(window, fixture.path, QStringLiteral("int01")));
        QVERIFY(
            selectInDocument(*window.documentView(), QStringLiteral("Tell me about the ESOL waiting list.")));
        window.inVivoAction()->trigger();
        auto* project = window.session()->writer();
        const auto codings = project->codings({});
        QCOMPARE(codings.size(), std::size_t{1});
        QCOMPARE(codings[0].codePath, std::string("Tell me about the ESOL waiting list"));
        QCOMPARE(window.documentView()->codings().size(), std::size_t{1});
        QVERIFY(window.codebookPanel()
                    ->model()
                    ->findCode(QStringLiteral("Tell me about the ESOL waiting list"))
                    .isValid());
        QVERIFY(window.menuBar()->findChildren<QAction*>().contains(window.inVivoAction()) ||
                !window.inVivoAction()->shortcut().isEmpty());
        window.undo(); // one step takes both the code and the coding
        QVERIFY(project->codebook().empty());
        QVERIFY(project->codings({}).empty());
        // Nothing selected: a hint, no code.
        window.documentView()->setTextCursor(QTextCursor(window.documentView()->document()));
        QVERIFY(!window.codeInVivo());
        QVERIFY(project->codebook().empty());
    }

    void codeAllResultsShowsTheDryRunThenCodesAsOneEdit() {
        TestProject fixture;
        fixture.import(QStringLiteral("int01.txt"), kMixedInterview);
        fixture.import(QStringLiteral("int02.txt"), "Karim: The ESOL class is full.\n\nKarim: I wait.\n");
        fixture.open()->addCode("Services/ESOL");
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        window.searchPanel()->queryEdit()->setText(QStringLiteral("ESOL"));
        QVERIFY(window.searchPanel()->codeAllButton()->isEnabled());
        QString preview;
        whenDialogOpens([&](QWidget* dialog) {
            auto* autocode = qobject_cast<AutocodeDialog*>(dialog);
            QVERIFY(autocode);
            autocode->codeBox()->setCurrentText(QStringLiteral("Services/ESOL"));
            // The count comes from a worker: a new choice clears it until the new answer arrives.
            QSignalSpy updated(autocode, &AutocodeDialog::previewUpdated);
            autocode->unitBox()->setCurrentIndex(1);
            QVERIFY(!autocode->isPreviewReady());
            QVERIFY(autocode->countLabel()->text().contains(QStringLiteral("Counting")));
            QVERIFY(updated.wait(20000));
            QVERIFY(autocode->isPreviewReady());
            autocode->unitBox()->setCurrentIndex(0);
            if (!autocode->isPreviewReady()) QVERIFY(updated.wait(20000));
            QCOMPARE(autocode->preview().passages, std::int64_t{2});
            QCOMPARE(autocode->preview().sources, std::int64_t{2});
            preview = autocode->countLabel()->text();
            autocode->accept();
        });
        window.searchPanel()->codeAllButton()->click();
        QVERIFY(preview.contains(QStringLiteral("2 passages in 2 sources")));
        auto* project = window.session()->writer();
        QCOMPARE(project->countCodings({}), std::int64_t{2}); // the dry run coded nothing, the apply both
        window.undo();
        QCOMPARE(project->countCodings({}), std::int64_t{0});
    }

    void surveyPreviewChoosesOpenAnswersThenImports() {
        TestProject fixture;
        const auto csv =
            fixture.write(QStringLiteral("survey.csv"),
                          "id,year,safe,answer,comment\n"
                          "R1,2019,yes,Friends from church mostly and some neighbours too,ok\n"
                          "R2,2020,no,The council flat was damp and nobody came to fix it,late\n");
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        bool shown = false;
        whenDialogOpens([&](QWidget* dialog) {
            auto* survey = qobject_cast<SurveyImportDialog*>(dialog);
            QVERIFY(survey);
            shown = true;
            auto* table = survey->columns();
            QCOMPARE(table->rowCount(), 5);
            QCOMPARE(
                qobject_cast<QComboBox*>(table->cellWidget(1, SurveyImportDialog::TypeColumn))->currentText(),
                QStringLiteral("integer"));
            QCOMPARE(table->item(3, SurveyImportDialog::NameColumn)->checkState(), Qt::Checked); // inferred
            survey->setOpenAnswer(QStringLiteral("comment"), true);
            survey->setType(QStringLiteral("year"), QStringLiteral("text"));
            const auto request = survey->request();
            QCOMPARE(request.idColumn, std::string("id"));
            QCOMPARE(request.textColumns.size(), std::size_t{2});
            survey->accept();
        });
        window.chooseSurvey(csv); // the columns are read in a worker; the dialog opens after
        QTRY_VERIFY_WITH_TIMEOUT(shown, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy() && window.session()->writer(), 20000);
        auto* project = window.session()->writer();
        QCOMPARE(project->cases().size(), std::size_t{2});
        QCOMPARE(project->sources().size(), std::size_t{4}); // two answers and two comments
        const auto attributes = project->attributes();
        const auto year = std::find_if(attributes.begin(), attributes.end(),
                                       [](const auto& a) { return a.name == "year"; });
        QCOMPARE(year->type, std::string("text"));
        QCOMPARE(window.casesPanel()->model()->rowCount(), 2);
        window.undo();
        QVERIFY(project->cases().empty());
    }

    void refiQdaExportShowsWarningsAndImportMakesANewProject() {
        TestProject fixture;
        fixture.import(QStringLiteral("int01.txt"), kMixedInterview);
        {
            auto project = fixture.open();
            project->addCode("Welcome");
            project->addCase("Amira");
            project->setConsent("Amira", "quote");
        }
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        const auto qdpx = fixture.dir.filePath(QStringLiteral("study.qdpx"));
        window.exportQdpx(qdpx);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
        QVERIFY(QFileInfo(qdpx).size() > 0);
        QVERIFY(!window.lastExchangeProblems().isEmpty());
        QVERIFY(window.lastExchangeProblems().join(QLatin1Char(' ')).contains(QStringLiteral("consent")));

        const auto copy = fixture.dir.filePath(QStringLiteral("copy.cairn"));
        window.importQdpx(qdpx, copy);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.session() && window.session()->path() == QFileInfo(copy).absoluteFilePath(), 20000);
        QCOMPARE(window.session()->writer()->sources().size(), std::size_t{1});
        QVERIFY(window.codebookPanel()->model()->findCode(QStringLiteral("Welcome")).isValid());
        // A broken file: a message, no project file left behind.
        const auto bad = fixture.write(QStringLiteral("bad.qdpx"), "not a zip");
        const auto none = fixture.dir.filePath(QStringLiteral("none.cairn"));
        window.importQdpx(bad, none);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
        QVERIFY(window.lastError().has_value());
        QVERIFY(!QFileInfo::exists(none));
    }

    void panelsAreRestoredAsTheyWereLeft() {
        TestProject fixture;
        {
            MainWindow window;
            window.setInteractive(false);
            window.show();
            auto* cases = window.findChild<QDockWidget*>(QStringLiteral("CasesDock"));
            auto* journal = window.findChild<QDockWidget*>(QStringLiteral("JournalDock"));
            QVERIFY(cases && journal);
            cases->show();
            journal->hide();
            window.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(!again.findChild<QDockWidget*>(QStringLiteral("CasesDock"))->isHidden());
        QVERIFY(again.findChild<QDockWidget*>(QStringLiteral("JournalDock"))->isHidden());
        // Every command is reachable from the keyboard: a shortcut or a mnemonic in its menu.
        for (auto* menu : again.menuBar()->findChildren<QMenu*>())
            for (auto* action : menu->actions())
                if (!action->isSeparator() && !action->menu())
                    QVERIFY2(!action->shortcut().isEmpty() || action->text().contains(QLatin1Char('&')),
                             qPrintable(action->text()));
    }
};

QTEST_MAIN(ExchangeTest)
#include "exchange_test.moc"
