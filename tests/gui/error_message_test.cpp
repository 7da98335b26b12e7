// Every core error a user can meet becomes a message saying what happened and what to do.

#include "app/error_message.h"
#include "common/error.h"

#include <QTest>

using namespace cairn;
using namespace cairn::gui;

class ErrorMessageTest : public QObject {
    Q_OBJECT
private slots:
    void eachErrorTypeHasItsOwnMessage() {
        const QString subject = QStringLiteral("/home/r/study.cairn");
        const std::vector<std::pair<std::function<void()>, ErrorKind>> rows = {
            {[] { throw ProjectLocked("held by rhian@desk pid 42"); }, ErrorKind::Locked},
            {[] { throw ProjectTooNew("schema 9 > 4"); }, ErrorKind::TooNew},
            {[] { throw Corrupt("not a database"); }, ErrorKind::Damaged},
            {[] { throw Io("disk full"); }, ErrorKind::Disk},
            {[] { throw DuplicateInput("same bytes as int01", "int01.txt"); }, ErrorKind::Duplicate},
            {[] { throw InvalidInput("bad UTF-8", "a.txt", 17); }, ErrorKind::BadInput},
            {[] { throw NotFound("no source x"); }, ErrorKind::NotFound},
            {[] { throw Cancelled(); }, ErrorKind::Cancelled},
            {[] { throw std::runtime_error("boom"); }, ErrorKind::Unexpected}};
        for (const auto& [raise, kind] : rows) {
            try {
                raise();
                QFAIL("no throw");
            } catch (const std::exception& error) {
                const auto message = describeError(error, subject);
                QCOMPARE(message.kind, kind);
                QVERIFY(!message.title.isEmpty());
                QVERIFY(!message.text.isEmpty());
                QVERIFY(!message.advice.isEmpty());
                QCOMPARE(message.details, QString::fromUtf8(error.what()));
            }
        }
    }

    void aLockedProjectNamesTheFileAndSaysWhatToDo() {
        const auto message = describeError(ProjectLocked("held"), QStringLiteral("/data/study.cairn"));
        QVERIFY(message.text.contains(QStringLiteral("study.cairn")));
        QVERIFY(message.advice.contains(QStringLiteral("Close it there")));
    }

    void badInputSaysWhereInTheFile() {
        const auto message = describeError(InvalidInput("bad byte", "/in/a.txt", 17));
        QVERIFY(message.text.contains(QStringLiteral("a.txt")));
        QVERIFY(message.text.contains(QStringLiteral("17")));
    }
};

QTEST_GUILESS_MAIN(ErrorMessageTest)
#include "error_message_test.moc"
