// The cases panel: the table over the core's cases, typed attribute cells edited in place, sorting
// and filtering, consent through its dialog, add and delete, and a double-click opening the sources.

#include "app/main_window.h"
#include "app/project_session.h"
#include "gui_fixture.h"
#include "views/cases_panel.h"
#include "views/consent_dialog.h"
#include "views/document_view.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace cairn;
using namespace cairn::gui;
using namespace cairn::gui::test;

namespace {
int column(CaseTableModel* model, const QString& header) {
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == header) return c;
    return -1;
}

void seedCases(const TestProject& fixture) {
    fixture.import(QStringLiteral("amira.txt"), kMixedInterview);
    auto project = fixture.open();
    project->linkSource("Amira", "amira");
    project->setCaseAttribute("Amira", "arrival", "2019");
    project->setCaseAttribute("Karim", "arrival", "2021");
    project->setCaseAttribute("Zainab", "arrival", "2007");
    project->setCaseAttribute("Amira", "city", "Cardiff");
    project->setCaseAttribute("Karim", "city", "Newport");
}
} // namespace

class CasesPanelTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void showsCasesWithTypedAttributesSortedAndFiltered() {
        TestProject fixture;
        seedCases(fixture);
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        auto* panel = window.casesPanel();
        auto* model = panel->model();
        QCOMPARE(model->rowCount(), 3);
        const auto arrival = column(model, QStringLiteral("arrival"));
        QVERIFY(arrival >= CaseTableModel::FirstAttributeColumn);
        // Numbers sort as numbers.
        panel->table()->sortByColumn(arrival, Qt::AscendingOrder);
        auto* proxy = panel->proxy();
        QCOMPARE(proxy->index(0, CaseTableModel::NameColumn).data().toString(), QStringLiteral("Zainab"));
        QCOMPARE(proxy->index(2, CaseTableModel::NameColumn).data().toString(), QStringLiteral("Karim"));
        // The filter matches any column.
        panel->filterEdit()->setText(QStringLiteral("newport"));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, CaseTableModel::NameColumn).data().toString(), QStringLiteral("Karim"));
        panel->filterEdit()->clear();
        QCOMPARE(proxy->rowCount(), 3);
    }

    void editsAnAttributeCellThroughTheCoreAndRefusesAWrongType() {
        TestProject fixture;
        seedCases(fixture);
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        auto* panel = window.casesPanel();
        auto* model = panel->model();
        const auto arrival = column(model, QStringLiteral("arrival"));
        const auto amira = model->index(model->rowOf(QStringLiteral("Amira")), arrival);
        QVERIFY(model->flags(amira) & Qt::ItemIsEditable);
        QVERIFY(!(model->flags(model->index(0, CaseTableModel::NameColumn)) & Qt::ItemIsEditable));
        // Through the view's proxy, as the cell editor commits.
        panel->proxy()->setData(panel->proxy()->mapFromSource(amira), QStringLiteral("2020"));
        const auto read = [&] {
            for (const auto& c : window.session()->writer()->cases())
                if (c.name == "Amira") return std::get<std::int64_t>(c.attributes.at("arrival"));
            return std::int64_t{0};
        };
        QCOMPARE(read(), std::int64_t{2020});
        QCOMPARE(model->index(model->rowOf(QStringLiteral("Amira")), arrival).data().toString(),
                 QStringLiteral("2020"));
        // "soon" is not an integer: the core refuses, the message says so, the value stays.
        panel->proxy()->setData(
            panel->proxy()->mapFromSource(model->index(model->rowOf(QStringLiteral("Amira")), arrival)),
            QStringLiteral("soon"));
        QCOMPARE(window.lastError()->kind, ErrorKind::BadInput);
        QCOMPARE(read(), std::int64_t{2020});
        window.undo();
        QCOMPARE(read(), std::int64_t{2019});
    }

    void consentIsEditedInItsDialog() {
        TestProject fixture;
        seedCases(fixture);
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        auto* panel = window.casesPanel();
        whenDialogOpens([](QWidget* dialog) {
            auto* consent = qobject_cast<ConsentDialog*>(dialog);
            QVERIFY(consent);
            consent->stateBox()->setCurrentIndex(consent->stateBox()->findData(QStringLiteral("anonymous")));
            consent->dated()->setChecked(true);
            consent->dateEdit()->setDate(QDate(2026, 1, 10));
            consent->noteEdit()->setText(QStringLiteral("Signed form, in Arabic"));
            consent->accept();
        });
        panel->editConsent(QStringLiteral("Karim"));
        const auto cases = window.session()->writer()->cases();
        const auto karim =
            std::find_if(cases.begin(), cases.end(), [](const auto& c) { return c.name == "Karim"; });
        QCOMPARE(karim->consent, std::string("anonymous"));
        QCOMPARE(karim->consentDate, std::string("2026-01-10"));
        QCOMPARE(karim->consentNote, std::string("Signed form, in Arabic"));
        const auto row = panel->model()->rowOf(QStringLiteral("Karim"));
        QCOMPARE(panel->model()->index(row, CaseTableModel::ConsentColumn).data().toString(),
                 CaseTableModel::consentLabel("anonymous"));
    }

    void addsAndDeletesCasesAsUndoableSteps() {
        TestProject fixture;
        seedCases(fixture);
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        auto* panel = window.casesPanel();
        QVERIFY(panel->addCase(QStringLiteral("Refugee Action")));
        QCOMPARE(panel->model()->rowCount(), 4);
        QCOMPARE(panel->currentCase(), QStringLiteral("Refugee Action"));
        whenDialogOpens(
            [](QWidget* dialog) { qobject_cast<QMessageBox*>(dialog)->button(QMessageBox::Yes)->click(); });
        QVERIFY(panel->deleteCase(QStringLiteral("Amira")));
        QCOMPARE(panel->model()->rowCount(), 3);
        QCOMPARE(panel->model()->rowOf(QStringLiteral("Amira")), -1);
        QCOMPARE(window.session()->writer()->sources().size(), std::size_t{1}); // the source stays
        window.undo();
        QVERIFY(panel->model()->rowOf(QStringLiteral("Amira")) >= 0);
        QCOMPARE(panel->model()->caseAt(panel->model()->rowOf(QStringLiteral("Amira"))).sources,
                 std::int64_t{1});
    }

    void doubleClickingACaseOpensItsSources() {
        TestProject fixture;
        seedCases(fixture);
        MainWindow window;
        QVERIFY(openQuietly(window, fixture.path));
        auto* panel = window.casesPanel();
        QSignalSpy shown(&window, &MainWindow::sourceShown);
        QVERIFY(panel->selectCase(QStringLiteral("Amira")));
        emit panel->table()->doubleClicked(panel->table()->currentIndex());
        QVERIFY(shown.wait(20000));
        QCOMPARE(window.documentView()->content().sourceName(), QStringLiteral("amira"));
    }
};

QTEST_MAIN(CasesPanelTest)
#include "cases_panel_test.moc"
