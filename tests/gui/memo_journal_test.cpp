// Memos follow what the user chose (a code, a case, a source) and are written, edited and deleted in
// place; the journal holds memos about nothing. Each change is one undo step.

#include "app/main_window.h"
#include "app/project_session.h"
#include "gui_fixture.h"
#include "views/cases_panel.h"
#include "views/codebook_panel.h"
#include "views/memo_editor.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace cairn;
using namespace cairn::gui;
using namespace cairn::gui::test;

class MemoJournalTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void theMemoPanelFollowsTheChosenCodeAndCase() {
        TestProject fixture;
        {
            auto project = fixture.open();
            project->addCode("Housing");
            project->addCase("Amira");
            project::MemoTarget target;
            target.code = "Housing";
            project->addMemo("Scope", "Includes hostels", target);
        }
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        auto* memos = window.memoPanel();
        QCOMPARE(memos->list()->count(), 0);
        QVERIFY(window.codebookPanel()->selectCode(QStringLiteral("Housing")));
        QVERIFY(memos->targetLabel()->text().contains(QStringLiteral("Housing")));
        QCOMPARE(memos->list()->count(), 1);
        memos->list()->setCurrentRow(0);
        QCOMPARE(memos->textEdit()->toPlainText(), QStringLiteral("Includes hostels"));
        // Edit it in place.
        memos->textEdit()->setPlainText(QStringLiteral("Includes hostels and sofa-surfing"));
        QVERIFY(memos->saveCurrent());
        QCOMPARE(window.session()->writer()->memos().front().text,
                 std::string("Includes hostels and sofa-surfing"));
        // A case's memos.
        QVERIFY(window.casesPanel()->selectCase(QStringLiteral("Amira")));
        QCOMPARE(memos->list()->count(), 0);
        QVERIFY(memos->addMemo(QStringLiteral("First contact"), QStringLiteral("Met at the drop-in")));
        QCOMPARE(memos->list()->count(), 1);
        project::MemoTarget amira;
        amira.caseName = "Amira";
        QCOMPARE(window.session()->writer()->memos(amira).size(), std::size_t{1});
        window.undo();
        QCOMPARE(memos->list()->count(), 0);
    }

    void theJournalAddsEditsAndDeletes() {
        TestProject fixture;
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        auto* journal = window.journalPanel();
        QVERIFY(journal->addMemo(QStringLiteral("Codebook v2"), QStringLiteral("Split Housing into two.")));
        QVERIFY(journal->addMemo(QStringLiteral("Interviews"), QStringLiteral("Three left.")));
        QCOMPARE(journal->list()->count(), 2);
        QCOMPARE(journal->titleEdit()->text(), QStringLiteral("Interviews"));
        journal->titleEdit()->setText(QStringLiteral("Interviews left"));
        QVERIFY(journal->saveCurrent());
        project::MemoTarget none;
        const auto entries = window.session()->writer()->memos(none, true);
        QCOMPARE(entries.size(), std::size_t{2});
        QVERIFY(std::any_of(entries.begin(), entries.end(),
                            [](const auto& m) { return m.title == "Interviews left"; }));
        whenDialogOpens(
            [](QWidget* dialog) { qobject_cast<QMessageBox*>(dialog)->button(QMessageBox::Yes)->click(); });
        QVERIFY(journal->deleteCurrent());
        QCOMPARE(journal->list()->count(), 1);
        window.undo();
        QCOMPARE(journal->list()->count(), 2);
    }
};

QTEST_MAIN(MemoJournalTest)
#include "memo_journal_test.moc"
