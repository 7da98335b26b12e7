// The Indicators and Analysis views on a project worked out by hand (analysis_fixture.h): the
// charts' and tables' numbers, the passages behind a clicked bar or cell, opening a source at one,
// linking a code to an indicator as one undo step, and the exported PNG, SVG and CSV.

#include "analysis_fixture.h"
#include "app/main_window.h"
#include "jobs/job_runner.h"
#include "models/analysis_table_model.h"
#include "models/passage_list_model.h"
#include "views/analysis_panel.h"
#include "views/document_view.h"
#include "views/frequency_page.h"
#include "views/heat_map_page.h"
#include "views/indicators_panel.h"
#include "views/paired_page.h"
#include "views/passage_list.h"
#include "views/side_by_side_page.h"

#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace cairn;
using namespace cairn::gui;
using namespace cairn::gui::test;

namespace {

int setIndex(const BarData& bars, const QString& name) {
    return static_cast<int>(bars.sets.indexOf(name));
}

double count(const BarData& bars, const QString& set, const QString& code) {
    const auto s = bars.sets.indexOf(set);
    const auto c = bars.categories.indexOf(code);
    if (s < 0 || c < 0) return -1;
    return bars.counts[static_cast<std::size_t>(s)][static_cast<std::size_t>(c)];
}

// Waits for the page's next table; `change` starts the request after the spy is listening.
template <typename Page, typename Change> bool nextTable(Page* page, Change change) {
    QSignalSpy shown(page, &AnalysisPage::tableShown);
    change();
    return shown.wait(20000);
}

QModelIndex cellOf(const AnalysisTableModel& model, const QString& row, const QString& column) {
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            if (model.text(r, 0) == row &&
                model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() == column)
                return model.index(r, c);
    return {};
}

// Clicks a cell as a user does, and waits for the passages behind it.
bool clickAndList(AnalysisPanel& panel, QTableView* view, const QModelIndex& index) {
    QSignalSpy listed(panel.passages()->model(), &QAbstractItemModel::modelReset);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    return listed.wait(20000);
}

QStringList listedPassages(const AnalysisPanel& panel) {
    QStringList out;
    const auto& passages = panel.passages()->model()->passages();
    for (const auto& p : passages)
        out << QString::fromStdString(p.coding.sourceName + " " + p.codePath + " " + p.text);
    return out;
}

struct Panel {
    JobRunner runner;
    AnalysisPanel panel{&runner};
    explicit Panel(const AnalysisProject& fixture) {
        panel.resize(1000, 700);
        panel.show();
        QSignalSpy shown(panel.frequencies(), &AnalysisPage::tableShown);
        panel.setProjectPath(fixture.path);
        if (!shown.wait(20000)) qFatal("no frequencies");
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 20000);
    }
};

} // namespace

class AnalysisViewsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void frequencyBarsCountSourcesOfEachKind() {
        AnalysisProject fixture;
        Panel p(fixture);
        const auto& bars = p.panel.frequencies()->bars();
        QCOMPARE(bars.categories, (QStringList{QStringLiteral("Housing"), QStringLiteral("Language")}));
        QCOMPARE(count(bars, QStringLiteral("interview"), QStringLiteral("Housing")), 2.0);
        QCOMPARE(count(bars, QStringLiteral("interview"), QStringLiteral("Language")), 1.0);
        QCOMPARE(count(bars, QStringLiteral("submission"), QStringLiteral("Housing")), 1.0);
        QCOMPARE(count(bars, QStringLiteral("submission"), QStringLiteral("Language")), 1.0);
        const auto interview = setIndex(bars, QStringLiteral("interview"));
        QCOMPARE(bars.totals[static_cast<std::size_t>(interview)][1], 2.0); // "1 of 2"
        // The chart's own series holds the same numbers, codes in codebook order.
        auto* series = p.panel.frequencies()->series();
        QVERIFY(series);
        auto* set = series->barSets().at(interview);
        QCOMPARE(set->at(0), 2.0);
        QCOMPARE(set->at(1), 1.0);

