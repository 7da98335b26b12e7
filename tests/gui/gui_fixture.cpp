#include "gui_fixture.h"

#include "app/main_window.h"
#include "store/sqlite.h"
#include "views/document_view.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <sqlite3.h>

namespace cairn::gui::test {

const std::string kMixedInterview = "Rhian: Croeso 😀 i Gaerdydd, welcome to the interview.\n\n"
                                    "Amira: مرحبا 👋 بكم في كارديف، أنا سعيدة جدا بالحديث معكم اليوم.\n\n"
                                    "Rhian: Diolch, thank you. Tell me about the ESOL waiting list.\n";

void isolateSettings() {
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings().clear();
}

TestProject::TestProject() : path(dir.filePath(QStringLiteral("study.cairn"))) {
    project::Project::create(path.toStdString(), "Study");
}

QString TestProject::write(const QString& name, const std::string& bytes) const {
    const auto file = dir.filePath(name);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(file));
    out.write(bytes.data(), static_cast<qint64>(bytes.size()));
    return file;
}

std::unique_ptr<project::Project> TestProject::open() const {
    return project::Project::open(path.toStdString());
}

std::string TestProject::import(const QString& name, const std::string& bytes,
                                const std::string& kind) const {
    auto project = open();
    project::ImportRequest request;
    request.path = write(name, bytes).toStdString();
    request.kind = kind;
    return project->importFile(request).source.guid;
}

bool selectInDocument(DocumentView& view, const QString& text) {
    const auto found = view.document()->find(text);
    if (found.isNull()) return false;
    view.setTextCursor(found);
    return true;
}

bool openQuietly(MainWindow& window, const QString& path) {
    window.setInteractive(false);
    return window.openProject(path);
}

void whenDialogOpens(std::function<void(QWidget*)> act) {
    auto* timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act = std::move(act)] {
        auto* dialog = QApplication::activeModalWidget();
        if (!dialog) return;
        timer->stop();
        timer->deleteLater();
        act(dialog);
    });
    timer->start();
}

LoadedSource longTranscript(int passages, int width) {
    LoadedSource loaded;
    loaded.source.guid = "s-1";
    loaded.source.name = "long";
    std::int64_t cp = 0;
    for (int i = 0; i < passages; ++i) {
        std::string text = "🙂 ";
        while (static_cast<int>(text.size()) < width)
            text += "word ";
        store::PassageRow passage;
        passage.index = i;
        passage.cpStart = cp;
        passage.cpEnd = cp + static_cast<std::int64_t>(QString::fromStdString(text).toUcs4().size());
        passage.speaker = i % 2 ? "Amira" : "Rhian";
        passage.timeStartMs = i * 1000;
        passage.lang = i % 5 == 0 ? "ar" : "en";
        loaded.text += text + "\n\n";
        cp = passage.cpEnd + 2;
        project::CodingView coding;
        coding.coding.guid = "c-" + std::to_string(i);
        coding.coding.codeGuid = i % 3 ? "k-a" : "k-b";
        coding.coding.start = passage.cpStart + 2;
        coding.coding.end = passage.cpStart + 12;
        coding.coding.coder = "rhian";
        coding.codePath = i % 3 ? "A" : "B";
        loaded.codings.push_back(coding);
        loaded.passages.push_back(std::move(passage));
    }
    return loaded;
}

namespace {
void execSql(const QString& path, const std::string& sql) {
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) qFatal("cannot open %s", qPrintable(path));
    char* error = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) qFatal("%s", error);
    sqlite3_close(db);
}
} // namespace

void setUserVersion(const QString& path, int version) {
    execSql(path, "PRAGMA user_version = " + std::to_string(version));
}

void markSearchIndexStale(const QString& path) {
    // As a project last written by a build with another analyser: the version differs, and the old
    // terms are gone, so that only a rebuild makes search answer. Through the store's connection,
    // which registers the tokenizer the FTS5 table names.
    store::Database db(path.toStdString(), store::Database::Mode::ReadWrite);
    db.exec("BEGIN; INSERT INTO passages_fts(passages_fts) VALUES ('delete-all'); "
            "UPDATE project_meta SET value = '0' WHERE key = 'analyser_version'; COMMIT;");
}

} // namespace cairn::gui::test
