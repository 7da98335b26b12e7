#pragma once
// The project the window has open: its path and name, and the writable Project that the GUI thread
// codes and undoes with. The core allows one writer per process, so a job that writes (an import)
// borrows the writer and gives it back; while it is lent, `writer()` is null and editing is off.

#include "project/project.h"

#include <QString>
#include <memory>

namespace cairn::gui {

class ProjectSession {
public:
    ProjectSession(std::unique_ptr<project::Project> project, QString path);

    const QString& path() const { return m_path; }
    const QString& name() const { return m_name; }
    project::Project* writer() { return m_writer.get(); }
    bool isLent() const { return !m_writer; }

    std::unique_ptr<project::Project> lend();
    void giveBack(std::unique_ptr<project::Project> project);

private:
    std::unique_ptr<project::Project> m_writer;
    QString m_path;
    QString m_name;
};

} // namespace cairn::gui
