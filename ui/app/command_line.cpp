#include "app/command_line.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace cairn::gui {

QStringList viewNames() {
    return {QStringLiteral("indicators"),   QStringLiteral("frequencies"),  QStringLiteral("heat-map"),
            QStringLiteral("before-after"), QStringLiteral("side-by-side"), QStringLiteral("quotes")};
}

std::optional<LaunchOptions> parseCommandLine(const QStringList& arguments, int& exitCode) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Cairn: read, code and search qualitative research material."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption open(QStringLiteral("open"),
                                  QCoreApplication::translate("CommandLine", "Open a project."),
                                  QStringLiteral("P.cairn"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine", "Save a screenshot of the window to FILE.png and quit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption select(
        QStringLiteral("select"),
        QCoreApplication::translate("CommandLine", "Show this source (name or GUID)."),
        QStringLiteral("SOURCE"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    QCoreApplication::translate("CommandLine", "Search for QUERY."),
                                    QStringLiteral("QUERY"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("CommandLine", "Window size for --screenshot."),
                                  QStringLiteral("WxH"), QStringLiteral("1400x900"));
    const QCommandLineOption code(
        QStringLiteral("code"),
        QCoreApplication::translate("CommandLine", "Choose this code in the codebook."),
        QStringLiteral("PATH"));
    const QCommandLineOption panel(
        QStringLiteral("panel"),
        QCoreApplication::translate("CommandLine", "Show this panel too: cases, memos or journal."),
        QStringLiteral("NAME"));

    const QCommandLineOption view(
        QStringLiteral("view"),
        QCoreApplication::translate(
            "CommandLine",
            "Open a view: indicators, frequencies, heat-map, before-after, side-by-side or quotes."),
        QStringLiteral("VIEW"));
    parser.addOptions({open, screenshot, select, search, view, size, code, panel});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::fprintf(stdout, "%s %s\n", qPrintable(QCoreApplication::applicationName()),
                     qPrintable(QCoreApplication::applicationVersion()));
        exitCode = 0;
        return std::nullopt;
    }
    LaunchOptions options;
    options.open = parser.value(open);
    options.screenshot = parser.value(screenshot);
    options.select = parser.value(select);
    options.search = parser.value(search);
    options.code = parser.value(code);
    options.panels = parser.values(panel);
    options.view = parser.value(view);
    if (!options.view.isEmpty() && !viewNames().contains(options.view)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("CommandLine", "--view takes one of: %1")
                                    .arg(viewNames().join(QStringLiteral(", ")))));
        exitCode = 2;
        return std::nullopt;
    }
    const auto parts = parser.value(size).split(QLatin1Char('x'));
    bool okW = false;
    bool okH = false;
    if (parts.size() == 2) options.size = QSize(parts[0].toInt(&okW), parts[1].toInt(&okH));
    if (!okW || !okH || options.size.width() < 320 || options.size.height() < 240) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("CommandLine",
                                                            "--size takes WIDTHxHEIGHT, e.g. 1400x900")));
        exitCode = 2;
        return std::nullopt;
    }
    if (!options.screenshot.isEmpty() && options.open.isEmpty()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("CommandLine", "--screenshot needs --open P.cairn")));
        exitCode = 2;
        return std::nullopt;
    }
    return options;
}

} // namespace cairn::gui
