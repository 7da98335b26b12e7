#include "app/project_editor.h"

#include "app/project_session.h"

namespace cairn::gui {

project::Project* ProjectEditor::project() const {
    return m_session ? m_session->writer() : nullptr;
}

QString ProjectEditor::path() const {
    return m_session ? m_session->path() : QString();
}

bool ProjectEditor::edit(const std::function<void(project::Project&)>& change) {
    return run(change, true);
}

bool ProjectEditor::read(const std::function<void(project::Project&)>& query) {
    return run(query, false);
}

bool ProjectEditor::run(const std::function<void(project::Project&)>& work, bool changes) {
    auto* writer = project();
    if (!writer) return false;
    try {
        work(*writer);
    } catch (const std::exception& error) {
        emit failed(describeError(error, path()));
        return false;
    }
    if (changes) emit edited();
    return true;
}

} // namespace cairn::gui
