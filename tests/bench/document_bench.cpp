// The document view and search as a reader meets them, next to a plain Qt baseline in the same run:
//   1. open to first paint: a 1,000,000-character transcript with 10,000 codings (tests/gui's
//      longTranscript) shown by DocumentView (the document built, the stripes indexed, one repaint)
//      vs QPlainTextEdit::setPlainText of the same text and one repaint;
//   2. scroll frames: 41 jumps of the scroll bar from top to bottom and back, each with a repaint,
//      p50/p95 and the slowest — straight after opening, and a second time down and back — vs the
//      same jumps in the QPlainTextEdit;
//   3. select code to stripe: adding one coding to the 10,000 and repainting (p50/p95 of 20) vs
//      QTextEdit::setExtraSelections with the same 10,001 spans highlighted and a repaint;
//   4. search as you type on the generated 100,000-passage project (tests/bench/analysis_bench_project):
//      the search panel from each keystroke of "integra…" to its answer in the list (the worker, the
//      token, the model), p50/p95, vs Project::search for the same prefixes called directly.
// Usage: QT_QPA_PLATFORM=offscreen bench_document [WORKDIR]

#include "analysis_bench_project.h"
#include "bench_support.h"
#include "gui_fixture.h"
#include "jobs/job_runner.h"
#include "views/document_view.h"
#include "views/search_panel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

using namespace cairn;
using namespace cairn::gui;

