#pragma once
// "Code all results": the code to apply to every hit of a search and the unit (the whole passage, the
// sentence or just the match), with the count the core's dry run gives for that choice, so the user
// sees what will be coded before anything is.

#include "project/project.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace cairn::gui {

class ProjectEditor;

class AutocodeDialog : public QDialog {
    Q_OBJECT
public:
    /// `codes`: (path, codable) in tree order; only codable codes are offered.
    AutocodeDialog(ProjectEditor* editor, const QString& query, const QStringList& codePaths,
                   QWidget* parent = nullptr);

    project::AutocodeRequest request() const;
    /// The dry run's answer for the current choice (zeros before any).
    const project::AutocodeResult& preview() const { return m_preview; }
    QComboBox* codeBox() const { return m_code; }
    QComboBox* unitBox() const { return m_unit; }
    QLabel* countLabel() const { return m_count; }
    /// Runs the dry run for the current choice and shows its count.
    void updatePreview();

private:
    ProjectEditor* m_editor;
    QString m_query;
    QComboBox* m_code;
    QComboBox* m_unit;
    QLabel* m_count;
    QPushButton* m_apply;
    project::AutocodeResult m_preview;
};

} // namespace cairn::gui
