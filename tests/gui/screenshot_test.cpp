// `cairn-gui --open P --screenshot FILE.png` renders the window and exits; a bad project exits
// with an error and no picture.

#include "gui_fixture.h"

#include <QImage>
#include <QProcess>
#include <QTest>

using namespace cairn::gui::test;

namespace {
int runGui(const QStringList& arguments, QString* errors = nullptr) {
    QProcess gui;
    gui.start(QStringLiteral(CAIRN_GUI_EXE), arguments);
    if (!gui.waitForFinished(120000)) return -1;
    if (errors) *errors = QString::fromUtf8(gui.readAllStandardError());
    return gui.exitStatus() == QProcess::NormalExit ? gui.exitCode() : -1;
}
} // namespace

class ScreenshotTest : public QObject {
    Q_OBJECT
private slots:
    void savesAPictureOfTheWindowWithTheSourceAndSearch() {
        TestProject fixture;
        fixture.import(QStringLiteral("int01.txt"), kMixedInterview);
        const auto png = fixture.dir.filePath(QStringLiteral("shot.png"));
        QString errors;
        QCOMPARE(runGui({QStringLiteral("--open"), fixture.path, QStringLiteral("--screenshot"), png,
                         QStringLiteral("--select"), QStringLiteral("int01"), QStringLiteral("--search"),
                         QStringLiteral("welcome"), QStringLiteral("--size"), QStringLiteral("1000x700")},
                        &errors),
                 0);
        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(errors));
        QCOMPARE(image.size(), QSize(1000, 700));
        // Not a blank picture: many distinct colours (text, stripes, panels).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }

    void aLockedProjectExitsWithAnErrorAndNoPicture() {
        TestProject fixture;
        const auto holder = fixture.open();
        const auto png = fixture.dir.filePath(QStringLiteral("shot.png"));
        QString errors;
        QCOMPARE(
            runGui({QStringLiteral("--open"), fixture.path, QStringLiteral("--screenshot"), png}, &errors),
            1);
        QVERIFY(!QFile::exists(png));
        QVERIFY(errors.contains(QStringLiteral("in use")));
    }

    void anUnknownSourceIsAnError() {
        TestProject fixture;
        const auto png = fixture.dir.filePath(QStringLiteral("shot.png"));
        QCOMPARE(runGui({QStringLiteral("--open"), fixture.path, QStringLiteral("--screenshot"), png,
                         QStringLiteral("--select"), QStringLiteral("nothing")}),
                 1);
    }
};

QTEST_GUILESS_MAIN(ScreenshotTest)
#include "screenshot_test.moc"
