#pragma once
// The one way the panels change the open project: each call runs one core operation (one undo step)
// on the session's writer, turns a thrown core error into a UserMessage, and tells the window to
// read the project again. Panels hold no Project of their own and never see an exception.

#include "app/error_message.h"
#include "project/project.h"

#include <QObject>
#include <functional>

namespace cairn::gui {

class ProjectSession;

class ProjectEditor : public QObject {
    Q_OBJECT
public:
    explicit ProjectEditor(QObject* parent = nullptr) : QObject(parent) {}

    void setSession(ProjectSession* session) { m_session = session; }
    /// The writer, or null when no project is open or a job has borrowed it.
    project::Project* project() const;
    /// Runs `change` on the writer; true when it succeeded. On success `edited` follows, on a core
    /// error `failed`; with no writer it does nothing and returns false.
    bool edit(const std::function<void(project::Project&)>& change);
    /// Reads from the writer; on a core error reports it and returns false.
    bool read(const std::function<void(project::Project&)>& query);
    /// The open project's path (for error messages and workers), or empty.
    QString path() const;

signals:
    void edited();
    void failed(const UserMessage& message);

private:
    bool run(const std::function<void(project::Project&)>& work, bool changes);
    ProjectSession* m_session = nullptr;
};

} // namespace cairn::gui
