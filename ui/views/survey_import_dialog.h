#pragma once
// Before a survey export is imported: its columns with the types the core inferred (which the user
// may change), which column names the respondent, and which columns are open answers (imported as
// sources rather than attributes; the core's guesses come ticked).

#include "project/project.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace cairn::gui {

class SurveyImportDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, MissingColumn };

    SurveyImportDialog(const QString& path, const project::SurveyPreview& preview, QWidget* parent = nullptr);

    /// The import as chosen: id column, open-answer columns and changed types.
    project::SurveyRequest request() const;

    QComboBox* idColumn() const { return m_id; }
    QTableWidget* columns() const { return m_table; }
    /// Ticks or unticks a column as open answers.
    void setOpenAnswer(const QString& column, bool open);
    void setType(const QString& column, const QString& type);

private:
    int rowOf(const QString& column) const;
    QComboBox* typeBox(int row) const;

    QString m_path;
    project::SurveyPreview m_preview;
    QComboBox* m_id;
    QTableWidget* m_table;
};

} // namespace cairn::gui
