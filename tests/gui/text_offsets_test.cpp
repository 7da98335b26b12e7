// Offsets between the core's code points and Qt's UTF-16, lanes of overlapping stripes, and the
// direction a passage is laid out in.

#include "text/offsets.h"
#include "text/script_direction.h"
#include "views/coding_lanes.h"

#include <QTest>

using namespace cairn::gui;

class TextOffsetsTest : public QObject {
    Q_OBJECT
private slots:
    void codePointsAndUtf16AgreeOnEveryCharacter() {
        // a, emoji (2 units), Arabic, emoji, Ethiopic: every code point and back.
        const auto text = QString::fromUtf8("a😀ب👋ሰ");
        const Utf16Offsets offsets(text);
        QCOMPARE(offsets.codePoints(), 5);
        const std::vector<std::pair<std::int64_t, qsizetype>> rows = {{0, 0}, {1, 1}, {2, 3},
                                                                      {3, 4}, {4, 6}, {5, 7}};
        for (const auto& [cp, utf16] : rows) {
            QCOMPARE(offsets.toUtf16(cp), utf16);
            QCOMPARE(offsets.toCodePoint(utf16), cp);
        }
        // Inside a surrogate pair: the character the pair makes.
        QCOMPARE(offsets.toCodePoint(2), 1);
        // Past the end: clamped.
        QCOMPARE(offsets.toUtf16(99), 7);
        QCOMPARE(offsets.toCodePoint(99), 5);
    }

    void textWithoutSupplementaryCharactersMapsOneToOne() {
        const Utf16Offsets offsets(QString::fromUtf8("مرحبا بكم"));
        QCOMPARE(offsets.toUtf16(4), 4);
        QCOMPARE(offsets.toCodePoint(6), 6);
    }

    void overlappingSpansGetDifferentLanes() {
        // [0,10) [5,15) overlap; [10,20) reuses lane 0; [12,13) needs a lane while two are busy.
        const auto lanes = assignLanes({{0, 10}, {5, 15}, {10, 20}, {12, 13}});
        QCOMPARE(lanes, (std::vector<int>{0, 1, 0, 2}));
        QCOMPARE(assignLanes({}), std::vector<int>{});
    }

    void rightToLeftLanguagesDecideTheDirection() {
        const std::vector<std::tuple<QString, QString, Qt::LayoutDirection>> rows = {
            // Arabic opening with an English word: still right to left.
            {QStringLiteral("ar"), QString::fromUtf8("NHS موعد في المستشفى"), Qt::RightToLeft},
            {QStringLiteral("fa"), QString::fromUtf8("ESOL کلاس"), Qt::RightToLeft},
            {QStringLiteral("ps-AF"), QString::fromUtf8("زه ښه یم"), Qt::RightToLeft},
            // Tagged Arabic but mostly an English sentence: the bidi paragraph rule.
            {QStringLiteral("ar"), QString::fromUtf8("At first only the boys from the hotel. في البداية"),
             Qt::LeftToRight},
            {QStringLiteral("en"), QString::fromUtf8("مرحبا"), Qt::RightToLeft}, // the text's own direction
            {QStringLiteral("en"), QStringLiteral("hello"), Qt::LeftToRight},
            {QStringLiteral("am"), QString::fromUtf8("ሰላም"), Qt::LeftToRight},
            {QString(), QStringLiteral("hello"), Qt::LeftToRight}};
        for (const auto& [lang, text, direction] : rows)
            QCOMPARE(passageDirection(lang, text), direction);
    }
};

QTEST_GUILESS_MAIN(TextOffsetsTest)
#include "text_offsets_test.moc"
