#include "app/project_session.h"

namespace cairn::gui {

ProjectSession::ProjectSession(std::unique_ptr<project::Project> project, QString path)
    : m_writer(std::move(project)), m_path(std::move(path)),
      m_name(QString::fromStdString(m_writer->name())) {}

std::unique_ptr<project::Project> ProjectSession::lend() {
    return std::move(m_writer);
}

void ProjectSession::giveBack(std::unique_ptr<project::Project> project) {
    m_writer = std::move(project);
}

} // namespace cairn::gui
