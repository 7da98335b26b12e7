#pragma once
// The codebook's commands: add a code or sub-code, rename, move, merge, delete, load a shipped
// codebook, import and export .qdc. Each is one core call through the ProjectEditor (one undo step).
// The public functions take their choices as arguments (the tests call them); the actions ask the
// user first.

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace cairn::gui {

class CodebookPanel;
class ProjectEditor;

class CodebookCommands : public QObject {
    Q_OBJECT
public:
    CodebookCommands(ProjectEditor* editor, CodebookPanel* panel, QWidget* window);

    /// Adds a code named `name` under `parentGuid` (empty: the top level) and selects it.
    bool addCode(const QString& parentGuid, const QString& name);
    bool rename(const QString& guid, const QString& name);
    bool move(const QString& guid, const QString& parentGuid);
    bool merge(const QString& fromGuid, const QString& intoGuidOrPath);
    /// Asks for confirmation, stating how many codings go with the code, then deletes it.
    bool deleteCode(const QString& guid);
    bool loadShipped(const QString& name);
    bool importQdc(const QString& path);
    bool exportQdc(const QString& path);

    /// The question deleteCode asks.
    QString deleteQuestion(const QString& guid) const;

    QList<QAction*> editActions() const; // add, add sub-code, rename, merge, delete
    QList<QAction*> fileActions() const; // load shipped, import, export
    void updateActions(bool writable);

private:
    void chooseName(bool subcode);
    void chooseMergeTarget();
    void chooseShipped();
    void chooseImport();
    void chooseExport();
    QString pathOf(const QString& guid) const;

    ProjectEditor* m_editor;
    CodebookPanel* m_panel;
    QWidget* m_window;
    QAction* m_add;
    QAction* m_addSub;
    QAction* m_rename;
    QAction* m_merge;
    QAction* m_delete;
    QAction* m_loadShipped;
    QAction* m_import;
    QAction* m_export;
};

} // namespace cairn::gui
