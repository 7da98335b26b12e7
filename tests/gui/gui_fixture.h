#pragma once
// A project built through the core in a temporary folder, for the GUI tests to open.

#include "jobs/source_load_job.h"
#include "project/project.h"

#include <QString>
#include <QTemporaryDir>
#include <QWidget>
#include <functional>
#include <memory>
#include <string>

namespace cairn::gui {
class DocumentView;
class MainWindow;
} // namespace cairn::gui

namespace cairn::gui::test {

/// Settings (window state, recent projects) go to a throwaway folder, never the user's.
void isolateSettings();

struct TestProject {
    QTemporaryDir dir;
    QString path;

    TestProject();
    /// Writes `bytes` to a file in the folder; returns its path.
    QString write(const QString& name, const std::string& bytes) const;
    /// Opens the project for writing through the core (release it before the window opens it).
    std::unique_ptr<project::Project> open() const;
    /// Imports a file as a source of `kind`.
    std::string import(const QString& name, const std::string& bytes,
                       const std::string& kind = "interview") const;
};

/// An interview with Arabic, English and emoji in three turns.
extern const std::string kMixedInterview;

/// Selects the first occurrence of `text` in the document view, as a mouse drag would.
bool selectInDocument(DocumentView& view, const QString& text);

/// Opens `path` in `window` with errors going to lastError() instead of dialogs.
bool openQuietly(MainWindow& window, const QString& path);

/// Runs `act` on the next modal dialog once it is open (exec() blocks the test until it closes).
void whenDialogOpens(std::function<void(QWidget*)> act);

/// A transcript built in memory: `passages` turns of `width` characters each (a supplementary
/// character every turn, every fifth tagged Arabic), separated by blank lines as an import stores
/// them, with one coding per turn (codes "k-a" and "k-b").
LoadedSource longTranscript(int passages, int width);

/// Sets the file's SQLite user_version (the schema version Cairn checks on open).
void setUserVersion(const QString& path, int version);

/// Makes the project's full-text index look built by another analyser version (and empties it), so
/// that the next open for writing rebuilds it.
void markSearchIndexStale(const QString& path);

} // namespace cairn::gui::test