namespace {

using Stats = bench::Percentiles;

Stats stats(std::vector<double> ms) {
    return bench::percentiles(std::move(ms));
}

QColor colorOf(const std::string& guid) {
    return guid == "k-a" ? QColor(Qt::red) : QColor(Qt::blue);
}

// Jumps through the view as a dragged scroll bar does: down in 40 steps and back up.
std::vector<double> jumpFrames(QScrollBar* bar, QWidget* viewport) {
    std::vector<double> frames;
    for (int step = 0; step <= 80; ++step) {
        const int at = step <= 40 ? step : 80 - step;
        QElapsedTimer timer;
        timer.start();
        bar->setValue(bar->maximum() * at / 40);
        viewport->repaint();
        frames.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return frames;
}

void row(const char* what, const char* cairn, const char* baseline) {
    std::printf("| %s | %s | %s |\n", what, cairn, baseline);
}

std::string ms(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f ms", value);
    return buffer;
}

std::string p5095(const Stats& s) {
    return ms(s.p50) + " / " + ms(s.p95);
}

void documentFigures() {
    const auto loaded = test::longTranscript(10000, 106);
    const auto plain = QString::fromStdString(loaded.text);

    DocumentView view;
    view.resize(1000, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) std::fprintf(stderr, "the window was not shown\n");
    QElapsedTimer timer;
    timer.start();
    view.showSource(loaded, colorOf);
    view.repaint();
    const double open = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const auto coldFrames = jumpFrames(view.sourceScrollBar(), view.viewport());
    const auto cold = stats(coldFrames);
    const double coldMax = *std::max_element(coldFrames.begin(), coldFrames.end());
    const auto again = stats(jumpFrames(view.sourceScrollBar(), view.viewport()));

    QPlainTextEdit baseline;
    baseline.setReadOnly(true);
    baseline.resize(1000, 800);
    baseline.show();
    if (!QTest::qWaitForWindowExposed(&baseline)) std::fprintf(stderr, "the window was not shown\n");
    timer.restart();
    baseline.setPlainText(plain);
    baseline.repaint();
    const double baselineOpen = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const auto baselineFrames = stats(jumpFrames(baseline.verticalScrollBar(), baseline.viewport()));

    // A new coding in view: the stripe appears with the next paint.
    std::vector<double> stripe;
    view.sourceScrollBar()->setValue(view.sourceScrollBar()->maximum() / 2);
    const auto middle = view.visibleBlocks().front().passage;
    for (int i = 0; i < 20; ++i) {
        project::CodingView coding = loaded.codings[static_cast<std::size_t>(middle)];
        coding.coding.guid = "new-" + std::to_string(i);
        coding.coding.start += 3 + i;
        coding.coding.end += 20 + i;
        timer.restart();
        view.addCoding(coding, Qt::darkGreen);
        view.repaint();
        stripe.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    // Baseline: the usual Qt way to mark spans, extra selections over the same text.
    QTextEdit marked;
    marked.setReadOnly(true);
    marked.resize(1000, 800);
    marked.setPlainText(plain);
    marked.show();
    if (!QTest::qWaitForWindowExposed(&marked)) std::fprintf(stderr, "the window was not shown\n");
    QList<QTextEdit::ExtraSelection> selections;
    for (const auto& c : loaded.codings) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(marked.document());
        selection.cursor.setPosition(static_cast<int>(c.coding.start));
        selection.cursor.setPosition(static_cast<int>(c.coding.end), QTextCursor::KeepAnchor);
        selection.format.setBackground(Qt::yellow);
        selections.append(selection);
    }
    marked.verticalScrollBar()->setValue(marked.verticalScrollBar()->maximum() / 2);
    std::vector<double> baselineStripe;
    for (int i = 0; i < 20; ++i) {
        auto more = selections;
        more.append(selections[static_cast<qsizetype>(middle)]);
        timer.restart();
        marked.setExtraSelections(more);
        marked.viewport()->repaint();
        baselineStripe.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }

    std::printf("\n1,000,000 characters, 10,000 codings (DocumentView vs Qt baseline)\n\n");
    std::printf("| measure | Cairn | baseline |\n|---|---|---|\n");
    row("open to first paint", ms(open).c_str(), ("QPlainTextEdit " + ms(baselineOpen)).c_str());
    row("scroll jump frame p50 / p95, straight after opening", p5095(cold).c_str(),
        ("QPlainTextEdit " + p5095(baselineFrames)).c_str());
    row("scroll jump frame p50 / p95, a second time down and back", p5095(again).c_str(), "—");
    row("slowest jump frame, straight after opening", ms(coldMax).c_str(), "—");
    row("select code to stripe p50 / p95", p5095(stats(stripe)).c_str(),
        ("QTextEdit extra selections " + p5095(stats(baselineStripe))).c_str());
}

void searchFigures(const std::filesystem::path& work, std::int64_t sources) {
    const auto path = work / "document-bench.cairn";
    auto generated = bench::generateProject(path, {sources, sources * 4, 7});
    std::printf("\nsearch as you type: %lld sources, %lld passages, %lld characters (built in %.1f s)\n\n",
                static_cast<long long>(generated.sources), static_cast<long long>(generated.passages),
                static_cast<long long>(generated.chars), generated.buildSeconds);
    const std::string word = "integration";
    std::vector<double> panel, direct;
    JobRunner runner;
    SearchPanel search(&runner);
    search.setProjectPath(QString::fromStdString(path.string()));
    for (int round = 0; round < 3; ++round)
        for (std::size_t n = 3; n <= word.size(); ++n) {
            const auto prefix = word.substr(0, n) + "*";
            QSignalSpy done(&search, &SearchPanel::searchFinished);
            QElapsedTimer timer;
            timer.start();
            search.searchNow(QString::fromStdString(prefix));
            done.wait(60000);
            panel.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            search::SearchRequest request;
            request.query = prefix;
            request.limit = SearchPanel::kLimit;
            timer.restart();
            generated.project->search(request);
            direct.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
    std::printf("| measure | Cairn (panel) | baseline (Project::search alone) |\n|---|---|---|\n");
    row("keystroke to answer p50 / p95 (after the typing pause)", p5095(stats(panel)).c_str(),
        p5095(stats(direct)).c_str());
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const std::filesystem::path work = argc > 1 ? argv[1] : std::filesystem::temp_directory_path();
    std::printf("bench_document — %s\n", bench::machineLine().c_str());
    documentFigures();
    searchFigures(work, argc > 2 ? std::atoll(argv[2]) : 5000);
    return 0;
}
