#pragma once
// --screenshot: opens what the options ask for, waits until every job has answered and the window
// has painted, saves the window as PNG and quits. Waiting on the jobs (not on a fixed delay) makes
// the picture the same on a slow machine as on a fast one.

#include "app/command_line.h"

#include <QObject>
#include <QTimer>

namespace cairn::gui {

class MainWindow;

class ScreenshotRunner : public QObject {
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow& window, LaunchOptions options);
    /// Starts the requested selection and search; the application exits with 0 once the PNG is
    /// saved, 1 when it could not be or the project did not open, 2 on a time-out.
    void start();

private:
    void openView();
    void showReviewedQuote();
    void poll();
    void finish(int code);

    MainWindow& m_window;
    LaunchOptions m_options;
    QTimer m_timer;
    int m_quietPolls = 0;
    int m_polls = 0;
};

} // namespace cairn::gui
