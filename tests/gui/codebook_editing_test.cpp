// The codebook panel as an editor: add, rename in place, move by drag (refused into its own
// subtree), merge, delete with the number of codings stated, the definitions pane, shipped and .qdc
// codebooks. Every edit is one undo step.

#include "app/codebook_commands.h"
#include "app/main_window.h"
#include "app/project_session.h"
#include "gui_fixture.h"
#include "views/code_details_pane.h"
#include "views/codebook_panel.h"

#include <QAbstractButton>
#include <QAbstractItemDelegate>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeView>

using namespace cairn;
using namespace cairn::gui;
using namespace cairn::gui::test;

namespace {
QString guidOf(MainWindow& window, const char* path) {
    return window.codebookPanel()
        ->model()
        ->findCode(QString::fromUtf8(path))
        .data(CodebookModel::GuidRole)
        .toString();
}

void codeSpan(project::Project& project, const std::string& source, std::int64_t start, std::int64_t end,
              const std::string& code) {
    project::CodingRequest request;
    request.source = source;
    request.start = start;
    request.end = end;
    request.code = code;
    project.code(request);
}

// Delivers a code drag from the tree onto the row of `target` (empty: below the rows).
bool dropCode(MainWindow& window, const QString& guid, const QString& target) {
    auto* panel = window.codebookPanel();
    auto* model = panel->model();
    std::unique_ptr<QMimeData> data(model->mimeData({model->findCode(guid)}));
    auto* tree = panel->tree();
    // Empty space: just below the last visible row.
    auto last = model->index(model->rowCount() - 1, 0);
    while (tree->isExpanded(last) && model->rowCount(last) > 0)
        last = model->index(model->rowCount(last) - 1, 0, last);
    QPoint at(5, tree->visualRect(last).bottom() + 4);
    if (!target.isEmpty()) at = tree->visualRect(model->findCode(target)).center();
    if (target.isEmpty() && tree->indexAt(at).isValid()) qFatal("no empty space below the rows");
    QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &enter);
    QDropEvent drop(QPointF(at), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &drop);
    return drop.isAccepted();
}
} // namespace

class CodebookEditingTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void addsCodesAndSubcodesAndUndoesEach() {
        TestProject fixture;
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        auto* commands = window.codebookCommands();
        QVERIFY(commands->addCode({}, QStringLiteral("Barriers")));
        QVERIFY(commands->addCode(guidOf(window, "Barriers"), QStringLiteral("Cost/damp")));
        auto* model = window.codebookPanel()->model();
        QVERIFY(model->findCode(QStringLiteral("Barriers/Cost\\/damp")).isValid());
        QCOMPARE(window.codebookPanel()->currentCode(), guidOf(window, "Barriers/Cost\\/damp"));
        window.undo();
        QVERIFY(!model->findCode(QStringLiteral("Barriers/Cost\\/damp")).isValid());
        QVERIFY(model->findCode(QStringLiteral("Barriers")).isValid());
        // A duplicate is refused with a message, nothing changes.
        QVERIFY(!commands->addCode({}, QStringLiteral("Barriers")));
        QCOMPARE(window.lastError()->kind, ErrorKind::Duplicate);
    }

    void renamesInPlaceThroughTheCore() {
        TestProject fixture;
        fixture.open()->addCode("Housing");
        MainWindow window;
        window.show();
        QVERIFY(openQuietly(window, fixture.path));
        auto* panel = window.codebookPanel();
        QVERIFY(panel->selectCode(QStringLiteral("Housing")));
        panel->renameCurrent();
        auto* editor = panel->tree()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->setText(QStringLiteral("Housing and damp"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(panel->model()->findCode(QStringLiteral("Housing and damp")).isValid());
        QCOMPARE(window.session()->writer()->codebook().front().code.name, std::string("Housing and damp"));
        window.undo();
        QVERIFY(panel->model()->findCode(QStringLiteral("Housing")).isValid());
    }

    void movesByDragButNeverIntoItsOwnSubtree() {
        TestProject fixture;
        {
            auto project = fixture.open();
            project->addCode("Barriers/Language");
            project->addCode("Enablers");
        }
        MainWindow window;
        window.show();
        QVERIFY(openQuietly(window, fixture.path));
        const auto barriers = guidOf(window, "Barriers");
        const auto language = guidOf(window, "Barriers/Language");
        const auto enablers = guidOf(window, "Enablers");
        QVERIFY(!window.codebookPanel()->canMove(barriers, language));
        QVERIFY(!dropCode(window, barriers, language)); // refused: its own sub-code
        QVERIFY(!dropCode(window, barriers, barriers));
        QVERIFY(dropCode(window, language, enablers));
        QVERIFY(window.codebookPanel()->model()->findCode(QStringLiteral("Enablers/Language")).isValid());
        QVERIFY(dropCode(window, language, {})); // empty space: the top level
        QVERIFY(window.codebookPanel()->model()->findCode(QStringLiteral("Language")).isValid());
        window.undo();
        window.undo();
        QVERIFY(window.codebookPanel()->model()->findCode(QStringLiteral("Barriers/Language")).isValid());
    }

    void mergesIntoTheChosenCode() {
        TestProject fixture;
        const auto source = fixture.import(QStringLiteral("a.txt"), kMixedInterview);
        {
            auto project = fixture.open();
            project->addCode("Welcome");
            project->addCode("Greeting");
            codeSpan(*project, source, 7, 13, "Greeting");
        }
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        QVERIFY(window.codebookCommands()->merge(guidOf(window, "Greeting"), QStringLiteral("Welcome")));
        QVERIFY(!window.codebookPanel()->model()->findCode(QStringLiteral("Greeting")).isValid());
        QCOMPARE(window.session()->writer()->codeInfo("Welcome").codings, std::int64_t{1});
        window.undo();
        QVERIFY(window.codebookPanel()->model()->findCode(QStringLiteral("Greeting")).isValid());
    }

    void deleteStatesTheCodingsAndAsksFirst() {
        TestProject fixture;
        const auto source = fixture.import(QStringLiteral("a.txt"), kMixedInterview);
        {
            auto project = fixture.open();
            project->addCode("Barriers/Language");
            codeSpan(*project, source, 7, 13, "Barriers/Language");
            codeSpan(*project, source, 20, 30, "Barriers");
        }
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        const auto barriers = guidOf(window, "Barriers");
        QVERIFY(window.codebookCommands()->deleteQuestion(barriers).contains(QStringLiteral("2 codings")));
        // Cancel keeps everything.
        QString asked;
        whenDialogOpens([&](QWidget* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!window.codebookCommands()->deleteCode(barriers));
        QVERIFY(asked.contains(QStringLiteral("2 codings")));
        QVERIFY(asked.contains(QStringLiteral("sub-codes")));
        QCOMPARE(window.session()->writer()->codebook().size(), std::size_t{2});
        whenDialogOpens(
            [](QWidget* dialog) { qobject_cast<QMessageBox*>(dialog)->button(QMessageBox::Yes)->click(); });
        QVERIFY(window.codebookCommands()->deleteCode(barriers));
        QVERIFY(window.session()->writer()->codebook().empty());
        QCOMPARE(window.session()->writer()->countCodings({}), std::int64_t{0});
        window.undo();
        QCOMPARE(window.session()->writer()->countCodings({}), std::int64_t{2});
    }

    void definitionsPaneEditsAsOneStep() {
        TestProject fixture;
        fixture.open()->addCode("Housing");
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        QVERIFY(window.codebookPanel()->selectCode(QStringLiteral("Housing")));
        auto* pane = window.codebookPanel()->details();
        QCOMPARE(pane->codeGuid(), guidOf(window, "Housing"));
        pane->definition()->setPlainText(QStringLiteral("Where people live"));
        pane->exclusion()->setPlainText(QStringLiteral("Not asylum accommodation"));
        pane->setColor(QColor(QStringLiteral("#336699")));
        pane->apply();
        const auto info = window.session()->writer()->codeInfo("Housing");
        QCOMPARE(info.code.definition, std::string("Where people live"));
        QCOMPARE(info.code.exclusion, std::string("Not asylum accommodation"));
        QCOMPARE(QString::fromStdString(info.code.color).toLower(), QStringLiteral("#336699"));
        QCOMPARE(window.codebookPanel()->model()->colorOf(guidOf(window, "Housing")),
                 QColor(QStringLiteral("#336699")));
        window.undo();
        QVERIFY(window.session()->writer()->codeInfo("Housing").code.definition.empty());
        QVERIFY(pane->definition()->toPlainText().isEmpty());
    }

    void loadsShippedCodebooksAndExchangesQdc() {
        TestProject fixture;
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        const auto names = project::Project::shippedCodebookNames();
        QVERIFY(!names.empty());
        QVERIFY(window.codebookCommands()->loadShipped(QString::fromStdString(names.front())));
        const auto loaded = window.codebookPanel()->model()->paths().size();
        QVERIFY(loaded > 3);
        const auto qdc = fixture.dir.filePath(QStringLiteral("out.qdc"));
        QVERIFY(window.codebookCommands()->exportQdc(qdc));
        QVERIFY(QFileInfo(qdc).size() > 0);
        window.undo();
        QVERIFY(window.codebookPanel()->model()->paths().isEmpty());
        QVERIFY(window.codebookCommands()->importQdc(qdc));
        QCOMPARE(window.codebookPanel()->model()->paths().size(), loaded);
        QVERIFY(!window.codebookCommands()->importQdc(fixture.write(QStringLiteral("bad.qdc"), "<nope")));
        QCOMPARE(window.lastError()->kind, ErrorKind::BadInput);
    }
};

QTEST_MAIN(CodebookEditingTest)
#include "codebook_editing_test.moc"
