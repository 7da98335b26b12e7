#include "app/screenshot.h"

#include "app/main_window.h"
#include "views/analysis_panel.h"
#include "views/codebook_panel.h"
#include "views/quotes_panel.h"
#include "views/search_panel.h"
#include "views/sources_panel.h"

#include <QApplication>
#include <QDockWidget>
#include <QPixmap>
#include <QTabWidget>
#include <cstdio>

namespace cairn::gui {

namespace {
constexpr int kPollMs = 100;
constexpr int kQuietPollsNeeded = 3; // idle this long: the lazy layout and the last paint are done
constexpr int kMaxPolls = 600;       // one minute
} // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow& window, LaunchOptions options)
    : m_window(window), m_options(std::move(options)) {
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &ScreenshotRunner::poll);
}

void ScreenshotRunner::start() {
    if (!m_window.hasProject()) {
        finish(1);
        return;
    }
    if (!m_options.select.isEmpty() && !m_window.sourcesPanel()->selectSource(m_options.select)) {
        std::fprintf(stderr, "no source named '%s'\n", qPrintable(m_options.select));
        finish(1);
        return;
    }
    if (!m_options.search.isEmpty()) m_window.searchPanel()->searchNow(m_options.search);
    if (!m_options.code.isEmpty() && !m_window.codebookPanel()->selectCode(m_options.code)) {
        std::fprintf(stderr, "no code named '%s'\n", qPrintable(m_options.code));
        finish(1);
        return;
    }
    for (const auto& panel : std::as_const(m_options.panels)) {
        // Dock names are "CasesDock", "MemosDock", "JournalDock".
        auto name = panel.toLower();
        if (!name.isEmpty()) name[0] = name[0].toUpper();
        auto* dock = m_window.findChild<QDockWidget*>(name + QStringLiteral("Dock"));
        if (!dock) {
            std::fprintf(stderr, "no panel named '%s'\n", qPrintable(panel));
            finish(1);
            return;
        }
        dock->show();
        dock->raise();
    }
    if (!m_options.view.isEmpty()) openView();
    m_timer.start();
}

void ScreenshotRunner::openView() {
    const bool indicators = m_options.view == QStringLiteral("indicators");
    const bool quotes = m_options.view == QStringLiteral("quotes");
    auto* dock = m_window.findChild<QDockWidget*>(indicators ? QStringLiteral("IndicatorsDock")
                                                  : quotes   ? QStringLiteral("QuotesDock")
                                                             : QStringLiteral("AnalysisDock"));
    if (!dock) return;
    dock->show();
    dock->raise();
    // The view takes most of the window's height, as a user would drag it to read a chart.
    m_window.resizeDocks({dock}, {m_options.size.height() * 2 / 3}, Qt::Vertical);
    if (quotes)
        showReviewedQuote();
    else if (!indicators)
        m_window.analysisPanel()->tabs()->setCurrentIndex(
            static_cast<int>(viewNames().indexOf(m_options.view)) - 1);
}

void ScreenshotRunner::showReviewedQuote() {
    // A quote with its text and a reviewer's comment, so the details pane shows a history worth
    // reading; a change asked for first, as it is the one a reader has to act on.
    auto* panel = m_window.quotesPanel();
    const auto* model = panel->model();
    QString chosen;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto& quote = model->quoteAt(row);
        if (quote.comments.empty() || quote.comments.back().comment.empty() ||
            quote.disclosure == privacy::Disclosure::Withheld)
            continue;
        if (chosen.isEmpty() || quote.status == "change-requested")
            chosen = QString::fromStdString(quote.quote.guid);
        if (quote.status == "change-requested") break;
    }
    if (!chosen.isEmpty()) panel->selectQuote(chosen);
}

void ScreenshotRunner::poll() {
    if (++m_polls > kMaxPolls) {
        std::fprintf(stderr, "the window was still busy after %d ms\n", kMaxPolls * kPollMs);
        finish(2);
        return;
    }
    m_quietPolls = m_window.isBusy() ? 0 : m_quietPolls + 1;
    if (m_quietPolls < kQuietPollsNeeded) return;
    m_timer.stop();
    const QPixmap picture = m_window.grab();
    if (picture.isNull() || !picture.save(m_options.screenshot, "PNG")) {
        std::fprintf(stderr, "could not save %s\n", qPrintable(m_options.screenshot));
        finish(1);
        return;
    }
    finish(0);
}

void ScreenshotRunner::finish(int code) {
    // Queued, so that exit() runs inside the event loop even when start() fails before it begins.
    QTimer::singleShot(0, qApp, [code] { QApplication::exit(code); });
}

} // namespace cairn::gui
