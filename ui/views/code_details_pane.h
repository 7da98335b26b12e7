#pragma once
// The selected code's definitions: definition, inclusion and exclusion criteria, an example, and its
// colour. "Apply" hands the changed fields on as one change (one undo step); choosing another code
// shows that code's fields, dropping unapplied changes.

#include "project/project.h"

#include <QColor>
#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cairn::gui {

class CodeDetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit CodeDetailsPane(QWidget* parent = nullptr);

    /// Shows a code (a copy is kept), or nothing.
    void showCode(const project::CodeInfo* info);
    QString codeGuid() const;

    QPlainTextEdit* definition() const { return m_definition; }
    QPlainTextEdit* inclusion() const { return m_inclusion; }
    QPlainTextEdit* exclusion() const { return m_exclusion; }
    QPlainTextEdit* example() const { return m_example; }
    void setColor(const QColor& color);
    /// Emits applyRequested with the fields that differ from the code as shown.
    void apply();

signals:
    void applyRequested(const QString& guid, const project::CodeFields& fields);

private:
    void chooseColor();
    void markChanged();

    std::optional<project::CodeInfo> m_code;
    QLabel* m_title;
    QPlainTextEdit* m_definition;
    QPlainTextEdit* m_inclusion;
    QPlainTextEdit* m_exclusion;
    QPlainTextEdit* m_example;
    QPushButton* m_color;
    QPushButton* m_apply;
    QColor m_chosenColor;
    bool m_filling = false;
};

} // namespace cairn::gui
