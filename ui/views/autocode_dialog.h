#pragma once
// "Code all results": the code to apply to every hit of a search and the unit (the whole passage, the
// sentence or just the match), with the count the core's dry run gives for that choice, so the user
// sees what will be coded before anything is. The dry run searches the whole project, so it runs in
// a worker on its own connection; a new choice cancels the count still running for the old one.

#include "project/project.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace cairn::gui {

class JobRunner;
class ProjectQueries;

class AutocodeDialog : public QDialog {
    Q_OBJECT
public:
    /// `codePaths`: the codable codes, in tree order. `projectPath`: the project the dry run reads.
    AutocodeDialog(JobRunner* runner, const QString& projectPath, const QString& query,
                   const QStringList& codePaths, QWidget* parent = nullptr);

    project::AutocodeRequest request() const;
    /// The dry run's answer for the current choice (zeros before it arrives).
    const project::AutocodeResult& preview() const { return m_preview; }
    /// False while the count for the current choice is still being made.
    bool isPreviewReady() const { return m_ready; }
    QComboBox* codeBox() const { return m_code; }
    QComboBox* unitBox() const { return m_unit; }
    QLabel* countLabel() const { return m_count; }
    /// Starts the dry run for the current choice; previewUpdated follows with its count or failure.
    void updatePreview();

signals:
    /// The count for the current choice arrived (or the search could not be run).
    void previewUpdated();

private:
    void showPreview(const project::AutocodeResult& result);
    void showFailure();

    ProjectQueries* m_queries;
    QString m_query;
    QComboBox* m_code;
    QComboBox* m_unit;
    QLabel* m_count;
    QPushButton* m_apply;
    project::AutocodeResult m_preview;
    bool m_ready = false;
};

} // namespace cairn::gui
