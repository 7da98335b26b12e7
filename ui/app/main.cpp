// cairn-gui: the desktop workbench.

#include "app/command_line.h"
#include "app/main_window.h"
#include "app/screenshot.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Cairn"));
    QApplication::setApplicationName(QStringLiteral("cairn-gui"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cairn"));
    QApplication::setApplicationVersion(QStringLiteral(CAIRN_VERSION));

    int exitCode = 0;
    const auto options = cairn::gui::parseCommandLine(QApplication::arguments(), exitCode);
    if (!options) return exitCode;

    const bool screenshot = !options->screenshot.isEmpty();
    // A screenshot must not depend on, or change, the user's saved window layout and recent projects.
    QTemporaryDir settings;
    if (screenshot) QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());

    cairn::gui::MainWindow window;
    if (screenshot) {
        // The same picture on every machine: a fixed size and no dialogs waiting for a click.
        window.setInteractive(false);
        window.resize(options->size);
    }
    window.show();
    if (!options->open.isEmpty()) window.openProject(options->open);
    if (!screenshot) return QApplication::exec();

    cairn::gui::ScreenshotRunner runner(window, *options);
    runner.start();
    return QApplication::exec();
}
