#pragma once
// Memos about one thing (a source, a case, a code or a coding), or the project journal (memos about
// nothing): a list of them, and the chosen one's title and text to edit. New, Save and Delete are
// each one core call (one undo step).

#include "project/project.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cairn::gui {

class ProjectEditor;

class MemoEditor : public QWidget {
    Q_OBJECT
public:
    /// `journal`: the editor shows the project journal and ignores setTarget.
    MemoEditor(ProjectEditor* editor, bool journal, QWidget* parent = nullptr);

    /// What the memos are about, and how to name it ("Source: Amira interview").
    void setTarget(const project::MemoTarget& target, const QString& description);
    /// Reads the memos again.
    void refresh();

    /// Adds a memo with this title and text to the target (or the journal) and selects it.
    bool addMemo(const QString& title, const QString& text);
    /// Saves the title and text shown over the selected memo.
    bool saveCurrent();
    /// Asks for confirmation, then deletes the selected memo.
    bool deleteCurrent();

    QListWidget* list() const { return m_list; }
    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QLabel* targetLabel() const { return m_target; }

private:
    bool hasTarget() const;
    void showCurrent();
    void selectMemo(const QString& guid);

    ProjectEditor* m_editor;
    bool m_journal;
    project::MemoTarget m_about;
    std::vector<store::MemoRow> m_memos;
    QLabel* m_target;
    QListWidget* m_list;
    QLineEdit* m_title;
    QPlainTextEdit* m_text;
    QPushButton* m_new;
    QPushButton* m_save;
    QPushButton* m_delete;
};

} // namespace cairn::gui