        // A click on Housing's interview bar lists the two interview codings of Housing.
        QSignalSpy listed(p.panel.passages()->model(), &QAbstractItemModel::modelReset);
        emit series->clicked(0, set);
        QVERIFY(listed.wait(20000));
        const auto passages = listedPassages(p.panel);
        QCOMPARE(passages.size(), 2);
        QVERIFY(passages[0].startsWith(QStringLiteral("int01 Housing Housing")));
        QVERIFY(passages[1].startsWith(QStringLiteral("int02 Housing Housing")));
    }

    void frequencyBarsByCaseAttribute() {
        AnalysisProject fixture;
        Panel p(fixture);
        auto* page = p.panel.frequencies();
        QVERIFY(nextTable(page, [&] { page->splitBy(QStringLiteral("status")); }));
        const auto& bars = page->bars();
        QCOMPARE(count(bars, QStringLiteral("refugee"), QStringLiteral("Housing")), 1.0);
        QCOMPARE(count(bars, QStringLiteral("asylum"), QStringLiteral("Housing")), 1.0);
        QCOMPARE(count(bars, QStringLiteral("refugee"), QStringLiteral("Language")), 1.0);
        QCOMPARE(count(bars, QStringLiteral("asylum"), QStringLiteral("Language")), 0.0);
        const auto refugee = setIndex(bars, QStringLiteral("refugee"));
        QCOMPARE(bars.totals[static_cast<std::size_t>(refugee)][0], 1.0);
        // Language among refugees: case A's two codings in int01.
        QSignalSpy listed(p.panel.passages()->model(), &QAbstractItemModel::modelReset);
        emit page->series()->clicked(1, page->series()->barSets().at(refugee));
        QVERIFY(listed.wait(20000));
        const auto passages = listedPassages(p.panel);
        QCOMPARE(passages.size(), 2);
        for (const auto& passage : passages)
            QVERIFY(passage.startsWith(QStringLiteral("int01 Language")));
    }

    void coOccurrenceHeatMapCellListsTheSharedPassage() {
        AnalysisProject fixture;
        Panel p(fixture);
        auto* page = p.panel.heatMap();
        p.panel.tabs()->setCurrentWidget(page);
        auto* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 2, 20000);
        const auto shared = cellOf(*model, QStringLiteral("Housing"), QStringLiteral("Language"));
        QVERIFY(shared.isValid());
        QCOMPARE(shared.data(AnalysisTableModel::NumberRole).toDouble(), 1.0);
        QCOMPARE(cellOf(*model, QStringLiteral("Language"), QStringLiteral("Language"))
                     .data(AnalysisTableModel::NumberRole)
                     .toDouble(),
                 3.0);                                      // the passages Language applies to
        QVERIFY(shared.data(Qt::BackgroundRole).isValid()); // shaded
        QVERIFY(clickAndList(p.panel, page->view(), shared));
        const auto passages = listedPassages(p.panel);
        QCOMPARE(passages.size(), 2); // Housing and Language, both in int01's first passage
        QVERIFY(passages.filter(QStringLiteral("int01 Housing")).size() == 1);
        QVERIFY(passages.filter(QStringLiteral("int01 Language Housing is hard")).size() == 1);
    }

    void crosstabHeatMapCellListsCasesPassages() {
        AnalysisProject fixture;
        Panel p(fixture);
        auto* page = p.panel.heatMap();
        p.panel.tabs()->setCurrentWidget(page);
        QVERIFY(nextTable(page, [&] { page->showBy(QStringLiteral("status")); }));
        const auto percent = cellOf(*page->model(), QStringLiteral("Housing"), QStringLiteral("asylum %"));
        QVERIFY(percent.isValid());
        QCOMPARE(percent.data(AnalysisTableModel::NumberRole).toDouble(), 100.0);
        QVERIFY(clickAndList(p.panel, page->view(), percent));
        const auto passages = listedPassages(p.panel);
        QCOMPARE(passages.size(), 1);
        QVERIFY(passages[0].startsWith(QStringLiteral("int02 Housing")));
    }

    void beforeAfterChartShowsMeansAndDifference() {
        AnalysisProject fixture;
        Panel p(fixture);
        auto* page = p.panel.paired();
        QVERIFY(nextTable(
            page, [&] { page->compare(QStringLiteral("friends_before"), QStringLiteral("friends_after")); }));
        const auto& t = page->table();
        QCOMPARE(std::get<double>(t.rows[0][static_cast<std::size_t>(columnOf(t, "mean_difference"))]), 2.5);
        QCOMPARE(std::get<std::int64_t>(t.rows[0][static_cast<std::size_t>(columnOf(t, "n"))]),
                 std::int64_t{2});
        auto* series = qobject_cast<QBarSeries*>(page->chartView()->chart()->series().at(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().at(0)->at(0), 3.0);
        QCOMPARE(series->barSets().at(0)->at(1), 5.5);
        QVERIFY(page->chartView()->chart()->title().contains(QStringLiteral("2.50")));
        QVERIFY(page->summary().contains(QStringLiteral("95%")));
    }

    void sideBySideLinesUpSeriesAndEvidence() {
        AnalysisProject fixture;
        Panel p(fixture);
        auto* page = p.panel.sideBySide();
        QVERIFY(nextTable(page, [&] { QVERIFY(page->showIndicator(QStringLiteral("demo:friends"))); }));
        const auto series = page->chartView()->chart()->series();
        QCOMPARE(series.size(), 1);
        auto* line = qobject_cast<QLineSeries*>(series.at(0));
        QCOMPARE(line->name(), QStringLiteral("project"));
        QCOMPARE(line->count(), 2);
        QCOMPARE(line->at(0).y(), 3.1);
        QCOMPARE(line->at(1).y(), 3.6);
        QVERIFY(page->evidence().contains(QStringLiteral("codings: 3")));
        QVERIFY(page->evidence().contains(QStringLiteral("sources: 3 of 3")));
        QVERIFY(page->quotes()->count() >= 1);
    }

    void exportsPngSvgAndCsv() {
        AnalysisProject fixture;
        Panel p(fixture);
        auto* page = p.panel.frequencies();
        const auto png = fixture.dir.filePath(QStringLiteral("chart.png"));
        const auto svg = fixture.dir.filePath(QStringLiteral("chart.svg"));
        const auto csv = fixture.dir.filePath(QStringLiteral("table.csv"));
        QVERIFY(page->exportPicture(png));
        QVERIFY(page->exportPicture(svg));
        QVERIFY(page->exportTable(csv));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svgFile);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QStringLiteral("svg"));
        int elements = 0;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement) ++elements;
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(elements > 10);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const auto lines =
            QString::fromUtf8(csvFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header, Housing, Language
        QVERIFY(lines[0].startsWith(QStringLiteral("code,own_codings,codings,sources,sources_total")));
        QVERIFY(lines[1].startsWith(QStringLiteral("Housing,3,3,3,3")));
        // The heat map exports its table view as a picture too.
        QVERIFY(p.panel.heatMap()->exportPicture(fixture.dir.filePath(QStringLiteral("heat.svg"))));
        QVERIFY(QFile(fixture.dir.filePath(QStringLiteral("heat.svg"))).size() > 0);
        QVERIFY(!page->exportTable(QStringLiteral("/nonexistent/folder/t.csv")));
    }

    void indicatorsViewShowsTheTreeValuesAndLinksInOneUndoStep() {
        AnalysisProject fixture;
        auto writer = fixture.open();
        JobRunner runner;
        IndicatorsPanel panel(&runner);
        panel.show();
        panel.setProject(fixture.path, [&] { return writer.get(); });
        QTRY_VERIFY_WITH_TIMEOUT(panel.values()->rowCount() == 2, 20000);
        QCOMPARE(panel.currentIndicator(), QStringLiteral("demo:friends")); // the one with values and codes
        QCOMPARE(panel.tree()->topLevelItemCount(), 1);
        QCOMPARE(panel.tree()->topLevelItem(0)->child(0)->child(0)->text(0),
                 QStringLiteral("friends Friends from other backgrounds"));
        QVERIFY(panel.details().contains(QStringLiteral("higher is better")));
        QVERIFY(panel.details().contains(QStringLiteral("score")));
        QCOMPARE(panel.values()->verticalHeaderItem(0)->text(), QStringLiteral("2020"));
        QCOMPARE(panel.values()->horizontalHeaderItem(0)->text(), QStringLiteral("project"));
        QCOMPARE(panel.values()->item(1, 0)->text(), QLocale().toString(3.6));
        QCOMPARE(panel.codes()->count(), 1);

        const auto undoBefore = writer->nextUndo();
        QVERIFY(panel.linkCode(QStringLiteral("Language")));
        QTRY_COMPARE_WITH_TIMEOUT(panel.codes()->count(), 2, 20000);
        QCOMPARE(writer->nextUndo()->label, std::string("link Language to demo:friends"));
        QVERIFY(panel.unlinkCode(QStringLiteral("Housing")));
        QTRY_COMPARE_WITH_TIMEOUT(panel.codes()->count(), 1, 20000);
        QCOMPARE(panel.codes()->item(0)->text(), QStringLiteral("Language"));
        writer->undo();
        writer->undo();
        QCOMPARE(writer->nextUndo()->id, undoBefore->id);
        QSignalSpy reloaded(&panel, &IndicatorsPanel::idle);
        panel.reload();
        QVERIFY(reloaded.wait(20000));
        QCOMPARE(panel.codes()->count(), 1);
        QCOMPARE(panel.codes()->item(0)->text(), QStringLiteral("Housing"));
        // A code that is not in the codebook is refused with a message, and nothing changes.
        QSignalSpy failed(&panel, &IndicatorsPanel::failed);
        QVERIFY(!panel.linkCode(QStringLiteral("No such code")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(writer->nextUndo()->id, undoBefore->id);
    }

    void aClickedPassageOpensItsSourceThere() {
        AnalysisProject fixture;
        MainWindow window;
        window.setInteractive(false);
        window.show();
        QVERIFY(window.openProject(fixture.path));
        // The views are docks the View menu lists.
        QStringList viewMenu;
        for (auto* action : window.menuBar()->actions())
            if (action->menu() && action->text() == QStringLiteral("&View"))
                for (auto* entry : action->menu()->actions())
                    viewMenu << entry->text();
        QVERIFY(viewMenu.contains(QStringLiteral("Indicators")));
        QVERIFY(viewMenu.contains(QStringLiteral("Analysis")));
        auto* panel = window.analysisPanel();
        window.findChild<QDockWidget*>(QStringLiteral("AnalysisDock"))->show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy() && panel->heatMap()->model()->rowCount() == 2, 20000);
        panel->tabs()->setCurrentWidget(panel->heatMap());
        const auto shared =
            cellOf(*panel->heatMap()->model(), QStringLiteral("Housing"), QStringLiteral("Language"));
        QVERIFY(clickAndList(*panel, panel->heatMap()->view(), shared));
        auto* list = panel->passages()->list();
        const auto first = list->model()->index(0, 0);
        QSignalSpy shown(&window, &MainWindow::sourceShown);
        list->scrollTo(first);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
        QVERIFY(shown.wait(20000));
        QCOMPARE(shown.first().first().toString(), QString::fromStdString(fixture.int01));
        const auto selected = window.documentView()->textCursor().selectedText();
        QCOMPARE(selected, first.data(PassageListModel::CodeRole).toString() == QStringLiteral("Housing")
                               ? QStringLiteral("Housing")
                               : QStringLiteral("Housing is hard to f"));
    }
};

QTEST_MAIN(AnalysisViewsTest)
#include "analysis_views_test.moc"
